// A verdict's highlight colour in whichever theme is in use. A verdict has a colour for the light
// theme and one for the dark theme (@common/domain/colours); light-dark() picks between them by
// the element's colour scheme, which follows the system (the root is `color-scheme: light dark`),
// so a theme switch repaints without a render. Everything coloured by verdict (highlights,
// swatches, tags) takes it through the --claim-color custom property.
import type { CSSProperties } from 'react';
import { parseHexColour } from '@common/domain/colours';
import type { Verdict } from '@common/domain/types';

/** The colour of a highlight without a verdict (styles.css, per theme). */
export const NO_VERDICT_COLOR = 'var(--no-verdict)';

/** The CSS colour for a verdict (or none): stored colours only, as #rrggbb, so nothing else reaches the style. */
export function verdictColour(verdict: Pick<Verdict, 'color' | 'colorDark'> | null | undefined): string {
  if (!verdict || parseHexColour(verdict.color) === null) return NO_VERDICT_COLOR;
  const dark = parseHexColour(verdict.colorDark) === null ? verdict.color : verdict.colorDark;
  return `light-dark(${verdict.color}, ${dark})`;
}

/** The inline style that colours a swatch, tag or highlight by verdict. */
export function verdictColourStyle(verdict: Pick<Verdict, 'color' | 'colorDark'> | null | undefined): CSSProperties {
  return { '--claim-color': verdictColour(verdict) } as CSSProperties;
}
