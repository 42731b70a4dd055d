// Publishing one claim from the workbench: an approved claim is published (at the address the
// desk's URL pattern gives, or one typed here); a published one shows when and where, and can be
// unpublished with a reason that the history keeps. The core enforces the rules; a refusal is
// shown as its sentence.
import { useId, useState } from 'react';
import type { Claim } from '@common/domain/types';
import { api } from '../shared/api';
import { Dialog } from '../shared/Dialog';
import { Trans, useTranslation } from 'react-i18next';
import { formatDay } from '../shared/dates';
import { wordingOf } from '../claims/wording';
import { errorShown } from '../shared/failureMessage';

export function PublishControls({ stored, onChanged }: { stored: Claim; onChanged: (claim: Claim) => void }) {
  const { t } = wordingOf(useTranslation('panels'));
  const id = useId();
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [unpublishing, setUnpublishing] = useState(false);
  const run = async (change: () => Promise<Claim>) => {
    try {
      onChanged(await change());
      setMessage(null);
    } catch (error) {
      setMessage(errorShown(error));
    }
  };
  if (stored.status !== 'approved' && stored.status !== 'published') return null;
  return (
    <div className="publish-row">
      {stored.status === 'approved' ? (
        <>
          <label htmlFor={`${id}-url`}>{t('publish.address')}</label>
          <input id={`${id}-url`} value={url} placeholder={t('publish.addressPlaceholder')} onChange={(e) => setUrl(e.target.value)} />
          <button
            type="button"
            className="primary"
            onClick={() => void run(() => api().publishClaim({ id: stored.id, expectedRevision: stored.revision, url: url.trim() || undefined }))}
          >
            {t('publish.publish')}
          </button>
        </>
      ) : (
        <>
          <p className="review-hint" role="status">
            <Trans
              t={t}
              i18nKey="publish.published"
              values={{
                date: formatDay(stored.publishedAt) ?? '',
                url: stored.publishedUrl ?? '',
                corrected: stored.modifiedAt ? 'yes' : 'no',
                modified: formatDay(stored.modifiedAt) ?? '',
              }}
              components={{ url: <span className="published-url" /> }}
            />
          </p>
          <button type="button" onClick={() => setUnpublishing(true)}>
            {t('publish.unpublish')}
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
  const { t } = wordingOf(useTranslation('panels'));
  const id = useId();
  const [reason, setReason] = useState('');
  return (
    <Dialog title={t('publish.unpublishTitle')} onClose={onCancel}>
      <label htmlFor={`${id}-reason`}>{t('publish.reason')}</label>
      <textarea id={`${id}-reason`} value={reason} rows={3} autoFocus onChange={(e) => setReason(e.target.value)} />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('publish.cancel')}
        </button>
        <button type="button" className="danger" disabled={reason.trim() === ''} onClick={() => onUnpublish(reason.trim())}>
          {t('publish.unpublish')}
        </button>
      </div>
    </Dialog>
  );
}
