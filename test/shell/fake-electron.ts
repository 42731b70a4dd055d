// A fake `electron` module for tests that run main/index.ts (no Electron binary runs here). Each
// `startFakeElectron` is one run of the app: its own app object and windows, on a user-data folder
// that can outlive it (a restart is a second run on the same folder). The mocked module reads
// whichever run is current, so one test file can start the app twice.
export interface FakeWindow {
  options: unknown;
  loaded: string[];
  destroyed: boolean;
  titles: string[];
  reloads: number;
  focused: number;
  restored: number;
  minimized: boolean;
  /** What main sent to the page: channel and arguments (webContents.send). */
  sent: Array<[string, ...unknown[]]>;
}

export interface MenuItem {
  label?: string;
  accelerator?: string;
  enabled?: boolean;
  submenu?: MenuItem[];
  click?: () => void;
}

type Listener = (...args: unknown[]) => void;
type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

export interface FakeRun {
  userData: string;
  /** What requestSingleInstanceLock answers: false is a second launch. */
  holdsLock: boolean;
  /** What app.getLocale() answers: the system's language. */
  locale: string;
  quitCalls: number;
  errors: string[];
  recentDocuments: string[];
  windows: FakeWindow[];
  menu: MenuItem[];
  handlers: Map<string, Handler>;
  /** Session partitions asked for (session.fromPartition), with whether downloads were refused. */
  partitions: Array<{ partition: string; refusesDownloads: boolean; cleared: boolean }>;
  /** Files given to shell.openPath. */
  openedPaths: string[];
  /** What the next save dialogs answer, in order (none left: cancelled). */
  saveAnswers: string[];
  /** The options of every open/save dialog shown. */
  dialogs: unknown[];
  /** Emits an app event, as Electron would (second-instance, open-file, before-quit…). */
  emit(event: string, ...args: unknown[]): void;
  /** Resolves app.whenReady(). */
  ready(): void;
}

// On globalThis, not in this module: vi.resetModules() (a restart) loads this module afresh for
// the app, while the test keeps the copy it imported first; both must see the same runs.
interface Registry {
  current: FakeRun | null;
  listeners: Map<FakeRun, Map<string, Listener[]>>;
  whenReady: Map<FakeRun, Promise<void>>;
}
const registry: Registry = ((globalThis as { __fakeElectron?: Registry }).__fakeElectron ??= {
  current: null,
  listeners: new Map(),
  whenReady: new Map(),
});
const { listeners, whenReady } = registry;
const run = (): FakeRun => {
  if (!registry.current) throw new Error('startFakeElectron() first');
  return registry.current;
};

export function startFakeElectron(userData: string, options: { holdsLock?: boolean; locale?: string } = {}): FakeRun {
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const fake: FakeRun = {
    userData,
    holdsLock: options.holdsLock ?? true,
    locale: options.locale ?? 'en-US',
    quitCalls: 0,
    errors: [],
    recentDocuments: [],
    windows: [],
    menu: [],
    handlers: new Map(),
    partitions: [],
    openedPaths: [],
    saveAnswers: [],
    dialogs: [],
    emit: (event, ...args) => (listeners.get(fake)?.get(event) ?? []).forEach((l) => l(...args)),
    ready: () => resolveReady(),
  };
  listeners.set(fake, new Map());
  whenReady.set(fake, ready);
  registry.current = fake;
  return fake;
}

class BrowserWindow {
  static getAllWindows(): BrowserWindow[] {
    return run().windows.map(() => new BrowserWindow(null, false));
  }
  record: FakeWindow;
  webContents: Record<string, unknown>;
  constructor(options: unknown, track = true) {
    this.record = { options, loaded: [], destroyed: false, titles: [], reloads: 0, focused: 0, restored: 0, minimized: false, sent: [] };
    if (track) run().windows.push(this.record);
    const record = this.record;
    this.webContents = {
      on: () => undefined,
      setWindowOpenHandler: () => undefined,
      reload: () => record.reloads++,
      send: (channel: string, ...args: unknown[]) => record.sent.push([channel, ...args]),
      // What a capture window is asked (main/shell/capture.ts): the page's size, a PNG, a PDF.
      executeJavaScript: async () => [1280, 2000],
      capturePage: async () => ({ toPNG: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]) }),
      printToPDF: async () => Buffer.from(`%PDF-1.4 fake of ${record.loaded.at(-1) ?? ''}`),
    };
  }
  once(): void {}
  on(): void {}
  show(): void {}
  focus(): void {
    this.record.focused++;
  }
  isMinimized(): boolean {
    return this.record.minimized;
  }
  restore(): void {
    this.record.restored++;
    this.record.minimized = false;
  }
  setTitle(title: string): void {
    this.record.titles.push(title);
  }
  setProgressBar(): void {}
  setContentSize(): void {}
  destroy(): void {
    this.record.destroyed = true;
  }
  async loadURL(url: string): Promise<void> {
    this.record.loaded.push(url);
  }
}

const noop = (): undefined => undefined;

export const fakeElectronModule = {
  app: {
    whenReady: () => whenReady.get(run())!,
    get isPackaged() {
      return true;
    },
    name: 'Factdesk',
    getLocale: () => run().locale,
    getPath: (name: string) => (name === 'userData' ? run().userData : (process.env.TMPDIR ?? '/tmp')),
    on: (event: string, listener: Listener) => {
      const all = listeners.get(run())!;
      all.set(event, [...(all.get(event) ?? []), listener]);
    },
    quit: () => run().quitCalls++,
    requestSingleInstanceLock: () => run().holdsLock,
    addRecentDocument: (path: string) => run().recentDocuments.push(path),
  },
  BrowserWindow,
  dialog: {
    showErrorBox: (title: string, message: string) => run().errors.push(`${title}: ${message}`),
    showMessageBoxSync: () => 0,
    showSaveDialog: async (_window: unknown, options: unknown) => {
      run().dialogs.push(options);
      const filePath = run().saveAnswers.shift();
      return { canceled: filePath === undefined, filePath };
    },
  },
  ipcMain: {
    handle: (channel: string, handler: Handler) => run().handlers.set(channel, handler),
    removeHandler: (channel: string) => run().handlers.delete(channel),
  },
  Menu: {
    buildFromTemplate: (template: MenuItem[]) => {
      run().menu = template;
      return {};
    },
    setApplicationMenu: noop,
  },
  session: {
    defaultSession: {
      webRequest: { onHeadersReceived: noop },
      setPermissionRequestHandler: noop,
      setPermissionCheckHandler: noop,
      setDevicePermissionHandler: noop,
    },
    fromPartition: (partition: string) => {
      const record = { partition, refusesDownloads: false, cleared: false };
      run().partitions.push(record);
      return {
        on: (event: string, listener: (e: { preventDefault(): void }) => void) => {
          if (event === 'will-download') listener({ preventDefault: () => (record.refusesDownloads = true) });
        },
        setPermissionRequestHandler: noop,
        setPermissionCheckHandler: noop,
        clearStorageData: async () => {
          record.cleared = true;
        },
      };
    },
  },
  protocol: { registerSchemesAsPrivileged: noop, handle: noop },
  shell: {
    openExternal: async () => undefined,
    openPath: async (path: string) => {
      run().openedPaths.push(path);
      return '';
    },
  },
};

/** File ▸ Open Recent's entries, as labels. */
export function openRecentLabels(fake: FakeRun): string[] {
  const file = fake.menu.find((m) => m.label === 'File');
  return (file?.submenu?.find((m) => m.label === 'Open Recent')?.submenu ?? []).map((m) => m.label ?? '');
}
