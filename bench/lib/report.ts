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
  /** What bounds it, what was measured exactly, anything a reader of the table needs. */
  note?: string;
  details?: Record<string, unknown>;
}

export interface Row extends Measurement {
  summary: Summary;
  /** The figure compared with the target, and whether it meets it. */
  figure: number;
  met: boolean | null;
}

export function toRow(m: Measurement): Row {
  const summary = summarise(m.samples);
  const figure = m.target?.statistic === 'p95' ? summary.p95 : summary.median;
  const met = m.target === null || Number.isNaN(figure) ? null : m.target.comparison === '<' ? figure < m.target.value : figure >= m.target.value;
  return { ...m, summary, figure, met };
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
  const header = ['scenario', 'unit', 'median', 'min', 'max', 'n', 'target', 'result'];
  const lines = rows.map((r) => [
    r.label,
    r.unit,
    fmt(r.summary.median),
    fmt(r.summary.min),
    fmt(r.summary.max),
    String(r.summary.n),
    r.target?.text ?? '—',
    r.met === null ? 'info' : `${r.met ? 'met' : 'MISSED'}${r.target?.statistic === 'p95' ? ` (p95 ${fmt(r.figure)})` : ''}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...lines.map(line)].join('\n');
}
