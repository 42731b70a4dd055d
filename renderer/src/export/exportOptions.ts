// The export dialog's choices and the filter they make (@common/contract exportFilter). Pure
// apart from the sentences, which come from the catalogue in the interface language.
import type { ClaimStatus } from '@common/domain/types';
import type { ExportFilter, ExportFormat } from '@common/contract';
import { i18n } from '../shared/i18n';

/** The formats in the dialog's order; each one's name and description are export.format.<format>.* in the catalogue. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'pdf', 'md', 'claimreview', 'annotations', 'csv', 'wacz'];

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
  if (choices.scope === 'article' && context.articleId === null) return i18n.t('workbench:export.problem.noArticle');
  if (choices.scope === 'selected' && context.selectedClaimIds.length === 0) return i18n.t('workbench:export.problem.noneTicked');
  if (choices.from !== '' && choices.to !== '' && choices.from > choices.to) return i18n.t('workbench:export.problem.dates');
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
  return i18n.t(`workbench:export.format.${format}.label`);
}

export function formatDescription(format: ExportFormat): string {
  return i18n.t(`workbench:export.format.${format}.description`);
}
