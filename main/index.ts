// The Electron shell: one window, the menu, native dialogs, and IPC wired to the core.
// Everything else (storage, import, export, review) is the core, which never imports electron.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { TFunction } from 'i18next';
import { dirname, join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openFactdesk, type FactdeskCore } from './core/service';
import { registerApiHandlers, makeSenderCheck } from './shell/ipc';
import { CONTENT_SECURITY_POLICY, guardNavigation, isWebUrl, mainWindowOptions } from './shell/window';
import { electronPdfPrinter } from './shell/pdf';
import { applicationMenuTemplate, sendMenuCommand } from './shell/menu';
import {
  exportDialog,
  exportFormatFromPath,
  importDialog,
  importSummary,
  newDatabaseDialog,
  openDatabaseDialog,
  unsavedChangesQuestion,
} from './shell/dialogs';
import { shellLanguage } from './shell/language';
import { openWithSystemViewer } from './shell/open-path';
import { electronPageCapturer } from './shell/capture';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler, rendererUrl as pageUrl } from './shell/app-protocol';
import { readRecent } from './core/recent';
import { claimSingleInstance, LaunchFiles } from './shell/launch-files';
import { DEFAULT_DATABASE_NAME, RECENT_FILE_NAME } from './core/settings/desktop-data';
import { Workspace } from './core/workspace';
import { readAppSettings, resolveReviewerName } from './core/settings/app-settings';
import { translator, type Language } from '@common/i18n';

// The bundle is ESM: no __dirname. out/main/index.js sits beside out/preload and out/renderer.
const here = dirname(fileURLToPath(import.meta.url));

let workspace: Workspace | null = null;
let window: BrowserWindow | null = null;
// The shell's own words (menu, dialogs, error boxes), in the language chosen at start and at each menu build.
let t: TFunction = translator('en', 'shell');

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
    const r = await dialog.showOpenDialog(window, openDatabaseDialog(t));
    return r.canceled ? null : (r.filePaths[0] ?? null);
  }
  const r = await dialog.showSaveDialog(window, newDatabaseDialog(t));
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
  void openDatabase(path, false).catch((e: unknown) => showError(t('error.openFailed'), e));
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
  await openDatabase(path, mode === 'new').catch((e: unknown) => showError(t('error.openFailed'), e));
}

async function importWithDialog(): Promise<void> {
  const core = workspace?.current;
  if (!window || !core) return;
  const result = await dialog.showOpenDialog(window, importDialog(t));
  if (result.canceled || result.filePaths.length === 0) return;
  const outcomes = await core.importPaths(result.filePaths, (done, total) => window?.setProgressBar(done / total));
  window.setProgressBar(-1);
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length > 0) {
    await dialog.showMessageBox(window, {
      type: 'warning',
      message: importSummary(t, outcomes.length - failed.length, failed.length),
      detail: failed.map((o) => o.error).join('\n'),
    });
  }
}

async function exportWithDialog(): Promise<void> {
  const core = workspace?.current;
  if (!window || !core) return;
  const result = await dialog.showSaveDialog(window, exportDialog(t));
  if (result.canceled || !result.filePath) return;
  const format = exportFormatFromPath(result.filePath);
  // A WACZ carries evidence files of any size: streamed to the chosen file as the CLI does, never
  // through one call (the workbench's dialog refuses past that limit).
  if (format === 'wacz') {
    await core.writeWacz({}, result.filePath);
    return;
  }
  const out = await core.renderExport({ format, filter: {} });
  await writeFile(result.filePath, Buffer.from(out.content, out.encoding === 'base64' ? 'base64' : 'utf8'));
}

/** The reviewer's interface language from settings.json (what setPreferences writes), else the system's. */
async function chosenLanguage(): Promise<Language> {
  const saved = await readAppSettings(app.getPath('userData')).catch(() => null);
  return shellLanguage(saved?.interfaceLanguage ?? null, app.getLocale());
}

let menuBuilds = 0;

async function buildMenu(): Promise<void> {
  const build = ++menuBuilds;
  const [recent, language] = await Promise.all([readRecent(recentFile()), chosenLanguage()]);
  // Files opened in quick succession start several builds: only the newest list may win.
  if (build !== menuBuilds) return;
  t = translator(language, 'shell');
  const template = applicationMenuTemplate({
    t,
    platform: process.platform,
    appName: app.name,
    recent,
    actions: {
      newDatabase: () => void chooseAndOpen('new'),
      openDatabase: () => void chooseAndOpen('open'),
      openRecent: (path) => void openDatabase(path, false).catch((e: unknown) => showError(t('error.openFailed'), e)),
      importArticles: () => void importWithDialog().catch((e: unknown) => showError(t('error.importFailed'), e)),
      exportDatabase: () => void exportWithDialog().catch((e: unknown) => showError(t('error.exportFailed'), e)),
      openSettings: sendMenuCommand(() => window?.webContents ?? null, 'open-settings'),
    },
  });
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
    const choice = dialog.showMessageBoxSync(window, unsavedChangesQuestion(t));
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
  // Before anything can fail: the error boxes of the start already speak the reviewer's language.
  t = translator(await chosenLanguage(), 'shell');
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
    () => workspace?.api() ?? null,
    makeSenderCheck(rendererUrl()),
    // The reviewer switched the interface language in the workbench: the menu follows at once.
    (method) => {
      if (method === 'setPreferences') void buildMenu();
    },
    // Its refusals ("No database is open.") in the language of the menus, which follows the reviewer's.
    () => t,
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
    Workspace.resume(sessionOptions, defaultDb(), (e) => showError(t('error.lastMissing'), e));
  const requested = launchFiles.takeWaiting();
  workspace = await (requested === null
    ? resume()
    : Workspace.start(sessionOptions, requested, false).catch((e: unknown) => {
        showError(t('error.openFailed'), e);
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
