// Publishing one claim from the workbench: an approved claim is published (at the address the
// desk's URL pattern gives, or one typed here); a published one shows when and where, and can be
// unpublished with a reason that the history keeps. The core enforces the rules; a refusal is
// shown as its sentence.
import { useId, useState } from 'react';
import type { Claim } from '@common/domain/types';
import { api, toFailure } from '../shared/api';
import { Dialog } from '../shared/Dialog';
import { formatDay } from '../shared/dates';

export function PublishControls({ stored, onChanged }: { stored: Claim; onChanged: (claim: Claim) => void }) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [unpublishing, setUnpublishing] = useState(false);
  const run = async (change: () => Promise<Claim>) => {
    try {
      onChanged(await change());
      setMessage(null);
    } catch (error) {
      setMessage(toFailure(error).message);
    }
  };
  if (stored.status !== 'approved' && stored.status !== 'published') return null;
  return (
    <div className="publish-row">
      {stored.status === 'approved' ? (
        <>
          <label htmlFor={`${id}-url`}>Fact-check address (optional)</label>
          <input id={`${id}-url`} value={url} placeholder="From the URL pattern in Settings" onChange={(e) => setUrl(e.target.value)} />
          <button
            type="button"
            className="primary"
            onClick={() => void run(() => api().publishClaim({ id: stored.id, expectedRevision: stored.revision, url: url.trim() || undefined }))}
          >
            Publish
          </button>
        </>
      ) : (
        <>
          <p className="review-hint" role="status">
            Published {stored.publishedAt ? formatDay(stored.publishedAt) : ''} at{' '}
            <span className="published-url">{stored.publishedUrl}</span>
            {stored.modifiedAt ? ` · corrected ${formatDay(stored.modifiedAt)}` : ''}
          </p>
          <button type="button" onClick={() => setUnpublishing(true)}>
            Unpublish
          </button>
        </>
      )}
      {message !== null && (
        <p role="alert" className="error-text">
          {message}
        </p>
      )}
      {unpublishing && (
        <UnpublishDialog
          onCancel={() => setUnpublishing(false)}
          onUnpublish={(reason) => {
            setUnpublishing(false);
            void run(() => api().unpublishClaim({ id: stored.id, expectedRevision: stored.revision, reason }));
          }}
        />
      )}
    </div>
  );
}

function UnpublishDialog({ onUnpublish, onCancel }: { onUnpublish: (reason: string) => void; onCancel: () => void }) {
  const id = useId();
  const [reason, setReason] = useState('');
  return (
    <Dialog title="Unpublish this fact-check?" onClose={onCancel}>
      <label htmlFor={`${id}-reason`}>Reason (kept in the history)</label>
      <textarea id={`${id}-reason`} value={reason} rows={3} autoFocus onChange={(e) => setReason(e.target.value)} />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" disabled={reason.trim() === ''} onClick={() => onUnpublish(reason.trim())}>
          Unpublish
        </button>
      </div>
    </Dialog>
  );
}
