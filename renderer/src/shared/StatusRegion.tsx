// Where errors and confirmations appear: errors in an alert region (read out at once), other
// news in a polite status region.
import { useStatus } from './useStatus';

export function StatusRegion() {
  const { messages, dismiss } = useStatus();
  const errors = messages.filter((m) => m.kind === 'error');
  const news = messages.filter((m) => m.kind === 'info');
  return (
    <div className="status-region">
      <div role="alert" aria-label="Errors">
        {errors.map((m) => (
          <div key={m.id} className="toast error">
            <span>{m.text}</span>
            <button type="button" className="icon" onClick={() => dismiss(m.id)} aria-label="Dismiss message">
              ×
            </button>
          </div>
        ))}
      </div>
      <div role="status" aria-live="polite" aria-label="Messages">
        {news.map((m) => (
          <div key={m.id} className="toast info">
            {m.text}
          </div>
        ))}
      </div>
    </div>
  );
}
