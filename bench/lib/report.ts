// What each scenario reports, and the table and JSON the suite prints at the end.
import { summarise, type Summary } from './stats';

export interface Target {
  /** The figure compared: usually the median of the samples; p95 for latency sets. */
  statistic: 'median' | 'p95';
  comparison: '<' | '>=';
  value: number;
  /** As the issue states it, e.g. "< 10 s". */
  text: string;
}

export interface Measurement {
  id: string;
  label: string;
  unit: string;
  samples: number[];
  target: Target | null;
  /**
   * What SQLite or Chromium itself needs for the same work, measured in the same run (issue 16):
   * absolute figures drift with the machine's load, the ratio to the bare operation much less.
   */
  bare?: { samples: number[]; what: string };
  /** A target on the ratio to the bare figure (e.g. 1.2 for "≤ 1.2× bare"), met along with `target`. */
  maxRatio?: number;
  /** What bounds it, what was measured exactly, anything a reader of the table needs. */
  note?: string;
  details?: Record<string, unknown>;
}

export interface Row extends Measurement {
  summary: Summary;
  /** The figure compared with the target, and whether it meets it. */
  figure: number;
  met: boolean | null;
  /** The bare operation's figure (same statistic as `figure`) and figure ÷ bare; NaN without one. */
  bareFigure: number;
  ratio: number;
}

export function toRow(m: Measurement): Row {
  const summary = summarise(m.samples);
  const figure = m.target?.statistic === 'p95' ? summary.p95 : summary.median;
  const met = m.target === null || Number.isNaN(figure) ? null : m.target.comparison === '<' ? figure < m.target.value : figure >= m.target.value;
  const bare = m.bare === undefined ? null : summarise(m.bare.samples);
  const bareFigure = bare === null ? Number.NaN : m.target?.statistic === 'p95' ? bare.p95 : bare.median;
  const shown = Number.isNaN(figure) ? summary.median : figure;
  const ratio = shown / bareFigure;
  const ratioMet = m.maxRatio === undefined || Number.isNaN(ratio) ? null : ratio <= m.maxRatio;
  const allMet = met === null ? ratioMet : ratioMet === null ? met : met && ratioMet;
  return { ...m, summary, figure, met: allMet, bareFigure, ratio };
}

function fmt(value: number): string {
  if (Number.isNaN(value)) return '—';
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** A Markdown table (readable in a terminal, pasteable into the closing note). */
export function table(rows: readonly Row[]): string {
  const header = ['scenario', 'unit', 'median', 'min', 'max', 'n', 'bare', 'ratio', 'target', 'result'];
  const lines = rows.map((r) => [
    r.label,
    r.unit,
    fmt(r.summary.median),
    fmt(r.summary.min),
    fmt(r.summary.max),
    String(r.summary.n),
    fmt(r.bareFigure),
    Number.isNaN(r.ratio) ? '—' : `${r.ratio.toFixed(2)}×`,
    [r.target?.text, r.maxRatio === undefined ? undefined : `≤ ${r.maxRatio}× bare`].filter((t) => t !== undefined).join(', ') || '—',
    r.met === null ? 'info' : `${r.met ? 'met' : 'MISSED'}${r.target?.statistic === 'p95' ? ` (p95 ${fmt(r.figure)})` : ''}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...lines.map(line)].join('\n');
}
