// Several reviewers save to one shared file at once, each in its own OS process with its own
// connection, in WAL mode (everyone on one computer) and in rollback-journal mode (what Factdesk
// uses on a network share). Nothing acknowledged may be lost, every refusal must be a genuine
// conflict (never a leaked "database is locked"), and the change log must replay to the rows.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocationKind } from '../../main/core/store/location';
import { openConnection } from '../../main/core/store/sqlite';
import { refusalProblems, verifyFile } from './verify';
import {
  acks,
  assertWorkerBuilt,
  createReviewFile,
  doneLine,
  feeds,
  refusals,
  removeTempDirs,
  startWorker,
  tempDir,
  whyItFailed,
} from './workers';

const WORKERS = 4;
const EDITS_PER_WORKER = 250;
// One reviewer's copy does not let SQLite wait for the lock (busy timeout 0), so every time it
// meets another's save it goes through Factdesk's own retry: proof that the contention happened
// and was absorbed. The others keep Factdesk's defaults. The retry budget is generous so a slow
// machine (more overlap, not less) still sees every save through.
const IMPATIENT = { busyTimeoutMs: 0, busyRetries: 60 };

beforeAll(assertWorkerBuilt);
afterAll(removeTempDirs);

describe.each([
  ['local', 'wal'],
  ['network', 'delete'],
] as const)('%s file (%s journal): concurrent reviewers', (location: LocationKind, journalMode) => {
  it(`${WORKERS} processes × ${EDITS_PER_WORKER} edits lose nothing and refuse only real conflicts`, async () => {
    const dir = tempDir();
    const file = await createReviewFile(dir, location);
    const started = Date.now();
    const workers = Array.from({ length: WORKERS }, (_, i) =>
      startWorker({
        db: file.path,
        worker: `reviewer-${i + 1}`,
        claims: file.claimIds,
        ops: EDITS_PER_WORKER,
        seed: 1000 + i,
        location,
        thinkMs: 2,
        pollEvery: 10,
        home: join(dir, 'home'),
        ...(i === 0 ? IMPATIENT : {}),
      }),
    );
    const exits = await Promise.all(workers.map((w) => w.exited));
    const seconds = (Date.now() - started) / 1000;

    for (const [i, w] of workers.entries()) {
      expect(exits[i], whyItFailed(w)).toEqual({ code: 0, signal: null });
      expect(w.stderr(), w.name).toBe('');
      expect(w.lines.filter((l) => l.t === 'fatal'), w.name).toEqual([]);
      expect(w.lines.find((l) => l.t === 'ready'), w.name).toMatchObject({ journalMode, location });
      expect(doneLine(w.lines)?.ops, w.name).toBe(EDITS_PER_WORKER);
    }
    const lines = workers.flatMap((w) => w.lines);
    const acked = acks(lines);
    const refused = refusals(lines);

    // Every refusal a conflict, reported with the revision that beat it.
    expect(refusalProblems(refused)).toEqual([]);
    // Each window's change feed came gap-free and in order while the others were writing.
    for (const w of workers) {
      const polls = feeds(w.lines);
      expect(polls.length, w.name).toBeGreaterThan(EDITS_PER_WORKER / 10);
      expect(polls.filter((p) => !p.consecutive || (p.count > 0 && (p.first !== p.afterId + 1 || p.last !== p.lastId))), w.name).toEqual([]);
    }

    const { problems, counts } = await verifyFile(file.path, acked, { everyCommitAcknowledged: true });
    expect(problems).toEqual([]);
    // Each copy announced itself while working and took its presence away when it closed.
    const raw = await openConnection(file.path, { readOnly: true });
    expect(await raw.get('SELECT count(*) AS n FROM presence')).toEqual({ n: 0 });
    expect(await raw.all('SELECT name FROM reviewer ORDER BY name')).toEqual(
      ['setup', ...workers.map((w) => w.name)].sort().map((name) => ({ name })),
    );
    await raw.close();
    // The races really happened: saves collided and were refused, and the impatient copy met the
    // others' locks and retried (its saves all arrived: verifyFile above).
    expect(refused.length).toBeGreaterThan(0);
    expect(acked.filter((a) => a.op === 'updateClaim').length).toBeGreaterThan(WORKERS * EDITS_PER_WORKER * 0.3);
    expect(counts.sources + counts.comments).toBeGreaterThan(0);
    expect(doneLine(workers[0]?.lines ?? [])?.busyRetries, 'busy retries of the copy without a SQLite busy wait').toBeGreaterThan(0);

    const busyRetries = workers.reduce((n, w) => n + (doneLine(w.lines)?.busyRetries ?? 0), 0);
    console.info(
      `[review] ${location}/${journalMode}: ${WORKERS} processes, ${acked.length} acknowledged saves, ` +
        `${refused.length} conflicts, ${busyRetries} busy retries, ${counts.logEntries} log entries in ${seconds.toFixed(1)} s ` +
        `(${(acked.length / seconds).toFixed(0)} acknowledged saves/s, including process start-up)`,
    );
  }, 180_000);
});
