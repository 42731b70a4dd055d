// Archiving a source in the app (issue 13): Electron renders the page in a hidden, sandboxed
// window of its own, on a session partition of its own (in memory, new for each capture: no
// cookies or storage of the app or of another capture), then capturePage (the whole page) and
// printToPDF. Fakes stand in for BrowserWindow and the session: no Electron binary runs here.
import { describe, expect, it } from 'vitest';
import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import { electronPageCapturer } from '../../main/shell/capture';

interface FakeWindow {
  options: BrowserWindowConstructorOptions;
  loaded: string[];
  contentSize: [number, number] | null;
  denyOpen: boolean;
  destroyed: boolean;
}

interface FakeSession {
  partition: string;
  downloadsRefused: boolean;
  permissionsDenied: boolean;
  cleared: boolean;
}

function fakes(load: (url: string) => Promise<void> = async () => undefined) {
  const windows: FakeWindow[] = [];
  const sessions: FakeSession[] = [];
  const createWindow = (options: BrowserWindowConstructorOptions): BrowserWindow => {
    const record: FakeWindow = { options, loaded: [], contentSize: null, denyOpen: false, destroyed: false };
    windows.push(record);
    const win = {
      loadURL: async (url: string) => {
        record.loaded.push(url);
        await load(url);
      },
      setContentSize: (w: number, h: number) => (record.contentSize = [w, h]),
      destroy: () => (record.destroyed = true),
      isDestroyed: () => record.destroyed,
      webContents: {
        setWindowOpenHandler: (h: () => { action: string }) => (record.denyOpen = h().action === 'deny'),
        executeJavaScript: async () => [1280, 3000],
        capturePage: async () => ({ toPNG: () => Buffer.from(`PNG of ${record.loaded.at(-1)} at ${record.contentSize?.join('x')}`) }),
        printToPDF: async () => Buffer.from('%PDF-fake'),
      },
    };
    return win as unknown as BrowserWindow;
  };
  const fromPartition = (partition: string): Session => {
    const record: FakeSession = { partition, downloadsRefused: false, permissionsDenied: false, cleared: false };
    sessions.push(record);
    const ses = {
      on: (event: string, listener: (e: { preventDefault(): void }) => void) => {
        if (event === 'will-download') listener({ preventDefault: () => (record.downloadsRefused = true) });
      },
      setPermissionRequestHandler: (h: (wc: unknown, p: string, cb: (ok: boolean) => void) => void) => h(null, 'geolocation', (ok) => (record.permissionsDenied = !ok)),
      setPermissionCheckHandler: () => undefined,
      clearStorageData: async () => {
        record.cleared = true;
      },
    };
    return ses as unknown as Session;
  };
  return { windows, sessions, createWindow, fromPartition };
}

describe('electronPageCapturer', () => {
  it('renders each page in a hidden sandboxed window on a fresh in-memory partition, whole page PNG and PDF', async () => {
    const f = fakes();
    const capture = electronPageCapturer(f.createWindow, f.fromPartition);
    const first = await capture('https://example.org/a', { timeoutMs: 5_000 });
    await capture('https://example.org/b', { timeoutMs: 5_000 });
    expect(Buffer.from(first.screenshot).toString()).toBe('PNG of https://example.org/a at 1280x3000');
    expect(Buffer.from(first.pdf).toString()).toBe('%PDF-fake');
    expect(f.windows).toHaveLength(2);
    const [a, b] = f.windows;
    for (const w of [a!, b!]) {
      expect(w.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true } });
      expect(w.options.webPreferences?.preload).toBeUndefined();
      expect(w.denyOpen).toBe(true);
      expect(w.destroyed).toBe(true);
    }
    // A partition of its own per capture, never persisted ("persist:") and never the app's session.
    const partitions = [a!.options.webPreferences?.partition, b!.options.webPreferences?.partition];
    expect(new Set(partitions).size).toBe(2);
    for (const p of partitions) expect(p).toMatch(/^factdesk-capture-/);
    expect(f.sessions.map((s) => s.partition)).toEqual(partitions);
    for (const s of f.sessions) expect(s).toMatchObject({ downloadsRefused: true, permissionsDenied: true, cleared: true });
  });

  it('refuses a page that does not load, with a sentence, and closes its window', async () => {
    const f = fakes(async () => {
      throw new Error('ERR_CONNECTION_REFUSED (-102) loading https://example.org/gone');
    });
    await expect(electronPageCapturer(f.createWindow, f.fromPartition)('https://example.org/gone', { timeoutMs: 5_000 })).rejects.toThrow(
      /^The app could not open https:\/\/example\.org\/gone to archive it \(ERR_CONNECTION_REFUSED.*\); nothing was archived\.$/,
    );
    expect(f.windows[0]!.destroyed).toBe(true);
  });

  it('gives up on a page that takes longer than the time allowed', async () => {
    const f = fakes(() => new Promise(() => undefined));
    await expect(electronPageCapturer(f.createWindow, f.fromPartition)('https://example.org/slow', { timeoutMs: 50 })).rejects.toThrow(
      /took longer than 0\.05 seconds to load; nothing was archived\.$/,
    );
    expect(f.windows[0]!.destroyed).toBe(true);
  });
});
