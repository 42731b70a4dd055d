// IPC wiring: one `ipcMain.handle` per contract method. Each call is checked for its sender
// (the app's own top-level frame only) and its argument is validated before the core runs.
// Electron objects come in as parameters so this is tested with fakes (no Electron binary here).
import type { TFunction } from 'i18next';
import type { Envelope, MethodName } from '@common/contract';
import { METHOD_NAMES, channelOf } from '@common/contract/methods';
import { translator } from '@common/i18n';
import { dispatch, type Handlers } from '../core/dispatch';
import { isAppUrl } from './app-protocol';

/** The part of an IpcMainInvokeEvent we rely on. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/** Accept only the app's own origin, in its top-level frame: never an iframe or a navigated-away page. */
export function makeSenderCheck(appUrl: string): (event: InvokeEventLike) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isAppUrl(frame.url, appUrl);
  };
}

const english = translator('en', 'shell');

export function registerApiHandlers(
  ipcMain: IpcMainLike,
  /** The open database's core, or null while none is open (the page is then told so). */
  getApi: () => Handlers | null,
  isTrustedSender: (event: InvokeEventLike) => boolean,
  /** Told of every call that succeeded, so the shell can follow what the page changed (its language). */
  onDone: (method: MethodName) => void = () => undefined,
  /** The shell's words at the moment of the call: they follow the reviewer's interface language. */
  words: () => TFunction = () => english,
): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), async (event, ...args): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: words()('error.foreignSender') } };
      }
      if (args.length > 1) {
        return { ok: false, error: { code: 'invalid_input', message: words()('error.oneArgument', { method }) } };
      }
      const api = getApi();
      if (api === null) return { ok: false, error: { code: 'not_found', message: words()('error.noDatabase') } };
      const reply = await dispatch(api, method, args[0]);
      if (reply.ok) onDone(method);
      return reply;
    });
  }
  return () => METHOD_NAMES.forEach((m) => ipcMain.removeHandler(channelOf(m)));
}
