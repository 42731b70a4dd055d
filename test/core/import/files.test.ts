// Collecting files and folders for one import call, on real folders in a temp dir.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectImportFiles } from '../../../main/core/import/index.js';
import { importRefusal, withTempDir } from './helpers.js';

async function touch(dir: string, relative: string): Promise<void> {
  const file = path.join(dir, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, 'x');
}

describe('collectImportFiles', () => {
  it('walks folders recursively in a stable order, keeping only importable extensions', async () => {
    await withTempDir(async (dir) => {
      for (const name of [
        'b/002_b.txt', 'b/001_a.md', 'a/zeta.HTML', 'a/sub/page.htm', 'a/notes.markdown', '010.txt', '002.txt',
        'Z-upper.txt', 'photo.png', 'report.pdf', '.hidden.txt', '.git/config.txt', 'a/sub/.DS_Store',
      ]) {
        await touch(dir, name);
      }
      const files = await collectImportFiles([dir]);
      expect(files.map((f) => path.relative(dir, f))).toEqual([
        '002.txt', '010.txt', 'Z-upper.txt', 'a/notes.markdown', 'a/sub/page.htm', 'a/zeta.HTML', 'b/001_a.md', 'b/002_b.txt',
      ]);
      // Same answer every time.
      expect(await collectImportFiles([dir])).toEqual(files);
    });
  });

  it('keeps the order of the arguments, includes files named explicitly and lists each file once', async () => {
    await withTempDir(async (dir) => {
      await touch(dir, 'folder/one.txt');
      await touch(dir, 'folder/two.txt');
      await touch(dir, 'single.txt');
      await touch(dir, 'scan.pdf');
      const files = await collectImportFiles([
        path.join(dir, 'single.txt'),
        path.join(dir, 'folder'),
        path.join(dir, 'folder/one.txt'),
        path.join(dir, 'scan.pdf'), // named explicitly: the parser will refuse it with a reason
      ]);
      expect(files.map((f) => path.relative(dir, f))).toEqual(['single.txt', 'folder/one.txt', 'folder/two.txt', 'scan.pdf']);
      expect(files.every((f) => path.isAbsolute(f))).toBe(true);
    });
  });

  it('survives a symlink loop', async () => {
    await withTempDir(async (dir) => {
      await touch(dir, 'articles/a.txt');
      await symlink(path.join(dir, 'articles'), path.join(dir, 'articles/loop'));
      const files = await collectImportFiles([path.join(dir, 'articles')]);
      expect(files.map((f) => path.relative(dir, f))).toEqual(['articles/a.txt']);
    });
  });

  it('refuses a path that does not exist', async () => {
    await withTempDir(async (dir) => {
      const missing = path.join(dir, 'missing-folder');
      const error = await importRefusal(() => collectImportFiles([missing]));
      expect(error.message).toBe(`${missing} does not exist`);
      expect(error.details?.reason).toBe('missing');
    });
  });
});
