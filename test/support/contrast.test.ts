// The contrast arithmetic the dark-theme tests rely on, against WCAG's own reference values.
import { describe, expect, it } from 'vitest';
import { contrastRatio, flatten, over, parseColor } from './contrast';

describe('contrast helper', () => {
  it('reads the colour forms Chromium computes', () => {
    expect(parseColor('rgb(230, 233, 239)')).toEqual([230, 233, 239, 1]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('color(srgb 1 0.5 0 / 0.38)')).toEqual([255, 127.5, 0, 0.38]);
    expect(() => parseColor('oklch(0.5 0.1 120)')).toThrow(/unrecognised/);
  });

  it('gives WCAG ratios: 21:1 for black on white, 4.54:1 for #767676 on white', () => {
    expect(contrastRatio([0, 0, 0, 1], [255, 255, 255, 1])).toBeCloseTo(21, 5);
    expect(contrastRatio([118, 118, 118, 1], [255, 255, 255, 1])).toBeCloseTo(4.54, 2);
  });

  it('composites translucent backgrounds from the outermost in', () => {
    expect(over([255, 0, 0, 0.5], [0, 0, 255, 1])).toEqual([127.5, 0, 127.5, 1]);
    expect(flatten(['rgba(0, 0, 0, 0)', 'rgb(26, 30, 38)'])).toEqual([26, 30, 38, 1]);
  });
});
