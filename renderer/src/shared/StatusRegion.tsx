// Where errors and confirmations appear: errors in an alert region (read out at once), other
// news in a polite status region.
import { useTranslation } from 'react-i18next';
import { useStatus } from './useStatus';

export function StatusRegion() {
  const { t } = useTranslation('workbench');
  const { messages, dismiss } = useStatus();
  const errors = messages.filter((m) => m.kind === 'error');
  const news = messages.filter((m) => m.kind === 'info');
  return (
    <div className="status-region">
      <div role="alert" aria-label={t('status.errors')}>
        {errors.map((m) => (
          <div key={m.id} className="toast error">
            <span>{m.text}</span>
            <button type="button" className="icon" onClick={() => dismiss(m.id)} aria-label={t('status.dismiss')}>
              ×
            </button>
          </div>
        ))}
      </div>
      <div role="status" aria-live="polite" aria-label={t('status.messages')}>
        {news.map((m) => (
          <div key={m.id} className="toast info">
            {m.text}
          </div>
        ))}
      </div>
    </div>
  );
}
