// Issue 10.7: SQLite reads sqlite_stat1 while it loads a schema, before any check of ours can run a
// query. A planted one with a generated column made opening take seconds and gigabytes. Factdesk
// reads the schema from the file's bytes first and refuses such a file before SQLite loads it;
// statistics as ANALYZE makes them are accepted, within the size ANALYZE gives them.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/core/store/open';
import { assertBuilt, BIN } from '../../cli/run';
import { createFactdeskFile, openingError, plantStat1, tamper } from './planted';
import { removeTempDirs, tempDir } from './temp';

afterEach(removeTempDirs);

/**
 * Opens a database in a fresh `factdesk` process and reports the most memory it ever held
 * (getrusage's maxRSS, in MB): evaluating the planted column would have to hold its 600 MB result.
 */
function peakMemoryOfOpening(dir: string, db: string): Promise<{ code: number; stderr: string; peakMb: number }> {
  const probe = join(dir, 'peak-memory.mjs');
  writeFileSync(
    probe,
    "import { writeSync } from 'node:fs';\nprocess.on('exit', () => writeSync(2, `\\npeak-kb=${process.resourceUsage().maxRSS}\\n`));\n",
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', probe, BIN, 'articles', '--db', db], {
      env: { ...process.env, FACTDESK_REVIEWER: 'probe', FACTDESK_HOME: join(dir, 'settings') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const kb = Number(/peak-kb=(\d+)/.exec(stderr)?.[1] ?? NaN);
      resolve({ code: code ?? -1, stderr, peakMb: kb / 1024 });
    });
  });
}

describe('statistics tables', () => {
  beforeAll(assertBuilt);

  it('refuses a planted sqlite_stat1 with a generated column before SQLite evaluates it', async () => {
    const dir = tempDir();
    const clean = await createFactdeskFile(dir, 'clean.db');
    const planted = await createFactdeskFile(dir, 'planted.db');
    // Each row's `stat` would be a 600 MB string, built when SQLite loads the statistics.
    await plantStat1(planted, "printf('%.*c', 600000000, 'x')", 3);

    const refused = await openingError(planted);
    expect(refused.code).toBe('refused_file');
    expect(refused.message).toMatch(/sqlite_stat1/);

    const baseline = await peakMemoryOfOpening(dir, clean);
    expect(baseline.code, baseline.stderr).toBe(0);
    const hostile = await peakMemoryOfOpening(dir, planted);
    expect(hostile.code).toBe(1);
    expect(hostile.stderr).toMatch(/error: .*sqlite_stat1/);
    expect(hostile.peakMb).toBeGreaterThan(0);
    // Never as much as one evaluated row (600 MB): the column was not computed.
    expect(hostile.peakMb - baseline.peakMb).toBeLessThan(200);
  });

  it('accepts the statistics ANALYZE makes, and refuses far more rows than a database has tables and indexes', async () => {
    const dir = tempDir();
    const path = await createFactdeskFile(dir, 'analyzed.db');
    await tamper(
      path,
      `INSERT INTO article (title, text, content_hash, format, imported_at) VALUES ('A', 'Some text', printf('%064d', 1), 'text', '2024-01-01');
       ANALYZE;`,
    );
    const db = await openDatabase(path);
    expect(await db.connection.get<{ n: number }>('SELECT count(*) AS n FROM sqlite_stat1')).toMatchObject({ n: expect.any(Number) });
    await db.connection.close();

    await tamper(
      path,
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
       INSERT INTO sqlite_stat1 (tbl, idx, stat) SELECT 'article', 'nothing_' || i, '1 1' FROM n;`,
    );
    const refused = await openingError(path);
    expect(refused.message).toMatch(/sqlite_stat1 .*5\d{3} rows/);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a sqlite_stat4 whose columns are not the ones SQLite makes', async () => {
    const dir = tempDir();
    const path = await createFactdeskFile(dir, 'stat4.db');
    await tamper(
      path,
      `CREATE TABLE planted4 (tbl, idx, neq, nlt, ndlt, sample, extra DEFAULT (zeroblob(1000000)));
       PRAGMA writable_schema = ON;
       UPDATE sqlite_schema SET name = 'sqlite_stat4', tbl_name = 'sqlite_stat4', sql = replace(sql, 'planted4', 'sqlite_stat4') WHERE name = 'planted4';
       PRAGMA writable_schema = OFF;`,
    );
    expect((await openingError(path)).message).toMatch(/altered table "sqlite_stat4"/);
  });
});
