// The export dialog's choices and the filter they make (@common/contract exportFilter). Pure.
import type { ClaimStatus } from '@common/domain/types';
import type { ExportFilter, ExportFormat } from '@common/contract';

export interface FormatOption {
  format: ExportFormat;
  label: string;
  description: string;
}

export const EXPORT_FORMATS: readonly FormatOption[] = [
  { format: 'html', label: 'HTML', description: 'One page to read, print or publish.' },
  { format: 'pdf', label: 'PDF', description: 'The report, ready to print or send.' },
  { format: 'md', label: 'Markdown', description: 'Text for wikis and CMS editors.' },
  { format: 'claimreview', label: 'ClaimReview JSON-LD', description: 'schema.org markup for search engines.' },
  { format: 'annotations', label: 'Web Annotation JSON-LD', description: 'W3C annotations; can be imported again.' },
  { format: 'csv', label: 'CSV', description: 'One row per claim, for spreadsheets.' },
  { format: 'wacz', label: 'WACZ', description: 'Captured pages and evidence files, as a web archive.' },
];

export type ExportScope = 'article' | 'selected' | 'database';

export interface ExportChoices {
  format: ExportFormat;
  scope: ExportScope;
  statuses: ClaimStatus[];
  /** Verdict keys. */
  verdicts: string[];
  reviewer: string;
  from: string;
  to: string;
}

export const DEFAULT_CHOICES: Omit<ExportChoices, 'scope'> = {
  format: 'html',
  statuses: [],
  verdicts: [],
  reviewer: '',
  from: '',
  to: '',
};

export interface ScopeContext {
  articleId: number | null;
  selectedClaimIds: readonly number[];
}

/** Why the choices cannot be exported yet, or null when they can. */
export function choiceProblem(choices: ExportChoices, context: ScopeContext): string | null {
  if (choices.scope === 'article' && context.articleId === null) return 'Open an article first, or export the whole database.';
  if (choices.scope === 'selected' && context.selectedClaimIds.length === 0) {
    return 'Tick claims in the claims list first, or choose another scope.';
  }
  if (choices.from !== '' && choices.to !== '' && choices.from > choices.to) return 'The “from” date is after the “to” date.';
  return null;
}

export function toExportFilter(choices: ExportChoices, context: ScopeContext): ExportFilter {
  const filter: ExportFilter = {};
  if (choices.scope === 'article' && context.articleId !== null) filter.articleId = context.articleId;
  if (choices.scope === 'selected') filter.claimIds = [...context.selectedClaimIds].sort((a, b) => a - b);
  if (choices.statuses.length > 0) filter.status = [...choices.statuses];
  if (choices.verdicts.length > 0) filter.verdict = [...choices.verdicts];
  if (choices.reviewer.trim() !== '') filter.reviewer = choices.reviewer.trim();
  if (choices.from !== '') filter.from = choices.from;
  if (choices.to !== '') filter.to = choices.to;
  return filter;
}

export function formatLabel(format: ExportFormat): string {
  return EXPORT_FORMATS.find((f) => f.format === format)?.label ?? format;
}
