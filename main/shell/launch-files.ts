// How a database file reaches the one running Factdesk: as a command-line argument (a double-click
// on Windows and Linux starts `Factdesk /path/desk.factdesk`), through macOS's `open-file` event
// (which can arrive before the app is ready), or from a second launch, which hands its arguments
// to the first instance and quits. Electron objects come in as parameters, so this is tested with
// fakes (no Electron binary here).
import { isAbsolute, resolve } from 'node:path';
import { hasDatabaseExtension } from '../core/store/paths';

/**
 * The database file named on a command line, made absolute against the folder it was started in;
 * null when none is. Options (Chromium's own, `--inspect`, …) and the app's own path are skipped:
 * only an argument with a database extension (.factdesk, .db) counts, the last one winning.
 */
export function databaseArgument(argv: readonly string[], workingDirectory: string): string | null {
  const files = argv.slice(1).filter((arg) => !arg.startsWith('-') && hasDatabaseExtension(arg));
  const last = files[files.length - 1];
  if (last === undefined) return null;
  return isAbsolute(last) ? last : resolve(workingDirectory, last);
}

/** The part of Electron's `app` this module uses. */
export interface LaunchApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
  on(event: 'open-file', listener: (event: { preventDefault(): void }, path: string) => void): unknown;
}

/**
 * Files asked for before the app can open them wait here (only the newest: one window shows one
 * file); once `ready` is called with the opener, later ones go straight to it.
 */
export class LaunchFiles {
  private pending: string | null = null;
  private opener: ((path: string) => void) | null = null;

  /** The file to start with, if one was asked for; taken, so it is not opened twice. */
  takeWaiting(): string | null {
    const waiting = this.pending;
    this.pending = null;
    return waiting;
  }

  /** From now on files open at once with `open`; one that arrived while the app was starting opens now. */
  ready(open: (path: string) => void): void {
    this.opener = open;
    const waiting = this.takeWaiting();
    if (waiting !== null) open(waiting);
  }

  request(path: string): void {
    if (this.opener) this.opener(path);
    else this.pending = path;
  }
}

/**
 * One Factdesk per person: a second launch passes its file to the first (which shows its window)
 * and quits. Returns false in that second launch, which must then do nothing else. macOS's
 * open-file (a double-click in the Finder, a file dropped on the Dock icon) lands in `files` too.
 */
export function claimSingleInstance(app: LaunchApp, argv: readonly string[], workingDirectory: string, files: LaunchFiles, showWindow: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  const fromCommandLine = databaseArgument(argv, workingDirectory);
  if (fromCommandLine !== null) files.request(fromCommandLine);
  app.on('second-instance', (_event, secondArgv, secondDirectory) => {
    showWindow();
    const file = databaseArgument(secondArgv, secondDirectory);
    if (file !== null) files.request(file);
  });
  app.on('open-file', (event, path) => {
    // Without this, macOS reports that Factdesk could not open the file.
    event.preventDefault();
    showWindow();
    files.request(path);
  });
  return true;
}
