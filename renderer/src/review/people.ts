// How reviewers appear: initials for avatars, times for "who did what when".
import type { Wording } from '../claims/wording';

export function initials(name: string): string {
  const parts = name.trim().split(/[\s._-]+/).filter((p) => p.length > 0);
  const letters = parts.length === 1 ? (parts[0] ?? '').slice(0, 2) : parts.slice(0, 2).map((p) => p[0] ?? '').join('');
  return letters.toUpperCase() || '?';
}

export { formatMoment as formatTime } from '../shared/dates';

/** "claim:12" → "editing claim #12"; "article:3" → "reading article #3" (titles supplied by the caller). */
export function describeEditing({ t }: Wording, editing: string, articleTitle?: (id: number) => string | null): string {
  const [kind, rawId] = editing.split(':');
  const id = Number(rawId);
  if (kind === 'claim' && Number.isInteger(id)) return t('panels:presence.editingClaim', { id });
  if (kind === 'article' && Number.isInteger(id)) {
    const title = articleTitle?.(id);
    return title ? t('panels:presence.readingTitle', { title }) : t('panels:presence.readingArticle', { id });
  }
  return editing;
}
