// Who else has this file open, and what they are working on (from the presence heartbeat).
import { useTranslation } from 'react-i18next';
import type { PresenceEntry } from '@common/contract';
import { groupPresence } from './usePresence';
import { initials } from './people';
import { listOf, wordingOf } from '../claims/wording';

interface Props {
  others: readonly PresenceEntry[];
  /** Readable text for an editing marker such as "claim:12". */
  describe: (editing: string) => string;
}

export function PresenceIndicator({ others, describe }: Props) {
  const wording = wordingOf(useTranslation('panels'));
  const { t } = wording;
  const people = groupPresence(others);
  if (people.length === 0) return null;
  const summary = t('presence.summary', { count: people.length });
  return (
    <details className="presence">
      <summary aria-label={t('presence.summaryLabel', { summary, names: people.map((p) => p.reviewer).join(', ') })}>
        <span className="presence-avatars" aria-hidden="true">
          {people.slice(0, 4).map((p) => (
            <span key={p.reviewer} className="avatar" title={p.reviewer}>
              {initials(p.reviewer)}
            </span>
          ))}
        </span>
        <span className="presence-count">{summary}</span>
      </summary>
      <ul className="presence-list" aria-label={t('presence.list')}>
        {people.map((p) => (
          <li key={p.reviewer}>
            <span className="avatar" aria-hidden="true">
              {initials(p.reviewer)}
            </span>
            <span>
              <strong>{p.reviewer}</strong>
              <span className="muted"> {p.editing.length === 0 ? t('presence.fileOpen') : listOf(wording, p.editing.map(describe))}</span>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
