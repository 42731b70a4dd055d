// What a screen reader is told when colleagues change the open file: one short sentence per batch
// of the live feed, about others' changes only (your own you just made).
import type { ChangeEntry } from '@common/domain/types';

const VERBS: Record<string, string> = { create: 'added', update: 'changed', delete: 'deleted' };

function what(entry: ChangeEntry): string {
  const entity = entry.entity.replace(/_/g, ' ');
  return entity === 'claim' || entity === 'source' || entity === 'article' || entity === 'comment' ? `${entity} ${entry.entityId}` : entity;
}

export function changeAnnouncement(entries: readonly ChangeEntry[], me: string | null): string | null {
  const others = entries.filter((e) => e.reviewer !== me);
  const first = others[0];
  if (first === undefined) return null;
  if (others.length === 1) return `${first.reviewer} ${VERBS[first.action] ?? 'changed'} ${what(first)}.`;
  const people = [...new Set(others.map((e) => e.reviewer))];
  return people.length === 1 ? `${first.reviewer} made ${others.length} changes.` : `${people.length} colleagues made ${others.length} changes.`;
}
