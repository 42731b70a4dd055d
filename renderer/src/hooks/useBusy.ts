// Whether a call is waiting to retry because another reviewer holds the file (see model/busyRetry).
import { useSyncExternalStore } from 'react';
import { busyTracker } from '../model/busyRetry';

export function useBusyRetrying(): boolean {
  return useSyncExternalStore(
    (listener) => busyTracker.subscribe(listener),
    () => busyTracker.retrying,
  );
}
