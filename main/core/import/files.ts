// Finding and reading import files. Sizes are checked with stat before any byte is read, so a
// 300 MB file dropped in by mistake costs nothing.
import { MAX_IMPORT_BYTES } from '@common/domain/limits';
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '@common/domain/problem';
import { problemText } from '@common/i18n/problems';
import { importProblem, refuseImport } from './problems.js';

export const IMPORTABLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm'];
/** 20 MiB: far above any article, far below what would hurt the app (the workbench checks it too). */
export { MAX_IMPORT_BYTES };

export function isImportableName(fileName: string): boolean {
  return IMPORTABLE_EXTENSIONS.includes(path.extname(fileName).toLowerCase());
}

/** A folder (or file) a folder import could not read; the rest of the import goes on without it. */
export interface SkippedPath {
  path: string;
  /** The sentence for the user: what was skipped and why (English; `problem` says it by key). */
  message: string;
  problem: Problem;
}

/** Why a path could not be read, as the end of a sentence ("you may not read it (permission denied)"). */
export function unreadableBecause(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'you may not read it (permission denied)';
    case 'ELOOP':
      return 'its symbolic links form a loop';
    case 'ENOENT':
      return 'it disappeared while the import ran';
    case 'EIO':
      return 'the disk reported a read error';
    default:
      return `it could not be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

/** The same reason as the values of common:problem.import.unreadable/folderSkipped. */
function unreadableValues(error: unknown): { because: string; detail: string } {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const because = { EACCES: 'denied', EPERM: 'denied', ELOOP: 'loop', ENOENT: 'gone', EIO: 'io' }[code ?? ''] ?? 'other';
  return { because, detail: code ?? (error instanceof Error ? error.message : String(error)) };
}

/**
 * The files to import for the given files and folders, in a stable order: arguments in the order
 * given; inside a folder, paths sorted by code point (not locale) at every level. Folders are
 * searched recursively for importable extensions, skipping hidden entries (".git", ".DS_Store").
 * A file named explicitly is always included so that the user gets a per-file reason if it cannot
 * be imported (e.g. "looks like a binary file") instead of silence. Each file appears once.
 * A subfolder that cannot be read is added to `skipped` with the reason, and the search goes on.
 */
export async function collectImportFiles(paths: string[], skipped: SkippedPath[] = []): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    if (!seen.has(file)) {
      seen.add(file);
      found.push(file);
    }
  };
  for (const given of paths) {
    const absolute = path.resolve(given);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      throw refuseImport(path.basename(given), 'missing', 'vanished', { path: given });
    }
    if (info.isDirectory()) {
      const visited = new Set<string>();
      for (const file of await walk(absolute, visited, skipped)) add(file);
    } else {
      add(absolute);
    }
  }
  return found;
}

async function walk(directory: string, visited: Set<string>, skipped: SkippedPath[]): Promise<string[]> {
  let entries;
  try {
    const real = await realpath(directory);
    if (visited.has(real)) return []; // symlink loop
    visited.add(real);
    entries = await readdir(directory, { withFileTypes: true });
  } catch (e) {
    const problem = importProblem('folderSkipped', { folder: path.basename(directory), parent: path.dirname(directory), ...unreadableValues(e) });
    skipped.push({ path: directory, message: problemText('en', problem), problem });
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(directory, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => null);
      isDirectory = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDirectory) files.push(...(await walk(full, visited, skipped)));
    else if (isFile && isImportableName(entry.name)) files.push(full);
  }
  return files;
}

/**
 * Reads one import file, refusing (before reading) anything that is not a regular file or too
 * large. Synchronously: the import worker reads each file itself
 * (issue 16: five trips through the main thread and libuv's pool per file cost as much as
 * parsing it), and its time limit covers a read that hangs.
 */
export function readImportFileSync(filePath: string): Uint8Array {
  const name = path.basename(filePath);
  let info;
  try {
    info = statSync(filePath);
  } catch {
    throw refuseImport(name, 'missing', 'vanished', { path: filePath });
  }
  if (!info.isFile()) throw refuseImport(name, 'not_a_file', 'notAFile');
  if (info.size > MAX_IMPORT_BYTES) throw tooLarge(name, info.size);
  let fd: number;
  try {
    fd = openSync(filePath, 'r');
  } catch (e) {
    throw refuseImport(name, 'unreadable', 'unreadable', unreadableValues(e));
  }
  try {
    // Read at most one byte past the limit: the file may have grown since stat.
    const buffer = Buffer.alloc(Math.min(info.size, MAX_IMPORT_BYTES) + 1);
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_IMPORT_BYTES) throw tooLarge(name, fstatSync(fd).size);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(name: string, size: number): Error {
  return refuseImport(name, 'too_large', 'tooLarge', { size: megabytes(size), max: megabytes(MAX_IMPORT_BYTES) });
}

/** Whole megabytes from 10 MB, one decimal below (the catalogue writes the number in its locale). */
function megabytes(bytes: number): number {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10;
}
