// What a theme must guarantee, measured in the real renderer: the computed colours of visible text
// and of each verdict highlight, composited over the backgrounds behind them, and their WCAG 2
// contrast ratios (text 4.5:1, large text 3:1, a highlight's underline 3:1 against the page).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export type Rgba = [number, number, number, number];

/** Computed CSS colours as Chromium reports them: rgb()/rgba(), or color(srgb …) for color-mix(). */
export function parseColor(css: string): Rgba {
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(css);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  const srgb = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.]+))?\s*\)$/.exec(css);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  throw new Error(`unrecognised computed colour: ${css}`);
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (bottom[i] ?? 0) * (1 - a)).concat(1) as Rgba;
}

/** Backgrounds listed from the element outwards, painted over white (the canvas behind everything). */
export function flatten(backgrounds: string[]): Rgba {
  return backgrounds.reduceRight<Rgba>((below, css) => over(parseColor(css), below), [255, 255, 255, 1]);
}

function luminance([r, g, b]: Rgba): number {
  const channel = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** What the page reports about one painted thing; colours as computed, backgrounds innermost first. */
interface Probe {
  what: string;
  color: string;
  backgrounds: string[];
  /** WCAG "large text" (24px, or 18.66px bold) needs only 3:1. */
  large: boolean;
  /** For a highlight: its underline colour and the backgrounds behind the highlight. */
  underline?: string;
  behind?: string[];
}

/**
 * Every visible element with text of its own, and every verdict highlight: one probe mark per
 * verdict of the legend (and one without a verdict) in each state (plain, overlapping, selected),
 * placed in a reader page so the real stylesheet and backgrounds apply, then removed.
 */
async function probe(page: Page): Promise<{ texts: Probe[]; highlights: Probe[] }> {
  return page.evaluate(() => {
    const backgroundsOf = (el: Element | null): string[] => {
      const out: string[] = [];
      for (let e = el; e; e = e.parentElement) out.push(getComputedStyle(e).backgroundColor);
      return out;
    };
    const describe = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const large = (s: CSSStyleDeclaration): boolean => {
      const px = parseFloat(s.fontSize);
      return px >= 24 || (px >= 18.66 && Number(s.fontWeight) >= 700);
    };
    const texts = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!ownText || el.closest('[hidden], [aria-hidden="true"], .visually-hidden, :disabled, [aria-disabled="true"]')) continue;
      if (el.closest('option, select')) continue; // drawn by the system, not by our stylesheet
      const rect = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      if (rect.width === 0 || rect.height === 0 || s.visibility !== 'visible') continue;
      texts.push({ what: describe(el), color: s.color, backgrounds: backgroundsOf(el), large: large(s) });
    }
    const highlights = [];
    const page = document.querySelector('.reader-page');
    if (page) {
      const colours = Array.from(document.querySelectorAll<HTMLElement>('.legend .swatch')).map((sw) => ({
        label: (sw.parentElement?.textContent ?? '').trim(),
        colour: sw.style.getPropertyValue('--claim-color'),
      }));
      colours.push({ label: '(no verdict)', colour: '' });
      const body = document.createElement('div');
      body.className = 'article-body';
      const paragraph = document.createElement('p');
      paragraph.className = 'article-paragraph';
      body.append(paragraph);
      page.append(body);
      for (const { label, colour } of colours) {
        for (const state of ['', 'claim-mark--overlap', 'is-selected']) {
          const mark = document.createElement('mark');
          mark.className = `claim-mark ${state}`.trim();
          if (colour) mark.style.setProperty('--claim-color', colour);
          mark.textContent = 'Einsatz im Oktober abgeschlossen';
          paragraph.append(mark);
          const s = getComputedStyle(mark);
          highlights.push({
            what: `${label} highlight${state ? ` (${state})` : ''}`,
            color: s.color,
            backgrounds: backgroundsOf(mark),
            large: large(s),
            underline: s.borderBottomColor,
            behind: backgroundsOf(paragraph),
          });
          mark.remove();
        }
      }
      body.remove();
    }
    return { texts, highlights };
  });
}

/**
 * Every shortfall of the page as it is now (empty when the theme holds): text below 4.5:1 (3:1
 * when large) against what is behind it, a highlight whose text falls below 4.5:1 on it, or whose
 * underline falls below 3:1 against the page behind it.
 */
export async function contrastShortfalls(page: Page): Promise<{ shortfalls: string[]; texts: number; highlights: number }> {
  const { texts, highlights } = await probe(page);
  const shortfalls: string[] = [];
  for (const t of [...texts, ...highlights]) {
    const background = flatten(t.backgrounds);
    const ratio = contrastRatio(over(parseColor(t.color), background), background);
    const needed = t.large ? 3 : 4.5;
    if (ratio < needed) shortfalls.push(`${t.what}: text ${t.color} on ${background.map(Math.round).join(',')} is ${ratio.toFixed(2)}:1, needs ${needed}:1`);
  }
  for (const h of highlights) {
    if (h.underline === undefined || h.behind === undefined) continue;
    const behind = flatten(h.behind);
    const ratio = contrastRatio(over(parseColor(h.underline), behind), behind);
    if (ratio < 3) shortfalls.push(`${h.what}: underline ${h.underline} on the page is ${ratio.toFixed(2)}:1, needs 3:1`);
  }
  return { shortfalls, texts: texts.length, highlights: highlights.length };
}

/** The page's dark theme really applies: the root's background is dark and its text light. */
export async function isDark(page: Page): Promise<boolean> {
  const { bg, fg } = await page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color }));
  return luminance(flatten([bg])) < 0.05 && luminance(parseColor(fg)) > 0.6;
}

/**
 * Asserts the page as it is now is in the dark theme and every text and verdict highlight in it
 * meets WCAG AA. With `highlights`, the reader is open, so each verdict of the legend and a claim
 * without one is measured plain, overlapping and selected.
 */
export async function expectReadableInDarkTheme(page: Page, { highlights }: { highlights: boolean }): Promise<void> {
  expect(await isDark(page)).toBe(true);
  const report = await contrastShortfalls(page);
  expect(report.shortfalls).toEqual([]);
  expect(report.texts).toBeGreaterThan(20);
  if (highlights) expect(report.highlights).toBeGreaterThanOrEqual(7 * 3);
}
