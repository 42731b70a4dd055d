// The sample article shipped with Factdesk: offered on an empty database beside Import, labelled
// while it is open, and removed with one button (the core's openSampleArticle/removeSampleArticle).
import { useCallback, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { i18n } from '../shared/i18n';
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
      reportError(e, i18n.t('workbench:sample.openFailed'));
    } finally {
      setBusy(false);
    }
  }, [show, reportError]);
  const removeSample = useCallback(async () => {
    setBusy(true);
    try {
      await api().removeSampleArticle({});
      await removed();
      announce(i18n.t('workbench:sample.removed'));
    } catch (e) {
      reportError(e, i18n.t('workbench:sample.removeFailed'));
    } finally {
      setBusy(false);
    }
  }, [removed, reportError, announce]);
  return { openSample, removeSample, busy };
}

/** Above the reader while the sample is open: what it is, and the way to remove it. */
export function SampleNotice({ onRemove, disabled }: { onRemove: () => void; disabled: boolean }) {
  const { t } = useTranslation('workbench');
  return (
    <div className="notice sample-notice" role="note" aria-label={t('sample.label')}>
      <span>
        <Trans t={t} i18nKey="sample.notice" components={{ strong: <strong /> }} />
      </span>
      <button type="button" onClick={onRemove} disabled={disabled}>
        {t('sample.remove')}
      </button>
    </div>
  );
}
