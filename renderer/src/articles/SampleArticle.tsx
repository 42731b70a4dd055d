// The sample article shipped with Factdesk: offered on an empty database beside Import, labelled
// while it is open, and removed with one button (the core's openSampleArticle/removeSampleArticle).
import { useCallback, useState } from 'react';
import { api } from '../shared/api';
import { useStatus } from '../shared/useStatus';

interface SampleActions {
  /** Added (once) and shown with its claim open. */
  openSample: () => Promise<void>;
  removeSample: () => Promise<void>;
  busy: boolean;
}

export function useSampleArticle(show: (articleId: number, claimId: number | null) => Promise<void>, removed: () => Promise<void>): SampleActions {
  const { reportError, announce } = useStatus();
  const [busy, setBusy] = useState(false);
  const openSample = useCallback(async () => {
    setBusy(true);
    try {
      const { articleId, claimId } = await api().openSampleArticle({});
      await show(articleId, claimId);
    } catch (e) {
      reportError(e, 'The sample article could not be opened');
    } finally {
      setBusy(false);
    }
  }, [show, reportError]);
  const removeSample = useCallback(async () => {
    setBusy(true);
    try {
      await api().removeSampleArticle({});
      await removed();
      announce('The sample article was removed.');
    } catch (e) {
      reportError(e, 'The sample article could not be removed');
    } finally {
      setBusy(false);
    }
  }, [removed, reportError, announce]);
  return { openSample, removeSample, busy };
}

/** Above the reader while the sample is open: what it is, and the way to remove it. */
export function SampleNotice({ onRemove, disabled }: { onRemove: () => void; disabled: boolean }) {
  return (
    <div className="notice sample-notice" role="note" aria-label="Sample article">
      <span>
        <strong>Sample article</strong>, shipped with Factdesk: its claim is marked, rated and sourced to show a finished check. The
        rating is a worked example, not a published verdict.
      </span>
      <button type="button" onClick={onRemove} disabled={disabled}>
        Remove the sample
      </button>
    </div>
  );
}
