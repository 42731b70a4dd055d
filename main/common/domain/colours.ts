// The rules a verdict colour must meet, shared by the core (which refuses a bad one) and the
// settings screen (which says so while the person picks). A verdict has a colour for each theme
// (a mid-tone that reads on white is too dark on the dark surface, and one bright enough for the
// dark surface fades on white): each a #rrggbb colour whose highlight underline keeps WCAG's 3:1
// non-text contrast on its theme's reading surface, told apart at a glance from every other
// verdict's colour in the same theme.
import type { Problem } from './problem';

/** The reading surfaces of the light and dark themes (renderer/src/styles.css --surface). */
export const THEME_SURFACES = { light: '#ffffff', dark: '#1a1e26' } as const;

export type Theme = keyof typeof THEME_SURFACES;

/** WCAG 2.1 SC 1.4.11: non-text contrast, which a highlight's underline is. */
export const MIN_VERDICT_CONTRAST = 3;

/** CIE76 ΔE below which two colours read as "the same colour" beside each other. */
export const MIN_VERDICT_DISTANCE = 15;

type Rgb = [number, number, number];

export function parseHexColour(colour: string): Rgb | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  return m ? [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)] : null;
}

const linear = (v: number): number => {
  const s = v / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

function luminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function lab([r, g, b]: Rgb): Rgb {
  const [x, y, z] = [
    (0.4124 * linear(r) + 0.3576 * linear(g) + 0.1805 * linear(b)) / 0.95047,
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b),
    (0.0193 * linear(r) + 0.1192 * linear(g) + 0.9505 * linear(b)) / 1.08883,
  ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116)) as Rgb;
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

export function colourDistance(a: Rgb, b: Rgb): number {
  const [la, lb] = [lab(a), lab(b)];
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

/**
 * What to advise when a colour lacks contrast: a lighter (or darker) colour, or, for a dark-theme
 * colour that was copied from the light one because none was given, the verdict's own.
 */
export type ContrastAdvice = 'pick' | 'giveDark';

/**
 * Why a colour cannot be a verdict's in `theme` (common:problem.colour*), or null when it can.
 * `others` are the other verdicts' colours in that theme with their labels (for the message).
 */
export function verdictColourProblem(
  colour: string,
  theme: Theme,
  others: Array<{ label: string; labelDe?: string | null; color: string }>,
  advice: ContrastAdvice = 'pick',
): Problem | null {
  const rgb = parseHexColour(colour);
  if (rgb === null) return { key: 'colourFormat', values: { theme, colour } };
  const ratio = contrast(rgb, parseHexColour(THEME_SURFACES[theme]) ?? [0, 0, 0]);
  if (ratio < MIN_VERDICT_CONTRAST) {
    return { key: 'colourContrast', values: { theme, colour, ratio: Math.round(ratio * 10) / 10, min: MIN_VERDICT_CONTRAST, advice: theme === 'dark' ? `${advice}Dark` : advice } };
  }
  for (const other of others) {
    const otherRgb = parseHexColour(other.color);
    if (otherRgb !== null && colourDistance(rgb, otherRgb) < MIN_VERDICT_DISTANCE) {
      return {
        key: 'colourTooClose',
        values: { theme, colour, other: other.label, otherColour: other.color },
        valuesDe: { other: other.labelDe ?? other.label },
      };
    }
  }
  return null;
}

/** A verdict's colours by theme: the light one is `color` (what reports print), the dark one `colorDark`. */
export function verdictColours(v: { color: string; colorDark: string }): Record<Theme, string> {
  return { light: v.color, dark: v.colorDark };
}
