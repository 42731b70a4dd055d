// What a screen reader is told when colleagues change the open file: one short sentence per batch
// of the live feed, about others' changes only (your own you just made). Whole sentences from the
// catalogue (ICU select/plural), so each language orders reviewer, verb and object its own way.
import type { ChangeEntry } from '@common/domain/types';
import { i18n } from './i18n';

export function changeAnnouncement(entries: readonly ChangeEntry[], me: string | null): string | null {
  const others = entries.filter((e) => e.reviewer !== me);
  const first = others[0];
  if (first === undefined) return null;
  if (others.length === 1) {
    return i18n.t('workbench:change.one', {
      reviewer: first.reviewer,
      action: first.action,
      entity: first.entity,
      id: String(first.entityId), // an id, not a figure: never "1.234"
      entityName: first.entity.replace(/_/g, ' '),
    });
  }
  const people = new Set(others.map((e) => e.reviewer)).size;
  return people === 1
    ? i18n.t('workbench:change.byOne', { reviewer: first.reviewer, count: others.length })
    : i18n.t('workbench:change.byMany', { people, count: others.length });
}
