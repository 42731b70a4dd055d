// The change log in words: who changed what, from what to what. Pure, so the history panels only
// render and the wording is unit-tested.
import type { ChangeEntry, ClaimStatus, SourceStance, Verdict } from '@common/domain/types';
import { CLAIM_FIELD_LABELS, STATUS_LABELS } from '../claims/claimFields';
import { STANCE_LABELS } from '../sources/sourceFields';
import { truncate } from '../shared/format';

export interface FieldChange {
  field: string;
  label: string;
  from: string;
  to: string;
}

export interface HistoryLine {
  id: number;
  at: string;
  reviewer: string;
  /** e.g. "changed claim #12", "added a source", "replied". */
  summary: string;
  /** A short quote of what was created or deleted, when there is one. */
  detail: string | null;
  changes: FieldChange[];
}

// The claim panel's own labels, plus the fields only the history shows.
const FIELD_LABELS: Record<string, string> = {
  ...CLAIM_FIELD_LABELS,
  verdictSetBy: 'Verdict set by',
  approvedBy: 'Approved by',
  quote: 'Quoted text',
  position: 'Position in the text',
  orphaned: 'Quote missing from the text',
  url: 'URL',
  title: 'Title',
  publisher: 'Publisher',
  date: 'Date',
  excerpt: 'Excerpt',
  stance: 'Stance',
  archiveUrl: 'Archive URL',
  body: 'Comment',
  resolved: 'Resolved',
  organisation_name: 'Organisation',
  organisation_url: 'Organisation URL',
  text: 'Article text',
  subtitle: 'Subtitle',
  byline: 'Byline',
  publishedAt: 'Published',
};

/** Bookkeeping fields nobody asked to see in a history. */
const HIDDEN = new Set(['revision', 'updatedAt', 'createdAt', 'id', 'articleId', 'claimId', 'parentId', 'contentHash', 'importedAt']);

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

export function formatValue(field: string, value: unknown, verdicts: readonly Verdict[]): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'verdict' && typeof value === 'string') return verdicts.find((v) => v.key === value)?.label ?? value;
  if (field === 'status' && typeof value === 'string' && value in STATUS_LABELS) return STATUS_LABELS[value as ClaimStatus];
  if (field === 'stance' && typeof value === 'string' && value in STANCE_LABELS) return STANCE_LABELS[value as SourceStance];
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (field === 'quote' && typeof value === 'object' && 'exact' in value) return `“${truncate(String((value as { exact: unknown }).exact), 160)}”`;
  if (field === 'position' && typeof value === 'object' && 'start' in value && 'end' in value) {
    const { start, end } = value as { start: unknown; end: unknown };
    return `characters ${String(start)}–${String(end)}`;
  }
  if (typeof value === 'string') return truncate(value, 240);
  return truncate(JSON.stringify(value), 240);
}

function fieldChanges(entry: ChangeEntry, verdicts: readonly Verdict[]): FieldChange[] {
  if (entry.action !== 'update' || entry.entity === 'evidence') return [];
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !HIDDEN.has(f));
  return fields.map((field) => ({
    field,
    label: fieldLabel(field),
    from: formatValue(field, before[field], verdicts),
    to: formatValue(field, after[field], verdicts),
  }));
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

function summaryOf(entry: ChangeEntry): { summary: string; detail: string | null } {
  const row = entry.action === 'delete' ? entry.before : entry.after;
  const id = entry.entityId;
  switch (entry.entity) {
    case 'claim': {
      const quote = row?.quote as { exact?: unknown } | undefined;
      const detail = typeof quote?.exact === 'string' ? `“${truncate(quote.exact, 140)}”` : null;
      if (entry.action === 'create') return { summary: `marked claim #${id}`, detail };
      if (entry.action === 'delete') return { summary: `deleted claim #${id}`, detail };
      return { summary: `changed claim #${id}`, detail: null };
    }
    case 'source': {
      const detail = str(row?.title) ?? str(row?.url);
      if (entry.action === 'create') return { summary: 'added a source', detail };
      if (entry.action === 'delete') return { summary: 'removed a source', detail };
      return { summary: 'changed a source', detail: null };
    }
    case 'comment': {
      const body = str(row?.body);
      const detail = body === null ? null : `“${truncate(body, 140)}”`;
      if (entry.action === 'create') return { summary: row?.parentId ? 'replied' : 'commented', detail };
      if (entry.action === 'delete') return { summary: 'deleted a comment', detail };
      if (entry.after?.resolved === true) return { summary: 'resolved a comment thread', detail: null };
      if (entry.after?.resolved === false) return { summary: 'reopened a comment thread', detail: null };
      return { summary: 'changed a comment', detail: null };
    }
    case 'article':
      if (entry.action === 'create') return { summary: 'imported the article', detail: str(row?.title) };
      if (entry.action === 'delete') return { summary: 'deleted the article', detail: str(row?.title) };
      return { summary: 'changed the article', detail: null };
    case 'verdict_scale':
      return { summary: 'changed the verdict scale', detail: null };
    case 'setting':
      return { summary: 'changed a setting', detail: null };
    case 'evidence':
      return evidenceSummary(entry);
  }
}

const COPY_NAMES: Record<string, string> = { page: 'as fetched', screenshot: 'screenshot', pdf: 'PDF' };

/** Which file (or address), with its SHA-256: the hash is what proves the copy later. */
function evidenceSummary(entry: ChangeEntry): { summary: string; detail: string | null } {
  const row = entry.action === 'delete' ? entry.before : entry.after;
  const kind = str(row?.kind) ?? 'file';
  const name = kind === 'file' ? str(row?.fileName) : (str(row?.url) ?? str(row?.fileName));
  const sha256 = str(row?.sha256);
  const what = [name, sha256 === null ? null : `(SHA-256 ${sha256})`].filter((part) => part !== null).join(' ') || null;
  if (entry.action === 'delete') {
    const reason = str(entry.after?.removalReason);
    return { summary: 'removed evidence', detail: reason === null ? what : `${what ?? ''}: ${reason}` };
  }
  return { summary: kind === 'file' ? 'added evidence' : `archived a page (${COPY_NAMES[kind] ?? kind})`, detail: what };
}

/** Newest first, as people read a history. */
export function describeHistory(entries: readonly ChangeEntry[], verdicts: readonly Verdict[]): HistoryLine[] {
  return [...entries]
    .sort((a, b) => b.id - a.id)
    .map((entry) => ({
      id: entry.id,
      at: entry.at,
      reviewer: entry.reviewer,
      ...summaryOf(entry),
      changes: fieldChanges(entry, verdicts),
    }));
}
