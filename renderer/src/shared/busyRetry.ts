// A call that met the file locked by another writer (code 'busy': the core already retried with
// backoff and wrote nothing) is tried again a few more times, calmly. While that happens the
// workbench shows "Another reviewer is saving, retrying…" rather than an error. Retrying is safe:
// a busy call changed nothing, and every save names its revision, so a repeat cannot overwrite.
import type { FactdeskApi, MethodName } from '@common/contract';

export const BUSY_RETRY_DELAYS_MS: readonly number[] = [600, 1500, 3000];

export interface BusyTracker {
  /** Whether some call is waiting to retry right now. */
  readonly retrying: boolean;
  /** Whether some call is in flight (the status line then asks the core whether it waits for a lock). */
  readonly pending: boolean;
  begin(): void;
  end(): void;
  started(): void;
  settled(): void;
  subscribe(listener: () => void): () => void;
}

export function createBusyTracker(): BusyTracker {
  let waiting = 0;
  let inFlight = 0;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  return {
    get retrying() {
      return waiting > 0;
    },
    get pending() {
      return inFlight > 0;
    },
    begin() {
      waiting++;
      emit();
    },
    end() {
      waiting = Math.max(0, waiting - 1);
      emit();
    },
    started() {
      if (inFlight++ === 0) emit();
    },
    settled() {
      inFlight = Math.max(0, inFlight - 1);
      if (inFlight === 0) emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The tracker the workbench's API client reports to (see api.ts). */
export const busyTracker = createBusyTracker();

export function isBusyFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'busy';
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function withBusyRetry(
  api: FactdeskApi,
  tracker: BusyTracker,
  delays: readonly number[] = BUSY_RETRY_DELAYS_MS,
  sleep: (ms: number) => Promise<void> = wait,
): FactdeskApi {
  const wrapped: Partial<Record<MethodName, (input: unknown) => Promise<unknown>>> = {};
  for (const method of Object.keys(api) as MethodName[]) {
    const call = api[method] as (input: unknown) => Promise<unknown>;
    // Not calls anyone waits on: the status question itself, and the live feed's call, which the
    // core holds open until something changes (pending for ever would keep the status line asking).
    const counted = method !== 'getSaveStatus' && method !== 'waitForChanges';
    wrapped[method] = async (input: unknown) => {
      let retrying = false;
      if (counted) tracker.started();
      try {
        for (let attempt = 0; ; attempt++) {
          try {
            return await call(input);
          } catch (error) {
            const delay = delays[attempt];
            if (!isBusyFailure(error) || delay === undefined) throw error;
            if (!retrying) tracker.begin();
            retrying = true;
            await sleep(delay);
          }
        }
      } finally {
        if (retrying) tracker.end();
        if (counted) tracker.settled();
      }
    };
  }
  return wrapped as FactdeskApi;
}
