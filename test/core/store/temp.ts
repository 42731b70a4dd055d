// Temporary folders for real database files, removed after each test file.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

export function tempDir(prefix = 'factdesk-store-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Every file in a folder with the SHA-256 of its bytes: proves a refused file (and its neighbours)
 * stayed untouched. Hashes, because deep-comparing megabyte Buffers byte by byte takes seconds.
 */
export function snapshotDir(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir).map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]),
  );
}
