// The reviewer's queue: what is assigned to them and what waits for their review. Choosing an
// entry opens its article and claim. Each section shows the longest-waiting claims first, up to
// the core's limit, and says so when there are more.
import { verdictColourStyle } from '../shared/verdictColour';
import type { Verdict } from '@common/domain/types';
import type { QueueEntry, QueuePage } from '@common/contract';
import { STATUS_LABELS } from '../claims/claimFields';
import { truncate } from '../shared/format';
import { formatTime } from './people';
import { Dialog } from '../shared/Dialog';

interface Props {
  reviewer: string;
  page: QueuePage | null;
  error: string | null;
  verdicts: readonly Verdict[];
  onOpen: (entry: QueueEntry) => void;
  onClose: () => void;
}

const REASON_LABELS = { assigned: 'Assigned to you', review: 'Waiting for your review' } as const;

function QueueItem({ entry, verdicts, onOpen }: { entry: QueueEntry; verdicts: readonly Verdict[]; onOpen: () => void }) {
  const { claim } = entry;
  const verdict = verdicts.find((v) => v.key === claim.verdict);
  return (
    <li>
      <button type="button" className="queue-item" onClick={onOpen}>
        <span className="queue-article">{truncate(entry.articleTitle, 90)}</span>
        <span className="quote">“{truncate(claim.claimReviewed || claim.quote.exact, 140)}”</span>
        <span className="claim-tags">
          {entry.reasons.map((r) => (
            <span key={r} className={`reason-tag ${r}`}>
              {REASON_LABELS[r]}
            </span>
          ))}
          <span className="verdict-tag" style={verdictColourStyle(verdict)}>
            {verdict?.label ?? 'No verdict'}
          </span>
          <span className="status-tag">{STATUS_LABELS[claim.status]}</span>
          {claim.verdictSetBy !== null && <span className="muted small">verdict by {claim.verdictSetBy}</span>}
          <span className="muted small">updated {formatTime(claim.updatedAt)}</span>
        </span>
      </button>
    </li>
  );
}

const count = (n: number): string => n.toLocaleString('en');

export function QueueDialog({ reviewer, page, error, verdicts, onOpen, onClose }: Props) {
  const entries = page?.entries ?? [];
  const assigned = entries.filter((e) => e.reasons.includes('assigned'));
  const review = entries.filter((e) => !e.reasons.includes('assigned'));
  const section = (title: string, list: QueueEntry[], total: number, empty: string) => (
    <section className="queue-section" aria-label={title}>
      <h3>
        {title} <span className="count">{count(total)}</span>
      </h3>
      {list.length < total && (
        <p className="muted small queue-more">
          Showing {count(list.length)} of {count(total)}, the longest waiting first.
        </p>
      )}
      {list.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="queue-list">
          {list.map((entry) => (
            <QueueItem key={entry.claim.id} entry={entry} verdicts={verdicts} onOpen={() => onOpen(entry)} />
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <Dialog title="My queue" onClose={onClose} className="queue-dialog">
      <p className="muted">
        Claims for <strong>{reviewer}</strong>. Claims with a verdict by someone else that need review can be approved by you
        (four-eyes rule).
      </p>
      {error !== null && (
        <p className="notice error" role="alert">
          Could not load your queue: {error}
        </p>
      )}
      {page === null && error === null ? (
        <p className="muted">Loading your queue…</p>
      ) : (
        <div className="queue-scroll">
          {section('Assigned to you', assigned, page?.totals.assigned ?? assigned.length, 'Nothing is assigned to you.')}
          {section('Waiting for your review', review, page?.totals.review ?? review.length, 'No verdicts are waiting for your review.')}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
