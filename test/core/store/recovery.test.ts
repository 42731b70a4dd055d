// Crash recovery and upgrades: a file whose writer died mid-save opens again with every committed
// change and none of the uncommitted one; an older schema is backed up before it is migrated.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, type Migration } from '../../../main/core/store/migrations';
import { openDatabase } from '../../../main/core/store/open';
import { openConnection } from '../../../main/core/store/sqlite';
import { removeTempDirs, tempDir } from './temp';

afterEach(removeTempDirs);

const DIE_MID_WRITE = join(__dirname, 'fixtures', 'die-mid-write.mjs');

describe('after a writer was killed mid-save', () => {
  it.each([
    ['network', 'delete', '-journal'],
    ['local', 'wal', '-wal'],
  ] as const)('a %s file (%s journal) opens again with only the committed data', async (location, mode, leftover) => {
    const dir = tempDir();
    const path = join(dir, 'crashed.db');
    const created = await openDatabase(path, { location });
    expect(created.journalMode).toBe(mode);
    await created.connection.close();

    const child = spawnSync(process.execPath, [DIE_MID_WRITE, path], { cwd: process.cwd(), encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    expect(readdirSync(dir)).toContain(`crashed.db${leftover}`);

    const reopened = await openDatabase(path, { location });
    try {
      expect(await reopened.connection.get('SELECT value FROM setting WHERE key = ?', ['committed'])).toEqual({
        value: 'before the crash',
      });
      expect(await reopened.connection.get("SELECT count(*) AS n FROM setting WHERE key LIKE 'lost-%'")).toEqual({ n: 0 });
      expect(await reopened.connection.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    } finally {
      await reopened.connection.close();
    }
  });
});

describe('upgrading an older file', () => {
  it('backs the file up with the online backup API, then migrates it', async () => {
    const dir = tempDir();
    const path = join(dir, 'old.db');
    const v1 = await openDatabase(path, { location: 'network' });
    await v1.connection.write((t) => t.run("INSERT INTO setting (key, value) VALUES ('probe', 'from v1')"));
    await v1.connection.close();

    const next: Migration[] = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, name: '999_test_upgrade', sql: 'CREATE TABLE upgrade_probe (x INTEGER) STRICT;' },
    ];
    const upgraded = await openDatabase(path, {
      location: 'network',
      migrations: next,
      now: () => new Date('2024-05-01T12:00:00Z'),
    });
    try {
      expect(upgraded.schemaVersion).toBe(next.length);
      expect(upgraded.migration?.fromVersion).toBe(MIGRATIONS.length);
      const backupPath = upgraded.migration?.backupPath ?? '';
      expect(existsSync(backupPath)).toBe(true);
      expect(backupPath).toContain(`old.db.schema-${MIGRATIONS.length}-backup-2024-05-01`);
      expect(await upgraded.connection.all('SELECT name FROM schema_migration ORDER BY version')).toEqual(
        next.map((m) => ({ name: m.name })),
      );
      expect(await upgraded.connection.all('SELECT x FROM upgrade_probe')).toEqual([]);
    } finally {
      await upgraded.connection.close();
    }

    // The backup is the old file as it was: schema 1, with its data, and no trace of the upgrade.
    const backup = await openConnection(upgraded.migration?.backupPath ?? '', { readOnly: true });
    try {
      expect(await backup.get('PRAGMA user_version')).toEqual({ user_version: MIGRATIONS.length });
      expect(await backup.get("SELECT value FROM setting WHERE key = 'probe'")).toEqual({ value: 'from v1' });
      expect(await backup.get("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'upgrade_probe'")).toEqual({ n: 0 });
    } finally {
      await backup.close();
    }

    // This app (without the test migration) now refuses the upgraded file as newer.
    await expect(openDatabase(path)).rejects.toMatchObject({ code: 'refused_file' });
  });
});
