// The change log in words: who changed what, from what to what. Pure, so the history panels only
// render and the wording is unit-tested.
import type { ChangeEntry, ClaimStatus, SourceStance, Verdict } from '@common/domain/types';
import { CLAIM_STATUSES, SOURCE_STANCES } from '@common/domain/types';
import { CLAIM_FIELD_NAMES } from '../claims/claimFields';
import { statusName, verdictName, type Wording } from '../claims/wording';
import { truncate } from '../shared/format';

export interface FieldChange {
  field: string;
  label: string;
  from: string;
  to: string;
}

/** What happened, as a key of the `history.line` messages ("<who>{name}</who> marked claim #{id}"). */
export type HistoryAction =
  | 'claimCreated'
  | 'claimDeleted'
  | 'claimChanged'
  | 'sourceCreated'
  | 'sourceDeleted'
  | 'sourceChanged'
  | 'replied'
  | 'commented'
  | 'commentDeleted'
  | 'threadResolved'
  | 'threadReopened'
  | 'commentChanged'
  | 'articleCreated'
  | 'articleDeleted'
  | 'articleChanged'
  | 'verdictScale'
  | 'setting'
  | 'evidenceAdded'
  | 'evidenceRemoved'
  | 'pageArchived';

export interface HistoryLine {
  id: number;
  at: string;
  reviewer: string;
  /** The sentence's message: who did it is its `name`, the entity's number its `id`. */
  action: HistoryAction;
  entityId: number;
  /** Which kind of copy an archived page made (`pageArchived`): page, screenshot, pdf. */
  copy: string | null;
  /** A short quote of what was created or deleted, when there is one. */
  detail: string | null;
  changes: FieldChange[];
}

// Fields with a label in the catalogue (`field.*`): the claim panel's own, plus those only the history shows.
const LABELLED = new Set<string>([
  ...CLAIM_FIELD_NAMES,
  'verdictSetBy',
  'approvedBy',
  'quote',
  'position',
  'orphaned',
  'url',
  'title',
  'publisher',
  'date',
  'excerpt',
  'stance',
  'archiveUrl',
  'body',
  'resolved',
  'organisation_name',
  'organisation_url',
  'text',
  'subtitle',
  'byline',
  'publishedAt',
]);

/** Bookkeeping fields nobody asked to see in a history. */
const HIDDEN = new Set(['revision', 'updatedAt', 'createdAt', 'id', 'articleId', 'claimId', 'parentId', 'contentHash', 'importedAt']);

export function fieldLabel(wording: Wording, field: string): string {
  if (LABELLED.has(field)) return wording.t(`panels:field.${field}`);
  // A field added after this list: its name made readable (a column name, not a sentence).
  return field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

const isStatus = (v: string): v is ClaimStatus => (CLAIM_STATUSES as readonly string[]).includes(v);
const isStance = (v: string): v is SourceStance => (SOURCE_STANCES as readonly string[]).includes(v);

export function formatValue(wording: Wording, field: string, value: unknown, verdicts: readonly Verdict[]): string {
  const { t } = wording;
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'verdict' && typeof value === 'string') {
    const verdict = verdicts.find((v) => v.key === value);
    return verdict === undefined ? value : verdictName(wording, verdict);
  }
  if (field === 'status' && typeof value === 'string' && isStatus(value)) return statusName(wording, value);
  if (field === 'stance' && typeof value === 'string' && isStance(value)) return t(`panels:sources.stance.${value}`);
  if (typeof value === 'boolean') return value ? t('panels:history.yes') : t('panels:history.no');
  if (field === 'quote' && typeof value === 'object' && 'exact' in value) {
    return t('panels:quoted', { text: truncate(String((value as { exact: unknown }).exact), 160) });
  }
  if (field === 'position' && typeof value === 'object' && 'start' in value && 'end' in value) {
    const { start, end } = value as { start: unknown; end: unknown };
    return t('panels:history.characters', { start: String(start), end: String(end) });
  }
  if (typeof value === 'string') return truncate(value, 240);
  return truncate(JSON.stringify(value), 240);
}

function fieldChanges(wording: Wording, entry: ChangeEntry, verdicts: readonly Verdict[]): FieldChange[] {
  if (entry.action !== 'update' || entry.entity === 'evidence') return [];
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !HIDDEN.has(f));
  return fields.map((field) => ({
    field,
    label: fieldLabel(wording, field),
    from: formatValue(wording, field, before[field], verdicts),
    to: formatValue(wording, field, after[field], verdicts),
  }));
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

type Summary = { action: HistoryAction; detail: string | null; copy?: string };

function summaryOf(wording: Wording, entry: ChangeEntry): Summary {
  const row = entry.action === 'delete' ? entry.before : entry.after;
  const quoted = (text: string, max: number) => wording.t('panels:quoted', { text: truncate(text, max) });
  switch (entry.entity) {
    case 'claim': {
      const quote = row?.quote as { exact?: unknown } | undefined;
      const detail = typeof quote?.exact === 'string' ? quoted(quote.exact, 140) : null;
      if (entry.action === 'create') return { action: 'claimCreated', detail };
      if (entry.action === 'delete') return { action: 'claimDeleted', detail };
      return { action: 'claimChanged', detail: null };
    }
    case 'source': {
      const detail = str(row?.title) ?? str(row?.url);
      if (entry.action === 'create') return { action: 'sourceCreated', detail };
      if (entry.action === 'delete') return { action: 'sourceDeleted', detail };
      return { action: 'sourceChanged', detail: null };
    }
    case 'comment': {
      const body = str(row?.body);
      const detail = body === null ? null : quoted(body, 140);
      if (entry.action === 'create') return { action: row?.parentId ? 'replied' : 'commented', detail };
      if (entry.action === 'delete') return { action: 'commentDeleted', detail };
      if (entry.after?.resolved === true) return { action: 'threadResolved', detail: null };
      if (entry.after?.resolved === false) return { action: 'threadReopened', detail: null };
      return { action: 'commentChanged', detail: null };
    }
    case 'article':
      if (entry.action === 'create') return { action: 'articleCreated', detail: str(row?.title) };
      if (entry.action === 'delete') return { action: 'articleDeleted', detail: str(row?.title) };
      return { action: 'articleChanged', detail: null };
    case 'verdict_scale':
      return { action: 'verdictScale', detail: null };
    case 'setting':
      return { action: 'setting', detail: null };
    case 'evidence':
      return evidenceSummary(entry);
  }
}

/** Which file (or address), with its SHA-256: the hash is what proves the copy later. */
function evidenceSummary(entry: ChangeEntry): Summary {
  const row = entry.action === 'delete' ? entry.before : entry.after;
  const kind = str(row?.kind) ?? 'file';
  const name = kind === 'file' ? str(row?.fileName) : (str(row?.url) ?? str(row?.fileName));
  const sha256 = str(row?.sha256);
  const what = [name, sha256 === null ? null : `(SHA-256 ${sha256})`].filter((part) => part !== null).join(' ') || null;
  if (entry.action === 'delete') {
    const reason = str(entry.after?.removalReason);
    return { action: 'evidenceRemoved', detail: reason === null ? what : `${what ?? ''}: ${reason}` };
  }
  return kind === 'file' ? { action: 'evidenceAdded', detail: what } : { action: 'pageArchived', detail: what, copy: kind };
}

/** The values of a line's sentence: who (`name`), which entity (`id`), which copy (`copy`). */
export function historyValues(line: HistoryLine): Record<string, string | number> {
  return { name: line.reviewer, id: line.entityId, copy: line.copy ?? '' };
}

/** The line's sentence as plain text, e.g. "Anna Becker changed claim #7" (HistoryList bolds the name). */
export function historySentence({ t }: Wording, line: HistoryLine): string {
  return t(`panels:history.line.${line.action}`, historyValues(line)).replace(/<\/?who>/g, '');
}

/** Newest first, as people read a history. */
export function describeHistory(wording: Wording, entries: readonly ChangeEntry[], verdicts: readonly Verdict[]): HistoryLine[] {
  return [...entries]
    .sort((a, b) => b.id - a.id)
    .map((entry) => ({
      id: entry.id,
      at: entry.at,
      reviewer: entry.reviewer,
      entityId: entry.entityId,
      copy: null,
      ...summaryOf(wording, entry),
      changes: fieldChanges(wording, entry, verdicts),
    }));
}
