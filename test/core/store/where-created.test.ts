// Issue 10.6: a database is created only where a person chose, never in someone else's file, never
// in a folder Factdesk had to invent, and the answer says where it landed. Real files in temp folders.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/core/store/open';
import { resolveTypedDatabasePath } from '../../../main/core/store/paths';
import { openingError } from './planted';
import { removeTempDirs, snapshotDir, tempDir } from './temp';

afterEach(removeTempDirs);

describe('creating a database file', () => {
  it('creates a new file in an existing folder and says it created it', async () => {
    const path = join(tempDir(), 'team.factdesk');
    const db = await openDatabase(path);
    expect(db.created).toBe(true);
    await db.connection.close();
    const again = await openDatabase(path);
    expect(again.created).toBe(false);
    await again.connection.close();
  });

  it('does not create missing folders: it refuses with a sentence naming the folder', async () => {
    const dir = tempDir();
    const path = join(dir, 'no', 'such', 'folder', 'team.db');
    const error = await openingError(path);
    expect(error.code).toBe('not_found');
    expect(error.message).toContain(join(dir, 'no', 'such', 'folder'));
    expect(error.message).toMatch(/does not exist/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a path whose folder is a file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'my notes');
    const error = await openingError(join(dir, 'notes.txt', 'team.db'));
    expect(error.message).toMatch(/not a folder/);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('my notes');
  });

  it('refuses an existing empty file that is not named like a database (a project file such as __init__.py)', async () => {
    const dir = tempDir();
    const path = join(dir, '__init__.py');
    writeFileSync(path, '');
    const before = snapshotDir(dir);
    for (const create of [true, false]) {
      const error = await openingError(path, create);
      expect(error.code).toBe('refused_file');
      expect(error.message).toContain(path);
      expect(error.message).toMatch(/empty file/);
      expect(error.message).toMatch(/\.factdesk or \.db/);
    }
    expect(statSync(path).size).toBe(0);
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('makes a database in an existing empty .db or .factdesk file, and says so', async () => {
    const dir = tempDir();
    for (const name of ['made-by-touch.db', 'Team.FACTDESK']) {
      writeFileSync(join(dir, name), '');
      const db = await openDatabase(join(dir, name), { create: false });
      expect(db.created).toBe(true);
      await db.connection.close();
      expect(readFileSync(join(dir, name)).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    }
  });

  it('refuses a folder given as the database', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder.db'));
    const error = await openingError(join(dir, 'folder.db'));
    expect(error.message).toMatch(/folder, not a file|not a regular file/);
  });
});

describe('a path typed by a person (start screen)', () => {
  const home = '/home/ana';

  it('takes relative paths and ~ from the home folder', () => {
    expect(resolveTypedDatabasePath('team.db', { home, create: false })).toBe('/home/ana/team.db');
    expect(resolveTypedDatabasePath('desk/team.db', { home, create: false })).toBe('/home/ana/desk/team.db');
    expect(resolveTypedDatabasePath('~/desk/team.db', { home, create: false })).toBe('/home/ana/desk/team.db');
    expect(resolveTypedDatabasePath('  /srv/share/team.db ', { home, create: false })).toBe('/srv/share/team.db');
  });

  it('adds .factdesk when creating a file whose name has neither .factdesk nor .db', () => {
    expect(resolveTypedDatabasePath('team', { home, create: true })).toBe('/home/ana/team.factdesk');
    expect(resolveTypedDatabasePath('/srv/x/__init__.py', { home, create: true })).toBe('/srv/x/__init__.py.factdesk');
    expect(resolveTypedDatabasePath('/srv/x/team.db', { home, create: true })).toBe('/srv/x/team.db');
    expect(resolveTypedDatabasePath('/srv/x/Team.Factdesk', { home, create: true })).toBe('/srv/x/Team.Factdesk');
    // Opening takes the name as typed: an existing file is what it is.
    expect(resolveTypedDatabasePath('/srv/x/team', { home, create: false })).toBe('/srv/x/team');
  });
});
