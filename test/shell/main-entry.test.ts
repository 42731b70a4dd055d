// The Electron entry (main/index.ts) wired end to end with a fake `electron` module, since no
// Electron binary runs here: it opens a real database in the user-data folder, registers one
// handler per API method, creates a sandboxed window on the built renderer, and sets the CSP.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { METHOD_NAMES, channelOf } from '../../preload/methods';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const fake = vi.hoisted(() => {
  // Created in beforeAll: imports are not available inside vi.hoisted.
  const userData = `${process.env.TMPDIR ?? '/tmp'}/factdesk-electron-${process.pid}-${Date.now()}`;
  let ready: () => void = () => undefined;
  const whenReadyPromise = new Promise<void>((resolve) => (ready = resolve));
  const state = {
    userData,
    ready: () => ready(),
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
    windows: [] as Array<{ options: unknown; loaded: string[]; contentsEvents: string[]; openHandler?: (d: { url: string }) => unknown }>,
    headerHook: undefined as undefined | ((details: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void),
    permissionHook: undefined as undefined | ((wc: unknown, permission: string, cb: (allow: boolean) => void) => void),
    menuTemplate: [] as unknown[],
  };
  class BrowserWindow {
    static all: BrowserWindow[] = [];
    static getAllWindows(): BrowserWindow[] {
      return BrowserWindow.all;
    }
    record: (typeof state.windows)[number];
    webContents: Record<string, unknown>;
    constructor(options: unknown) {
      this.record = { options, loaded: [], contentsEvents: [] };
      state.windows.push(this.record);
      BrowserWindow.all.push(this);
      const record = this.record;
      this.webContents = {
        on: (event: string) => record.contentsEvents.push(event),
        setWindowOpenHandler: (h: (d: { url: string }) => unknown) => (record.openHandler = h),
        reload: () => undefined,
      };
    }
    once(): void {}
    on(): void {}
    show(): void {}
    setTitle(): void {}
    setProgressBar(): void {}
    destroy(): void {}
    async loadURL(url: string): Promise<void> {
      this.record.loaded.push(url);
    }
  }
  const electron = {
    app: {
      whenReady: () => whenReadyPromise,
      getPath: (name: string) => (name === 'userData' ? userData : tmpdir()),
      on: () => undefined,
      quit: () => undefined,
    },
    BrowserWindow,
    dialog: { showErrorBox: () => undefined, showMessageBoxSync: () => 0 },
    ipcMain: {
      handle: (channel: string, h: (event: unknown, ...args: unknown[]) => Promise<unknown>) => state.handlers.set(channel, h),
      removeHandler: (channel: string) => state.handlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (t: unknown[]) => {
        state.menuTemplate = t;
        return {};
      },
      setApplicationMenu: () => undefined,
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (h: typeof state.headerHook) => (state.headerHook = h) },
        setPermissionRequestHandler: (h: typeof state.permissionHook) => (state.permissionHook = h),
      },
    },
    shell: { openExternal: async () => undefined },
  };
  function tmpdir(): string {
    return process.env.TMPDIR ?? '/tmp';
  }
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

beforeAll(async () => {
  await mkdir(fake.state.userData, { recursive: true });
  // The name given on first start, as the workbench saves it; no $FACTDESK_REVIEWER.
  delete process.env.FACTDESK_REVIEWER;
  await writeFile(join(fake.state.userData, 'settings.json'), JSON.stringify({ reviewerName: 'Desk Reviewer' }));
  await import('../../main/index');
  fake.state.ready();
  await vi.waitFor(() => expect(fake.state.windows.length).toBe(1), { timeout: 10_000 });
});

afterAll(async () => {
  await rm(fake.state.userData, { recursive: true, force: true });
});

describe('the Electron entry', () => {
  it('opens a real database in the user-data folder', () => {
    expect(existsSync(join(fake.state.userData, 'factdesk.db'))).toBe(true);
  });

  it('creates one sandboxed, isolated window on the built renderer with the CommonJS preload', () => {
    const [win] = fake.state.windows;
    const prefs = (win!.options as BrowserWindowConstructorOptions).webPreferences!;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(prefs.preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(win!.loaded[0]).toMatch(/^file:.*renderer\/index\.html$/);
    expect(win!.contentsEvents).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview', 'will-prevent-unload']));
    expect(win!.openHandler!({ url: 'https://example.org' })).toEqual({ action: 'deny' });
  });

  it('registers one handler per API method, answering the app page and refusing others', async () => {
    expect([...fake.state.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
    const handler = fake.state.handlers.get(channelOf('getDatabaseInfo')) as Handler;
    const appUrl = fake.state.windows[0]!.loaded[0]!;
    const ok = await handler({ senderFrame: { url: appUrl, parent: null } }, {});
    expect(ok).toMatchObject({ ok: true, value: { path: join(fake.state.userData, 'factdesk.db'), articleCount: 0 } });
    const foreign = await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, {});
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('records changes under the name given on first start', async () => {
    const handler = (method: Parameters<typeof channelOf>[0]) => fake.state.handlers.get(channelOf(method)) as Handler;
    const event = { senderFrame: { url: fake.state.windows[0]!.loaded[0]!, parent: null } };
    await handler('updateSettings')(event, { organisationName: 'Desk' });
    const history = (await handler('changesSince')(event, { afterId: 0 })) as { value: { entries: Array<{ reviewer: string }> } };
    expect(history.value.entries.map((e) => e.reviewer)).toEqual(['Desk Reviewer']);
  });

  it('sends the strict CSP with every response and grants no permissions', () => {
    let headers: Record<string, string[]> = {};
    fake.state.headerHook!({ responseHeaders: {} }, (r) => (headers = (r as { responseHeaders: Record<string, string[]> }).responseHeaders));
    expect(headers['Content-Security-Policy']?.[0]).toContain("script-src 'self'");
    let allowed: boolean | undefined;
    fake.state.permissionHook!({}, 'media', (a) => (allowed = a));
    expect(allowed).toBe(false);
  });

  it('has a File menu with New, Open, Recent, Import and Export', () => {
    const file = fake.state.menuTemplate[0] as { label: string; submenu: Array<{ label?: string }> };
    expect(file.label).toBe('File');
    expect(file.submenu.map((i) => i.label).filter(Boolean)).toEqual([
      'New Database…',
      'Open Database…',
      'Open Recent',
      'Import…',
      'Export Whole Database…',
    ]);
  });
});
