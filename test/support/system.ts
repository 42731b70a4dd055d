// Real faults for tests (they run as root): commands such as mount and chattr, temporary folders
// undone after each test, and a disk filled up to its last byte.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function run(command: string, ...args: string[]): void {
  execFileSync(command, args, { stdio: 'pipe' });
}

/** Things to undo after a test, last first (unmount before removing the folder it was in). */
export class Cleanups {
  private readonly undo: Array<() => void> = [];

  add(step: () => void): void {
    this.undo.push(step);
  }

  /** A fresh folder under the system's temp folder, removed afterwards. */
  folder(prefix = 'factdesk-test-'): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    this.add(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  /** A tmpfs of `size` (e.g. "2m") mounted on `dir`, unmounted afterwards. */
  smallDisk(dir: string, size: string): string {
    run('mount', '-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir);
    this.add(() => run('umount', '-l', dir));
    return dir;
  }

  runAll(): void {
    for (const step of this.undo.splice(0).reverse()) step();
  }
}

/** Fills the file system holding `folder` until it refuses another byte; returns how to free it. */
export function fillDisk(folder: string): () => void {
  const filler = join(folder, 'filler.bin');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    closeSync(fd);
  }
  return () => rmSync(filler);
}
