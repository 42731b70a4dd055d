// The renderer's only door to the core. `window.factdesk` is installed by the Electron preload
// or, in plain Chromium, by the bridge script of `factdesk serve`; both resolve every call to an
// Envelope (Electron's contextBridge would drop an Error's code and details). `createClient`
// unwraps it: values on success, a FactdeskCallError (with `code`, `details`) on failure.
// NOTE for renderer code: import `api` from here; never use window.factdesk directly.
import type { FactdeskApi, FactdeskBridge } from '../../preload/api';
import { createClient, FactdeskCallError } from '../../preload/client';

declare global {
  interface Window {
    factdesk?: FactdeskBridge;
  }
}

function connect(): FactdeskApi {
  const bridge = window.factdesk;
  if (!bridge) {
    throw new Error('Factdesk could not reach its core (no window.factdesk). Start it with `npm start` or `factdesk serve`.');
  }
  return createClient(bridge);
}

export const api: FactdeskApi = connect();
export { FactdeskCallError };
export type { FactdeskApi };
