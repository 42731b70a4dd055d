// Issue 13, evidence files: `factdesk evidence add|list|get|remove` on real files and real CLI
// processes. Bytes come back identical, are stored once per SHA-256 (in several chunks when
// large), the change log names who added and who removed, and removal needs a reason and keeps
// the hash. Bad input is one sentence and writes nothing.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evidence } from '@common/domain/evidence';
import { assertBuilt, cli, SAMPLE, sha256Hex } from './run';
import { evidenceRowCounts, rehashStored, evidenceChanges } from '../support/stored-bytes';

let dir: string;
let db: string;
/** A PNG signature followed by random bytes: 3.5 MB, so four chunks. */
let photo: string;
let scan: string;


beforeAll(async () => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'factdesk-evidence-'));
  db = join(dir, 'desk.db');
  photo = join(dir, 'photo of the bridge.png');
  writeFileSync(photo, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(3.5 * 1024 * 1024)]));
  scan = join(dir, 'scan.pdf');
  writeFileSync(scan, Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(10_000)]));
  expect((await cli(['import', SAMPLE, '--db', db])).code).toBe(0);
  expect((await cli(['claim', 'add', '1', '--quote', 'Einsatz russischer Atomwaffen im Oktober abgeschlossen', '--db', db])).code).toBe(0);
  for (const url of ['https://example.org/one', 'https://example.org/two']) {
    const run = await cli(['source', 'add', '1', '--url', url, '--db', db]);
    expect(run.code, run.stderr).toBe(0);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function list(sourceId: number): Promise<Evidence[]> {
  const run = await cli(['evidence', 'list', String(sourceId), '--db', db, '--json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Evidence[];
}

describe('factdesk evidence', () => {
  it('adds files to a source, lists them with hash, size and type, and gives back identical bytes', async () => {
    const add = await cli(['evidence', 'add', '1', photo, scan, '--db', db]);
    expect(add.code, add.stderr).toBe(0);
    const [p, s] = await list(1);
    expect(p).toMatchObject({ kind: 'file', fileName: 'photo of the bridge.png', mediaType: 'image/png', sha256: sha256Hex(readFileSync(photo)), size: readFileSync(photo).length, addedBy: 'Test Reviewer', removedAt: null });
    expect(s).toMatchObject({ fileName: 'scan.pdf', mediaType: 'application/pdf', sha256: sha256Hex(readFileSync(scan)) });
    // Read back by another program: the stored chunks hash to the file.
    expect(await rehashStored(db, p!.sha256)).toBe(p!.sha256);
    const out = join(dir, 'copy.png');
    const get = await cli(['evidence', 'get', String(p!.id), '--out', out, '--db', db]);
    expect(get.code, get.stderr).toBe(0);
    expect(readFileSync(out).equals(readFileSync(photo))).toBe(true);
    // The change log says who added what.
    const added = (await evidenceChanges(db)).filter((c) => c.action === 'create');
    expect(added.map((c) => [c.reviewer, c.entity_id, JSON.parse(c.after_json!) as unknown])).toEqual([
      ['Test Reviewer', p!.id, expect.objectContaining({ sourceId: 1, fileName: 'photo of the bridge.png', sha256: p!.sha256 })],
      ['Test Reviewer', s!.id, expect.objectContaining({ sourceId: 1, fileName: 'scan.pdf', sha256: s!.sha256 })],
    ]);
  });

  it('stores the same bytes once: again on the same source is a duplicate, on another source a new row', async () => {
    const before = await evidenceRowCounts(db);
    const again = await cli(['evidence', 'add', '1', photo, '--db', db]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/already attached/);
    expect(await evidenceRowCounts(db)).toEqual(before);
    const other = await cli(['evidence', 'add', '2', photo, '--db', db]);
    expect(other.code, other.stderr).toBe(0);
    const after = await evidenceRowCounts(db);
    expect(after.evidence).toBe((before.evidence ?? 0) + 1);
    expect([after.blob, after.blob_chunk]).toEqual([before.blob, before.blob_chunk]);
  });

  it('refuses with a sentence and writes nothing: a missing source, a missing file, a file over 200 MB, an existing --out', async () => {
    const big = join(dir, 'too big.mp4');
    writeFileSync(big, '');
    truncateSync(big, 200 * 1024 * 1024 + 1);
    const cases: Array<[string[], RegExp]> = [
      [['evidence', 'add', '99', scan], /^error: There is no source 99\.$/],
      [['evidence', 'add', '1', join(dir, 'nope.jpg')], /^error: .*nope\.jpg does not exist; nothing was added\.$/],
      [['evidence', 'add', '1', big], /^error: too big\.mp4 is larger than 200 MB, the most an evidence file may be; nothing was added\.$/],
      [['evidence', 'get', '1', '--out', photo], /^error: .*photo of the bridge\.png cannot be written: a file of that name exists \(Factdesk does not overwrite it\)\.$/],
    ];
    for (const [args, sentence] of cases) {
      const before = await evidenceRowCounts(db);
      const run = await cli([...args, '--db', db]);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr.trim()).toMatch(sentence);
      expect(await evidenceRowCounts(db)).toEqual(before);
    }
  });

  it('removes evidence only with a reason, keeping its hash, who removed it and why', async () => {
    const [, s] = await list(1);
    const before = await evidenceRowCounts(db);
    const noReason = await cli(['evidence', 'remove', String(s!.id), '--db', db]);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toMatch(/Removing evidence needs a reason: --reason TEXT\./);
    expect(await evidenceRowCounts(db)).toEqual(before);
    const remove = await cli(['evidence', 'remove', String(s!.id), '--reason', 'Wrong document', '--reviewer', 'Ana Editor', '--db', db]);
    expect(remove.code, remove.stderr).toBe(0);
    const removed = (await list(1)).find((e) => e.id === s!.id);
    expect(removed).toMatchObject({ sha256: s!.sha256, removedBy: 'Ana Editor', removalReason: 'Wrong document' });
    // Its bytes are gone (nothing else used them); the hash stays.
    expect(await rehashStored(db, s!.sha256)).toBeNull();
    const get = await cli(['evidence', 'get', String(s!.id), '--out', join(dir, 'removed.pdf'), '--db', db]);
    expect(get.code).toBe(1);
    expect(get.stderr).toMatch(new RegExp(`was removed by Ana Editor \\(Wrong document\\); only its SHA-256 ${s!.sha256} is kept\\.`));
    const log = (await evidenceChanges(db)).filter((c) => c.action === 'delete');
    expect(log.map((c) => [c.reviewer, c.entity_id, JSON.parse(c.after_json!) as unknown])).toEqual([['Ana Editor', s!.id, { removalReason: 'Wrong document', sha256: s!.sha256 }]]);
  });
});
