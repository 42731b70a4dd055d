// The IPC wiring and the preload, with fakes of ipcMain, ipcRenderer and contextBridge
// (no Electron binary runs here). A fake core records what reached it.
import { describe, expect, it } from 'vitest';
import type { FactdeskApi } from '@common/contract';
import { METHOD_NAMES, channelOf } from '@common/contract/methods';
import { registerApiHandlers, makeSenderCheck, type IpcMainLike, type InvokeEventLike } from '../../main/shell/ipc';
import { exposeApi, type ContextBridgeLike } from '../../preload/expose';
import { createClient, FactdeskCallError } from '@common/contract/client';
import { FactdeskError } from '@common/domain/errors';
import { translator } from '@common/i18n';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

class FakeIpcMain implements IpcMainLike {
  handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

const APP = 'app://factdesk/';
const appEvent: InvokeEventLike = { senderFrame: { url: `${APP}index.html`, parent: null } };

function recordingCore(): { api: FactdeskApi; calls: Array<[string, unknown]> } {
  const calls: Array<[string, unknown]> = [];
  const api = new Proxy({} as FactdeskApi, {
    get: (_t, method: string) => async (input: unknown) => {
      calls.push([method, input]);
      if (method === 'updateClaim') throw new FactdeskError('conflict', 'changed by someone else', { current: { revision: 4 } });
      return { method };
    },
  });
  return { api, calls };
}

describe('registerApiHandlers', () => {
  it('registers exactly one channel per contract method', () => {
    const ipc = new FakeIpcMain();
    registerApiHandlers(ipc, () => recordingCore().api, makeSenderCheck(APP));
    expect([...ipc.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
  });

  it('validates arguments before the core sees them', async () => {
    const ipc = new FakeIpcMain();
    const { api, calls } = recordingCore();
    registerApiHandlers(ipc, () => api, makeSenderCheck(APP));
    const invalid = await ipc.handlers.get(channelOf('getArticle'))!(appEvent, { id: 'DROP TABLE' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const extraKey = await ipc.handlers.get(channelOf('getArticle'))!(appEvent, { id: 1, sql: 'x' });
    expect(extraKey).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const badUrl = await ipc.handlers.get(channelOf('openExternal'))!(appEvent, { url: 'javascript:alert(1)' });
    expect(badUrl).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(calls).toEqual([]);
    const ok = await ipc.handlers.get(channelOf('getArticle'))!(appEvent, { id: 7 });
    expect(ok).toEqual({ ok: true, value: { method: 'getArticle' } });
    expect(calls).toEqual([['getArticle', { id: 7 }]]);
  });

  it('tells the shell of each call that succeeded, and of no refused or failed one', async () => {
    const ipc = new FakeIpcMain();
    const done: string[] = [];
    registerApiHandlers(ipc, () => recordingCore().api, makeSenderCheck(APP), (method) => done.push(method));
    await ipc.handlers.get(channelOf('setPreferences'))!(appEvent, { interfaceLanguage: 'de' });
    await ipc.handlers.get(channelOf('setPreferences'))!(appEvent, { interfaceLanguage: 'fr' });
    await ipc.handlers.get(channelOf('setPreferences'))!({ senderFrame: { url: 'https://evil.example/', parent: null } }, { interfaceLanguage: 'en' });
    await ipc.handlers.get(channelOf('updateClaim'))!(appEvent, { id: 1, revision: 3, patch: { text: 'x' } });
    expect(done).toEqual(['setPreferences']);
  });

  it('refuses calls from other frames and other pages', async () => {
    const ipc = new FakeIpcMain();
    const { api, calls } = recordingCore();
    registerApiHandlers(ipc, () => api, makeSenderCheck(APP));
    const handler = ipc.handlers.get(channelOf('listArticles'))!;
    const iframe = await handler({ senderFrame: { url: `${APP}index.html`, parent: {} } }, {});
    const foreign = await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, {});
    const gone = await handler({ senderFrame: null }, {});
    // Same prefix, other origin; and a file page, which is no app origin at all.
    const lookalike = await handler({ senderFrame: { url: 'app://factdesk.evil.example/index.html', parent: null } }, {});
    const file = await handler({ senderFrame: { url: 'file:///opt/factdesk/out/renderer/index.html', parent: null } }, {});
    const dev = makeSenderCheck('http://localhost:5173');
    expect(dev({ senderFrame: { url: 'http://localhost:5173/index.html', parent: null } })).toBe(true);
    expect(dev({ senderFrame: { url: 'http://localhost:51730/index.html', parent: null } })).toBe(false);
    for (const r of [iframe, foreign, gone, lookalike, file]) expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('carries typed errors back as data, and the client turns them into errors with code and details', async () => {
    const ipc = new FakeIpcMain();
    registerApiHandlers(ipc, () => recordingCore().api, makeSenderCheck(APP));
    let exposed: unknown;
    const contextBridge: ContextBridgeLike = { exposeInMainWorld: (_key, value) => (exposed = value) };
    const ipcRenderer = { invoke: (channel: string, ...args: unknown[]) => ipc.handlers.get(channel)!(appEvent, ...args) };
    exposeApi(contextBridge, ipcRenderer, 'factdesk');
    expect(Object.keys(exposed as object).sort()).toEqual([...METHOD_NAMES].sort());
    const client = createClient(exposed as Parameters<typeof createClient>[0]);
    await expect(client.getArticle({ id: 3 })).resolves.toEqual({ method: 'getArticle' });
    const failure = await client
      .updateClaim({ id: 1, expectedRevision: 2, patch: { rationale: 'x' } })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FactdeskCallError);
    expect(failure).toMatchObject({ code: 'conflict', details: { current: { revision: 4 } } });
  });

  it('says its own refusals in the shell’s language: no database open, a foreign sender, a second argument', async () => {
    const ipc = new FakeIpcMain();
    let open = false;
    const german = translator('de', 'shell');
    registerApiHandlers(ipc, () => (open ? recordingCore().api : null), makeSenderCheck(APP), undefined, () => german);
    const handler = ipc.handlers.get(channelOf('listArticles'))!;
    expect(await handler(appEvent, {})).toEqual({ ok: false, error: { code: 'not_found', message: 'Es ist keine Datenbank geöffnet.' } });
    open = true;
    expect(await handler({ senderFrame: null }, {})).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Aufruf abgelehnt: Er kam nicht aus dem Factdesk-Fenster.' },
    });
    expect(await handler(appEvent, {}, {})).toEqual({ ok: false, error: { code: 'invalid_input', message: 'listArticles nimmt genau ein Argument.' } });
  });

  it('keeps its English refusals when no language is given', async () => {
    const ipc = new FakeIpcMain();
    registerApiHandlers(ipc, () => null, makeSenderCheck(APP));
    const handler = ipc.handlers.get(channelOf('listArticles'))!;
    expect(await handler(appEvent, {})).toEqual({ ok: false, error: { code: 'not_found', message: 'No database is open.' } });
    expect(await handler({ senderFrame: null }, {})).toMatchObject({ error: { message: 'Call refused: it did not come from the Factdesk window.' } });
  });

  it('removes its handlers on dispose', () => {
    const ipc = new FakeIpcMain();
    const dispose = registerApiHandlers(ipc, () => recordingCore().api, makeSenderCheck(APP));
    dispose();
    expect(ipc.handlers.size).toBe(0);
  });
});
