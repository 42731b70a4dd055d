// Where a database may be created or opened, and what the file system says about a path, as
// sentences. A database is made only where a person chose: never in a folder Factdesk would have
// to invent, never in another program's file (not even an empty one), and a typed path is
// resolved against a stated base (the home folder) instead of the process's working folder.
import { accessSync, constants, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { FactdeskError } from '@common/domain/errors';

/** The names Factdesk gives its files; an empty file is made a database only under one of them. */
export const DATABASE_EXTENSIONS = ['.factdesk', '.db'] as const;
/** Added by Create to a typed name that has no database extension. */
export const DEFAULT_EXTENSION = '.factdesk';

export function hasDatabaseExtension(path: string): boolean {
  const name = basename(path).toLowerCase();
  return DATABASE_EXTENSIONS.some((ext) => name.endsWith(ext) && name.length > ext.length);
}

/**
 * A path typed in the start screen: `~` and relative paths are taken from the home folder (the
 * bridge's working folder is an accident of how it was started); Create adds `.factdesk` to a name
 * without a database extension, so "team" becomes team.factdesk and never a bare file.
 */
export function resolveTypedDatabasePath(typed: string, options: { home: string; create: boolean }): string {
  const trimmed = typed.trim();
  let path: string;
  if (trimmed === '~') path = options.home;
  else if (trimmed.startsWith('~/') || trimmed.startsWith('~\\')) path = join(options.home, trimmed.slice(2));
  else path = isAbsolute(trimmed) ? resolve(trimmed) : resolve(options.home, trimmed);
  if (options.create && !hasDatabaseExtension(path)) path += DEFAULT_EXTENSION;
  return path;
}

/** The folder a new database would go in must exist already, be a folder, and take new files. */
export function checkCreatable(path: string): void {
  const folder = dirname(resolve(path));
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new FactdeskError(
        'not_found',
        `No database was created at "${path}": the folder "${folder}" does not exist. Factdesk does not create folders; create it first or choose another folder.`,
        { path, folder },
      );
    }
    if (code === 'ENOTDIR') isFolder = false;
    else throw fileSystemRefusal(path, e, 'create');
  }
  if (!isFolder) {
    throw new FactdeskError(
      'refused_file',
      `No database was created at "${path}": "${folder}" is not a folder (part of the path is a file). Choose a path inside a folder.`,
      { path, folder },
    );
  }
  const denied = writeDenial(folder);
  if (denied) {
    const why = denied === 'read-only disk' ? `the folder "${folder}" is on a read-only disk or share` : `you are not allowed to change the folder "${folder}"`;
    throw new FactdeskError('read_only', `No database was created at "${path}": ${why}. Nothing was changed; choose a folder you can write to.`, {
      path,
      folder,
    });
  }
}

/** Why `path` cannot be written, or null when it can (or when the answer is not about writing). */
function writeDenial(path: string): 'read-only disk' | 'not allowed' | null {
  try {
    accessSync(path, constants.W_OK);
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EROFS') return 'read-only disk';
    // EPERM is what root meets on an immutable file (chattr +i).
    if (code === 'EACCES' || code === 'EPERM') return 'not allowed';
    return null;
  }
}

export interface WriteAccess {
  writable: boolean;
  /** Why the database cannot be changed, as a sentence; null when it can. */
  reason: string | null;
}

/**
 * Whether SQLite could write this existing database: the file itself, and its folder (the journal,
 * or the WAL and shared-memory files, are created beside it). Asked of the operating system
 * (access(2)), which also answers for root on a read-only mount or an immutable file.
 */
export function writeAccess(path: string): WriteAccess {
  const folder = dirname(resolve(path));
  const file = writeDenial(path);
  const denied = file ?? writeDenial(folder);
  if (denied === null) return { writable: true, reason: null };
  if (denied === 'read-only disk') return { writable: false, reason: 'The file is on a read-only disk or share.' };
  return {
    writable: false,
    reason: file
      ? 'You are not allowed to change the file.'
      : `You are not allowed to change its folder "${folder}", where SQLite keeps the files it needs while saving.`,
  };
}

/**
 * A file-system error met on the way to a database, as a sentence: what happened, that nothing
 * changed, what to do. Unknown errors are returned as they are.
 */
export function fileSystemRefusal(path: string, e: unknown, doing: 'open' | 'create' = 'open'): unknown {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const verb = doing === 'open' ? 'open' : 'create a database at';
  switch (code) {
    case 'ELOOP':
      return new FactdeskError(
        'refused_file',
        `Factdesk cannot ${verb} "${path}": the path is a loop of symbolic links that lead back to each other, so there is no file at the end of it. Nothing was changed. Point the link at the database file, or choose the file itself.`,
        { path, errno: code },
      );
    case 'EACCES':
    case 'EPERM':
      return new FactdeskError(
        'refused_file',
        `Factdesk cannot ${verb} "${path}": you are not allowed to ${doing === 'open' ? 'read it or one of the folders on its path' : 'use that folder'} (permission denied). Nothing was changed. Ask the owner for access, or copy the file to a folder of yours and open the copy.`,
        { path, errno: code },
      );
    case 'ENOTDIR':
      return new FactdeskError('not_found', `There is no database at "${path}": part of the path is a file, not a folder.`, { path, errno: code });
    case 'ENAMETOOLONG':
      return new FactdeskError('invalid_input', `The path "${path}" is too long for the file system.`, { path, errno: code });
    default:
      return e;
  }
}
