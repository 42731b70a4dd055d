// The Electron entry (main/index.ts) wired end to end with a fake `electron` module, since no
// Electron binary runs here: it opens a real database in the user-data folder, registers one
// handler per API method, creates a sandboxed window on the built renderer, and sets the CSP.
// The fake app is packaged and ELECTRON_RENDERER_URL points elsewhere (issue 10, point 13): the
// window must still load the app's own files over app://, and trust only that origin.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { METHOD_NAMES, channelOf } from '@common/contract/methods';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const fake = vi.hoisted(() => {
  // Created in beforeAll: imports are not available inside vi.hoisted.
  const userData = `${process.env.TMPDIR ?? '/tmp'}/factdesk-electron-${process.pid}-${Date.now()}`;
  let ready: () => void = () => undefined;
  const whenReadyPromise = new Promise<void>((resolve) => (ready = resolve));
  const state = {
    userData,
    ready: () => {
      state.isReady = true;
      ready();
    },
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
    windows: [] as Array<{
      options: unknown;
      loaded: string[];
      contentsEvents: string[];
      listeners: Map<string, (...args: unknown[]) => void>;
      openHandler?: (d: { url: string }) => unknown;
    }>,
    isReady: false,
    privilegedSchemes: [] as Array<{ schemes: Array<{ scheme: string; privileges?: Record<string, boolean> }>; beforeReady: boolean }>,
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
    devicePermission: undefined as undefined | ((...args: unknown[]) => boolean),
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
      this.record = { options, loaded: [], contentsEvents: [], listeners: new Map() };
      state.windows.push(this.record);
      BrowserWindow.all.push(this);
      const record = this.record;
      this.webContents = {
        on: (event: string, listener: (...args: unknown[]) => void) => {
          record.contentsEvents.push(event);
          record.listeners.set(event, listener);
        },
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
      isPackaged: true,
      name: 'Factdesk',
      getLocale: () => 'en-GB',
      getPath: (name: string) => (name === 'userData' ? userData : tmpdir()),
      on: () => undefined,
      quit: () => undefined,
      requestSingleInstanceLock: () => true,
      addRecentDocument: () => undefined,
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
        setPermissionCheckHandler: (h: typeof state.permissionCheck) => (state.permissionCheck = h),
        setDevicePermissionHandler: (h: typeof state.devicePermission) => (state.devicePermission = h),
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: (typeof state.privilegedSchemes)[number]['schemes']) =>
        state.privilegedSchemes.push({ schemes, beforeReady: !state.isReady }),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => state.protocolHandlers.set(scheme, handler),
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
  // What a hostile environment could set for a packaged app: it must be ignored.
  process.env.ELECTRON_RENDERER_URL = 'http://evil.example:5173/';
  await import('../../main/index');
  fake.state.ready();
  await vi.waitFor(() => expect(fake.state.windows.length).toBe(1), { timeout: 10_000 });
});

afterAll(async () => {
  delete process.env.ELECTRON_RENDERER_URL;
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
    expect(win!.loaded[0]).toBe('app://factdesk/index.html');
    expect(win!.contentsEvents).toEqual(
      expect.arrayContaining(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview', 'will-prevent-unload']),
    );
    expect(win!.openHandler!({ url: 'https://example.org' })).toEqual({ action: 'deny' });
  });

  it('registers one handler per API method, answering the app page and refusing others', async () => {
    expect([...fake.state.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
    const handler = fake.state.handlers.get(channelOf('getDatabaseInfo')) as Handler;
    const appUrl = fake.state.windows[0]!.loaded[0]!;
    const ok = await handler({ senderFrame: { url: appUrl, parent: null } }, {});
    expect(ok).toMatchObject({ ok: true, value: { path: join(fake.state.userData, 'factdesk.db'), articleCount: 0 } });
    for (const url of ['https://evil.example/', 'http://evil.example:5173/', 'app://factdesk.evil/index.html', 'file:///tmp/index.html']) {
      const foreign = await handler({ senderFrame: { url, parent: null } }, {});
      expect(foreign, url).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
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
    expect(fake.state.permissionCheck!({}, 'clipboard-read', 'app://factdesk', {})).toBe(false);
    expect(fake.state.permissionCheck!({}, 'media', 'app://factdesk', {})).toBe(false);
    expect(fake.state.devicePermission!({ deviceType: 'usb', origin: 'app://factdesk' })).toBe(false);
  });

  it('registers app:// as a privileged standard, secure scheme before the app is ready', () => {
    const app = fake.state.privilegedSchemes.flatMap((r) => r.schemes.map((s) => ({ ...s, beforeReady: r.beforeReady }))).find((s) => s.scheme === 'app');
    expect(app).toMatchObject({ beforeReady: true, privileges: { standard: true, secure: true } });
  });

  it('serves the renderer over app:// with the CSP, and nothing outside the renderer folder', async () => {
    const serve = fake.state.protocolHandlers.get('app')!;
    const page = await serve(new Request('app://factdesk/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(await page.text()).toContain('<div id="root"></div>');
    // main/index.ts sits beside renderer/ here, and package.json one folder up: none may come out.
    for (const url of [
      'app://factdesk/..%2fpackage.json',
      'app://factdesk/..%2f..%2fwt-bridge%2fpackage.json',
      'app://factdesk/%2e%2e/package.json',
      'app://factdesk/..%5cpackage.json',
      'app://factdesk/%',
      'app://other-host/index.html',
    ]) {
      const r = await serve(new Request(url));
      expect(r.status, url).toBeGreaterThanOrEqual(400);
      expect(await r.text(), url).not.toContain('"name": "factdesk"');
    }
  });

  it('keeps every frame on the app: will-frame-navigate stops the rest', () => {
    const guard = fake.state.windows[0]!.listeners.get('will-frame-navigate')!;
    const attempt = (url: string, isMainFrame: boolean): boolean => {
      let prevented = false;
      guard({ url, isMainFrame, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(attempt('https://evil.example/', true)).toBe(true);
    expect(attempt('http://evil.example:5173/', true)).toBe(true);
    expect(attempt('https://evil.example/', false)).toBe(true);
    expect(attempt('app://factdesk/index.html', true)).toBe(false);
    expect(attempt('about:srcdoc', false)).toBe(false); // the export preview's sandboxed frame
  });

  it('has a File menu with New, Open, Recent, Import, Export, Settings and Quit', () => {
    const file = fake.state.menuTemplate[0] as { label: string; submenu: Array<{ label?: string }> };
    expect(file.label).toBe('File');
    expect(file.submenu.map((i) => i.label).filter(Boolean)).toEqual([
      'New Database…',
      'Open Database…',
      'Open Recent',
      'Import…',
      'Export Whole Database…',
      'Settings…',
      'Quit',
    ]);
  });
});
