// The adapter's promises: transactions on one connection never interleave, a locked file is
// retried and then reported calmly, the change log is append-only, and backups are whole copies.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FactdeskError } from '@common/domain/errors';
import { openDatabase } from '../../../main/core/store/open';
import { openConnection, type Connection } from '../../../main/core/store/sqlite';
import { removeTempDirs, tempDir } from './temp';

afterEach(removeTempDirs);

async function scratch(): Promise<Connection> {
  const c = await openConnection(join(tempDir(), 'scratch.db'), { create: true });
  await c.exec('CREATE TABLE counter (id INTEGER PRIMARY KEY, value INTEGER NOT NULL); INSERT INTO counter VALUES (1, 0);');
  await c.exec('CREATE TABLE trail (tx INTEGER NOT NULL, step INTEGER NOT NULL)');
  return c;
}

describe('the write queue', () => {
  it('runs many concurrent async transactions on one connection one after another', async () => {
    const c = await scratch();
    try {
      const tasks = Array.from({ length: 60 }, (_, tx) =>
        c.write(async (t) => {
          // read-then-write with awaits in between: interleaving would lose increments or nest BEGINs
          const before = (await t.get<{ value: number }>('SELECT value FROM counter WHERE id = 1'))?.value ?? -1;
          await t.run('INSERT INTO trail (tx, step) VALUES (?, 1)', [tx]);
          await new Promise((r) => setTimeout(r, Math.random() * 3));
          await t.run('INSERT INTO trail (tx, step) VALUES (?, 2)', [tx]);
          await t.run('UPDATE counter SET value = ? WHERE id = 1', [before + 1]);
          return before;
        }),
      );
      // Reads queued among the writes see only committed states.
      const reads = Array.from({ length: 20 }, () => c.get<{ value: number }>('SELECT value FROM counter'));
      const seen = await Promise.all(tasks);
      await Promise.all(reads);
      expect(seen).toEqual(Array.from({ length: 60 }, (_, i) => i));
      expect((await c.get<{ value: number }>('SELECT value FROM counter'))?.value).toBe(60);
      const trail = await c.all<{ tx: number; step: number }>('SELECT tx, step FROM trail ORDER BY rowid');
      // Each transaction's two steps are adjacent: nothing ran in between.
      for (let i = 0; i < trail.length; i += 2) {
        expect(trail[i]).toEqual({ tx: i / 2, step: 1 });
        expect(trail[i + 1]).toEqual({ tx: i / 2, step: 2 });
      }
    } finally {
      await c.close();
    }
  });

  it('rolls a failed transaction back completely and keeps serving the next one', async () => {
    const c = await scratch();
    try {
      await expect(
        c.write(async (t) => {
          await t.run('UPDATE counter SET value = 99');
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect((await c.get<{ value: number }>('SELECT value FROM counter'))?.value).toBe(0);
      await c.write((t) => t.run('UPDATE counter SET value = 1'));
      expect((await c.get<{ value: number }>('SELECT value FROM counter'))?.value).toBe(1);
    } finally {
      await c.close();
    }
  });

  it('refuses a queued call from inside a transaction instead of deadlocking', async () => {
    const c = await scratch();
    try {
      await expect(c.write(() => c.get('SELECT 1'))).rejects.toThrow(/inside a transaction/);
    } finally {
      await c.close();
    }
  });
});

describe('a file locked by another connection', () => {
  it('retries with backoff, reports busy calmly when the lock stays, and succeeds once it is released', async () => {
    const path = join(tempDir(), 'locked.db');
    const holder = await openConnection(path, { create: true });
    await holder.exec('PRAGMA journal_mode = DELETE; CREATE TABLE t (x INTEGER)');
    const retries: number[] = [];
    const waiter = await openConnection(path, { busyTimeoutMs: 20, busyRetries: 2, onBusyRetry: (n) => retries.push(n) });
    let release: () => void = () => undefined;
    try {
      const released = new Promise<void>((r) => (release = r));
      let locked!: () => void;
      const isLocked = new Promise<void>((r) => (locked = r));
      const holding = holder.write(async (t) => {
        await t.run('INSERT INTO t VALUES (1)');
        locked();
        await released;
      });
      await isLocked;
      const error = await waiter.write((t) => t.run('INSERT INTO t VALUES (2)')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FactdeskError);
      expect((error as FactdeskError).code).toBe('busy');
      expect((error as FactdeskError).message).toMatch(/Another reviewer is saving/);
      expect(retries).toEqual([1, 2]);

      // The lock is released once a save has met it and started retrying (an event, not a
      // delay), and that save has a budget no slow machine runs through: it must then succeed.
      const patientRetries: number[] = [];
      const patient = await openConnection(path, {
        busyTimeoutMs: 20,
        busyRetries: 50,
        onBusyRetry: (n) => {
          patientRetries.push(n);
          if (n === 1) release();
        },
      });
      try {
        await patient.write((t) => t.run('INSERT INTO t VALUES (3)'));
      } finally {
        release(); // also when it failed, so the holder is not left waiting
        await patient.close();
      }
      await holding;
      expect(patientRetries[0]).toBe(1);
      expect(await holder.all('SELECT x FROM t ORDER BY x')).toEqual([{ x: 1 }, { x: 3 }]);
    } finally {
      release(); // a failed assertion must not leave the holder's transaction waiting forever
      await waiter.close();
      await holder.close();
    }
  });
});

describe('the change log', () => {
  it('refuses updates and deletes, even from raw SQL', async () => {
    const db = await openDatabase(join(tempDir(), 'log.db'));
    const c = db.connection;
    try {
      await c.write((t) =>
        t.run(
          "INSERT INTO change_log (at, reviewer, entity, entity_id, action, after_json) VALUES ('2024-01-01T00:00:00Z', 'ada', 'claim', 1, 'create', '{}')",
        ),
      );
      await expect(c.write((t) => t.run("UPDATE change_log SET reviewer = 'eve'"))).rejects.toThrow(/append-only/);
      await expect(c.write((t) => t.run('DELETE FROM change_log'))).rejects.toThrow(/append-only/);
      expect(await c.all('SELECT reviewer FROM change_log')).toEqual([{ reviewer: 'ada' }]);
    } finally {
      await c.close();
    }
  });
});

describe('the online backup', () => {
  it('copies the whole database, also while it is in WAL mode', async () => {
    const dir = tempDir();
    const db = await openDatabase(join(dir, 'live.db'), { location: 'local' });
    expect(db.journalMode).toBe('wal');
    await db.connection.write((t) => t.run("INSERT INTO setting (key, value) VALUES ('probe', 'kept')"));
    await db.connection.backupTo(join(dir, 'copy.db'));
    await db.connection.close();
    const copy = await openDatabase(join(dir, 'copy.db'), { location: 'network' });
    expect(await copy.connection.get('SELECT value FROM setting WHERE key = ?', ['probe'])).toEqual({ value: 'kept' });
    await copy.connection.close();
  });
});
