// What a failing disk, a read-only file or a damaged search index means for the person working,
// as sentences: what happened, that nothing was lost, what to do. SQLite's own messages
// ("SQLITE_FULL: database or disk is full") never reach the screen.
import { statfsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { FactdeskError } from '@common/domain/errors';

const KEPT = 'Nothing that was saved before is lost.';
const KEEP_WORKING = 'You can still read, search and export it';

export function readOnlyError(path: string, reason: string | null): FactdeskError {
  return new FactdeskError(
    'read_only',
    `"${path}" is open read-only, so this change was not saved; nothing else was changed.${reason ? ` ${reason}` : ''} ${KEEP_WORKING}. To make changes, copy it to a folder you can write to and open the copy, or ask for write access.`,
    { path },
  );
}

export interface ErrorContext {
  path: string;
  readOnly: boolean;
  /** The file's inode when it was opened, to tell "moved away" from "became read-only". */
  inode: number | null;
}

/** The SQLite result code (e.g. "SQLITE_BUSY") of a driver error, also when it is the cause of ours. */
export function driverCode(e: unknown): string | undefined {
  for (let current = e, depth = 0; current instanceof Error && depth < 3; current = current.cause, depth++) {
    const code: unknown = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
  }
  return undefined;
}

/** SQLite's errors for a damaged FTS5 index ("invalid fts5 file format …", "fts5: corruption …"). */
export function isSearchIndexError(e: unknown): boolean {
  return driverCode(e) !== undefined && e instanceof Error && /fts5/i.test(e.message);
}

export function searchIndexNotice(readOnly: boolean): string {
  return readOnly
    ? 'The search index of this file is damaged, and the file is read-only, so Factdesk cannot rebuild it: searching does not work here, while reading, listing and exporting do. Nothing was lost. Copy the file to a folder you can write to and open the copy: Factdesk rebuilds the index when it opens it.'
    : 'The search index of this file was damaged; Factdesk rebuilt it from the articles, claims and sources when it opened the file. Nothing was lost.';
}

/**
 * A driver error from a database in use, as a FactdeskError with a sentence (the driver error is
 * its cause); anything this does not recognise is returned unchanged.
 */
export function explainStorageError(e: unknown, context: ErrorContext): unknown {
  if (e instanceof FactdeskError) return e;
  const code = driverCode(e);
  if (code === undefined) return e;
  const { path } = context;
  const detail = (e as Error).message.replace(/^SQLITE_\w+: /, '');
  const explained = (errorCode: FactdeskError['code'], message: string): FactdeskError => {
    const error = new FactdeskError(errorCode, message, { path, sqlite: code });
    error.cause = e;
    return error;
  };
  if (isSearchIndexError(e)) {
    return explained(
      'damaged',
      context.readOnly
        ? `The search index of "${path}" is damaged (${detail}), so this search could not run. Nothing was lost: articles, claims and sources are stored apart from the index. The file is read-only, so Factdesk cannot rebuild the index here; copy it to a folder you can write to and open the copy, and Factdesk rebuilds it.`
        : `The search index of "${path}" is damaged (${detail}), so this could not be done. Nothing was lost: articles, claims and sources are stored apart from the index. Close the database and open it again: Factdesk rebuilds a damaged index when it opens the file.`,
    );
  }
  // A full disk also shows as an I/O error when SQLite cannot grow its -shm or -wal file.
  const full = code === 'SQLITE_FULL' || (code === 'SQLITE_IOERR' && diskIsFull(path));
  switch (full ? 'SQLITE_FULL' : code) {
    case 'SQLITE_FULL':
      return explained(
        'disk_full',
        `There is no room left on the disk that holds "${path}", so this change was not saved. ${KEPT} Free some space on that disk (or move the database to a disk with room), then try again.`,
      );
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
      if (movedAway(context)) {
        return explained(
          'read_only',
          `"${path}" was moved, renamed or deleted while Factdesk had it open, so this change was not saved. ${KEPT} Open the file again from where it is now.`,
        );
      }
      return explained(
        'read_only',
        `"${path}" can no longer be written (the file, its folder or its disk became read-only), so this change was not saved. ${KEPT} Make it writable again and retry, or copy it to a folder you can write to and open the copy.`,
      );
    case 'SQLITE_IOERR':
      return explained(
        'internal',
        `The disk or share holding "${path}" reported an error (${detail}), so this change was not saved. ${KEPT} Check that the disk or share is still connected and can be written, then try again.`,
      );
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return explained(
        'damaged',
        `"${path}" turned out to be damaged (${detail}), so this could not be done; nothing was changed. Close it and open it again: Factdesk checks a file when it opens it and says what is wrong. If it is refused, restore it from a backup.`,
      );
    default:
      return e;
  }
}

/** Less room left than a few pages of a write: SQLite's I/O error was the disk filling up. */
function diskIsFull(path: string): boolean {
  try {
    const fs = statfsSync(dirname(path));
    return fs.bavail * fs.bsize < 256 * 1024;
  } catch {
    return false;
  }
}

function movedAway(context: ErrorContext): boolean {
  if (context.inode === null) return false;
  try {
    return statSync(context.path).ino !== context.inode;
  } catch {
    return true;
  }
}

/**
 * The same faults met outside a database connection (a backup copy, a settings file, a path),
 * where only the operating system's code is known: the sentence without the file's name.
 */
export function explainSystemError(e: unknown): unknown {
  if (e instanceof FactdeskError || !(e instanceof Error)) return e;
  const code = (e as NodeJS.ErrnoException).code;
  const path = (e as NodeJS.ErrnoException).path;
  const where = path ? ` ("${path}")` : '';
  const explained = (errorCode: FactdeskError['code'], message: string): FactdeskError => {
    const error = new FactdeskError(errorCode, message, path ? { path } : undefined);
    error.cause = e;
    return error;
  };
  switch (code ?? driverCode(e)) {
    case 'ENOSPC':
    case 'SQLITE_FULL':
      return explained('disk_full', `The disk is full${where}, so this was not saved. ${KEPT} Free some space, then try again.`);
    case 'EROFS':
    case 'SQLITE_READONLY':
      return explained('read_only', `A file Factdesk needed to write is read-only${where}, so this was not saved. ${KEPT} Make it writable or choose another place, then try again.`);
    case 'EACCES':
    case 'EPERM':
      return explained('read_only', `Permission was denied${where}, so this could not be done; nothing was changed. Ask for access or choose a file or folder of yours.`);
    case 'ELOOP':
      return explained('refused_file', `The path${where} is a loop of symbolic links, so there is no file at the end of it; nothing was changed. Point the link at the real file, or choose the file itself.`);
    default:
      return e;
  }
}
