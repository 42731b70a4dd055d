// The calm line shown while another reviewer's write holds the shared file: never an error.
import { useBusyLine } from './useBusy';

export function BusyNotice() {
  const line = useBusyLine();
  return (
    <div className="busy-notice-region" role="status" aria-live="polite">
      {line !== null && (
        <p className="busy-notice">
          <span className="spinner" aria-hidden="true" />
          {line}
        </p>
      )}
    </div>
  );
}
