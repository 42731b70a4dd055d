// The calm line shown while another reviewer's write holds the shared file: never an error.
import { useBusyRetrying } from '../../hooks/useBusy';

export function BusyNotice() {
  const retrying = useBusyRetrying();
  return (
    <div className="busy-notice-region" role="status" aria-live="polite">
      {retrying && (
        <p className="busy-notice">
          <span className="spinner" aria-hidden="true" />
          Another reviewer is saving, retrying…
        </p>
      )}
    </div>
  );
}
