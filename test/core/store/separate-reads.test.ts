// A write never queues behind a read. At a million articles the reads a workbench makes after
// every mark (similar claims, the list, counts) took 100-200 ms each on the one connection, and
// the reviewer's next mark waited for them. Reads now run on a read-only connection of their own
// when the file is in WAL mode; this pins what that must keep: a write commits while a read is
// still open, the open read keeps its snapshot, the next read sees the write, and a file with a
// rollback journal (network shares) keeps the one queue.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../main/core/store/open';
import { removeTempDirs, tempDir } from './temp';

afterEach(removeTempDirs);

const countReviewers = async (db: OpenedDatabase): Promise<number> =>
  (await db.connection.read((tx) => tx.get<{ n: number }>('SELECT count(*) AS n FROM reviewer')))?.n ?? -1;

/** A read that stays open until released, holding its snapshot; resolves with its two counts. */
function heldRead(db: OpenedDatabase): { opened: Promise<void>; release: () => void; done: Promise<[number, number]> } {
  let release = (): void => undefined;
  let opened = (): void => undefined;
  const openedP = new Promise<void>((r) => (opened = r));
  const gate = new Promise<void>((r) => (release = r));
  const done = db.connection.read(async (tx) => {
    const before = (await tx.get<{ n: number }>('SELECT count(*) AS n FROM reviewer'))?.n ?? -1;
    opened();
    await gate;
    const after = (await tx.get<{ n: number }>('SELECT count(*) AS n FROM reviewer'))?.n ?? -1;
    return [before, after] as [number, number];
  });
  return { opened: openedP, release, done };
}

const addReviewer = (db: OpenedDatabase, name: string) =>
  db.connection.write((tx) => tx.run('INSERT INTO reviewer (name, first_seen_at, last_seen_at) VALUES (?, ?, ?)', [name, 'x', 'x']));

describe('reads beside writes', () => {
  it('local file (WAL): a write commits while a read is open; the read keeps its snapshot; the next read sees it', async () => {
    const db = await openDatabase(join(tempDir(), 'desk.db'), { location: 'local' });
    try {
      expect(db.journalMode).toBe('wal');
      const read = heldRead(db);
      await read.opened;
      let readFinished = false;
      void read.done.then(() => (readFinished = true));
      // With one queue this write would wait for the read's release, which only comes after it.
      await addReviewer(db, 'ada');
      expect(readFinished).toBe(false);
      read.release();
      expect(await read.done).toEqual([0, 0]);
      expect(await countReviewers(db)).toBe(1);
    } finally {
      await db.connection.close();
    }
  });

  it('network file (rollback journal): reads and writes keep the one queue, in order', async () => {
    const db = await openDatabase(join(tempDir(), 'desk.db'), { location: 'network' });
    try {
      expect(db.journalMode).not.toBe('wal');
      const read = heldRead(db);
      await read.opened;
      let wrote = false;
      const write = addReviewer(db, 'ada').then(() => (wrote = true));
      await new Promise((r) => setTimeout(r, 100));
      expect(wrote).toBe(false);
      read.release();
      expect(await read.done).toEqual([0, 0]);
      await write;
      expect(await countReviewers(db)).toBe(1);
    } finally {
      await db.connection.close();
    }
  });

  it('a read queued from inside a write is refused, as any call queued inside a transaction is', async () => {
    const db = await openDatabase(join(tempDir(), 'desk.db'), { location: 'local' });
    try {
      const error = await db.connection
        .write(() => countReviewers(db))
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(String(error)).toMatch(/queued from inside a transaction/);
    } finally {
      await db.connection.close();
    }
  });

  it('closing the file closes the read connection too: a later read is refused, not run', async () => {
    const db = await openDatabase(join(tempDir(), 'desk.db'), { location: 'local' });
    expect(await countReviewers(db)).toBe(0);
    await db.connection.close();
    await expect(countReviewers(db)).rejects.toThrow(/closed/);
  });
});
