// The Electron shell: one window, the menu, native dialogs, and IPC wired to the core.
// Everything else (storage, import, export, review) is the core, which never imports electron.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type MenuItemConstructorOptions } from 'electron';
import { dirname, join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openFactdesk, type FactdeskCore } from './core/service';
import { registerApiHandlers, makeSenderCheck } from './shell/ipc';
import { CONTENT_SECURITY_POLICY, guardNavigation, isWebUrl, mainWindowOptions } from './shell/window';
import { electronPdfPrinter } from './shell/pdf';
import { settingsMenuItem } from './shell/menu';
import { openWithSystemViewer } from './shell/open-path';
import { electronPageCapturer } from './shell/capture';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler, rendererUrl as pageUrl } from './shell/app-protocol';
import { readRecent } from './core/recent';
import { claimSingleInstance, LaunchFiles } from './shell/launch-files';
import { DEFAULT_DATABASE_NAME, RECENT_FILE_NAME } from './core/settings/desktop-data';
import { Workspace } from './core/workspace';
import { resolveReviewerName } from './core/settings/app-settings';
import { exportFormat, type ExportFormat } from '@common/contract';

// The bundle is ESM: no __dirname. out/main/index.js sits beside out/preload and out/renderer.
const here = dirname(fileURLToPath(import.meta.url));

let workspace: Workspace | null = null;
let window: BrowserWindow | null = null;

const recentFile = (): string => join(app.getPath('userData'), RECENT_FILE_NAME);
const defaultDb = (): string => join(app.getPath('userData'), DEFAULT_DATABASE_NAME);
const rendererUrl = (): string => pageUrl(app.isPackaged, process.env.ELECTRON_RENDERER_URL);

// Must happen before the app is ready: app:// gets a real origin and a secure context.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// One Factdesk per person: a second launch hands over its file and quits. Files asked for (the
// command line, macOS's open-file, a second launch) wait in `launchFiles` until the app is ready.
const launchFiles = new LaunchFiles();
let started = false;
const primary = claimSingleInstance(app, process.argv, process.cwd(), launchFiles, () => showWindow());

// One hidden print window for every PDF (issue 16), created with the first and closed with the
// main window: a window left open would keep the app from quitting.
const pdfPrinter = electronPdfPrinter((options) => new BrowserWindow(options));

async function openCore(path: string, create: boolean): Promise<FactdeskCore> {
  const settingsDir = app.getPath('userData');
  return openFactdesk({
    path,
    create,
    reviewer: await resolveReviewerName(settingsDir),
    settingsDir,
    // The list shows at once; writes wait for quick_check, which closes a damaged file (issue 16).
    integrityCheck: 'background',
    host: {
      openExternal: async (url) => {
        if (!isWebUrl(url)) return false;
        await shell.openExternal(url);
        return true;
      },
      printPdf: pdfPrinter.print,
      // A preserved copy, written by the core to a file of its own, opened with the system's viewer.
      openPath: openWithSystemViewer(shell),
      // Archiving a source: Electron renders the page itself, hidden, sandboxed, on a partition of its own.
      capturePage: electronPageCapturer((options) => new BrowserWindow(options), (partition) => session.fromPartition(partition)),
    },
  });
}

async function pickDatabaseFile(mode: 'open' | 'new'): Promise<string | null> {
  if (!window) return null;
  if (mode === 'open') {
    const r = await dialog.showOpenDialog(window, {
      title: 'Open a Factdesk database',
      properties: ['openFile'],
      filters: [{ name: 'Factdesk database', extensions: ['factdesk', 'db', 'sqlite'] }],
    });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  }
  const r = await dialog.showSaveDialog(window, {
    title: 'New Factdesk database',
    defaultPath: 'team.factdesk',
    filters: [{ name: 'Factdesk database', extensions: ['factdesk', 'db'] }],
  });
  return r.canceled ? null : (r.filePath ?? null);
}

/** Shows another file in the window: the menu's New/Open/Recent (the start screen goes through the API). */
async function openDatabase(path: string, create: boolean): Promise<void> {
  if (!workspace) return;
  const core = await workspace.switchTo(path, create);
  window?.setTitle(`Factdesk — ${core.path}`);
  window?.webContents.reload();
}

/** A file given to the running app (double-click, open-file, a second launch): never created, only opened. */
function openRequested(path: string): void {
  void openDatabase(path, false).catch((e: unknown) => showError('The database could not be opened', e));
}

/** Brings the window to the front, or makes one (macOS keeps running without windows). */
function showWindow(): void {
  if (!started) return;
  if (!window) {
    createWindow();
    return;
  }
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

async function chooseAndOpen(mode: 'open' | 'new'): Promise<void> {
  const path = await pickDatabaseFile(mode);
  if (!path) return;
  await openDatabase(path, mode === 'new').catch((e: unknown) => showError('The database could not be opened', e));
}

async function importWithDialog(): Promise<void> {
  const core = workspace?.current;
  if (!window || !core) return;
  const result = await dialog.showOpenDialog(window, {
    title: 'Import articles',
    properties: ['openFile', 'openDirectory', 'multiSelections'],
    filters: [{ name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] }],
  });
  if (result.canceled || result.filePaths.length === 0) return;
  const outcomes = await core.importPaths(result.filePaths, (done, total) => window?.setProgressBar(done / total));
  window.setProgressBar(-1);
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length > 0) {
    await dialog.showMessageBox(window, {
      type: 'warning',
      message: `${outcomes.length - failed.length} imported, ${failed.length} not imported (refused or skipped)`,
      detail: failed.map((o) => o.error).join('\n'),
    });
  }
}

async function exportWithDialog(): Promise<void> {
  const core = workspace?.current;
  if (!window || !core) return;
  const result = await dialog.showSaveDialog(window, {
    title: 'Export report of the whole database',
    defaultPath: 'factdesk-report.html',
    filters: [
      { name: 'HTML report', extensions: ['html'] },
      { name: 'PDF report', extensions: ['pdf'] },
      { name: 'Markdown report', extensions: ['md'] },
      { name: 'CSV', extensions: ['csv'] },
      { name: 'ClaimReview JSON-LD', extensions: ['claimreview.json'] },
      { name: 'Web Annotation JSON-LD', extensions: ['annotations.json', 'jsonld'] },
    ],
  });
  if (result.canceled || !result.filePath) return;
  const format = formatFromPath(result.filePath);
  const out = await core.renderExport({ format, filter: {} });
  await writeFile(result.filePath, Buffer.from(out.content, out.encoding === 'base64' ? 'base64' : 'utf8'));
}

function formatFromPath(path: string): ExportFormat {
  if (path.endsWith('.claimreview.json')) return 'claimreview';
  if (path.endsWith('.annotations.json') || path.endsWith('.jsonld')) return 'annotations';
  const ext = path.split('.').pop() ?? 'html';
  const parsed = exportFormat.safeParse(ext);
  return parsed.success ? parsed.data : 'html';
}

let menuBuilds = 0;

async function buildMenu(): Promise<void> {
  const build = ++menuBuilds;
  const recent = await readRecent(recentFile());
  // Files opened in quick succession start several builds: only the newest list may win.
  if (build !== menuBuilds) return;
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'New Database…', accelerator: 'CmdOrCtrl+N', click: () => void chooseAndOpen('new') },
        { label: 'Open Database…', accelerator: 'CmdOrCtrl+O', click: () => void chooseAndOpen('open') },
        {
          label: 'Open Recent',
          submenu: recent.length
            ? recent.map((p) => ({ label: p, click: () => void openDatabase(p, false).catch((e: unknown) => showError('The database could not be opened', e)) }))
            : [{ label: 'No recent databases', enabled: false }],
        },
        { type: 'separator' },
        { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: () => void importWithDialog().catch((e: unknown) => showError('Import failed', e)) },
        // Ctrl/Cmd+E belongs to the workbench's own export dialog (scope, filters, preview); the
        // menu keeps a quick whole-database export with a native save dialog.
        { label: 'Export Whole Database…', click: () => void exportWithDialog().catch((e: unknown) => showError('Export failed', e)) },
        { type: 'separator' },
        settingsMenuItem(() => window?.webContents ?? null),
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function showError(title: string, e: unknown): void {
  dialog.showErrorBox(title, e instanceof Error ? e.message : String(e));
}

function createWindow(): void {
  window = new BrowserWindow(mainWindowOptions(join(here, '../preload/index.cjs')));
  guardNavigation(window.webContents, rendererUrl(), (url) => void shell.openExternal(url));
  window.once('ready-to-show', () => window?.show());
  // The page blocks unloading while a claim has unsaved edits: ask instead of silently staying open.
  window.webContents.on('will-prevent-unload', (event) => {
    if (!window) return;
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Stay and save', 'Close without saving'],
      defaultId: 0,
      cancelId: 0,
      message: 'A claim has changes that are not saved yet.',
      detail: 'Stay to let them save, or close and lose them.',
    });
    if (choice === 1) event.preventDefault();
  });
  window.on('closed', () => {
    pdfPrinter.close();
    window = null;
  });
  void window.loadURL(rendererUrl());
}

app.whenReady().then(async () => {
  if (!primary) return;
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  protocol.handle(APP_SCHEME, appProtocolHandler(join(here, '../renderer'), CONTENT_SECURITY_POLICY));
  // The workbench needs no camera, clipboard read, notifications, USB, serial or HID: deny them all,
  // both when the page asks and when it only checks.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setDevicePermissionHandler(() => false);
  registerApiHandlers(
    ipcMain,
    () => {
      if (!workspace) throw new Error('No database is open.');
      return workspace.api();
    },
    makeSenderCheck(rendererUrl()),
  );
  const sessionOptions = {
    open: openCore,
    recentFile: recentFile(),
    pickDatabaseFile,
    // The menu's Open Recent and the system's recent documents follow every file opened, however it was chosen.
    onOpened: (path: string) => {
      app.addRecentDocument(path);
      void buildMenu();
    },
  };
  const resume = (): Promise<Workspace> =>
    // The last file is reopened, never recreated: if it has gone, say so and start with the default.
    Workspace.resume(sessionOptions, defaultDb(), (e) => showError('The last database could not be opened; starting with the default one', e));
  const requested = launchFiles.takeWaiting();
  workspace = await (requested === null
    ? resume()
    : Workspace.start(sessionOptions, requested, false).catch((e: unknown) => {
        showError('The database could not be opened', e);
        return resume();
      }));
  await buildMenu();
  createWindow();
  started = true;
  launchFiles.ready(openRequested);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('before-quit', () => {
  void workspace?.close();
});
