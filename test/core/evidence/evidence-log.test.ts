// Issue 13: the change log records evidence as entries of their own (entity "evidence"): who added
// which file, its name and SHA-256; who removed it and why, the hash kept. A file made before the
// log knew evidence (schema 7) keeps its entries and ids, and its log stays append-only.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFactdesk } from '../../../main/core/service';
import { MIGRATIONS } from '../../../main/core/store/migrations';
import { openDatabase } from '../../../main/core/store/open';
import { removeTempDirs, tempDir } from '../store/temp';
import { sha256Hex } from '../../cli/run';

afterAll(() => removeTempDirs());

const b64 = (s: string | Buffer): string => Buffer.from(s).toString('base64');

describe('evidence in the change log', () => {
  it('has its own entries: added (who, file, SHA-256) and removed (who, why, the hash kept)', async () => {
    const dir = tempDir();
    const path = join(dir, 'desk.db');
    const ada = await openFactdesk({ path, reviewer: 'Ada', settingsDir: dir });
    let photoId = 0;
    const photo = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('pixels')]);
    try {
      const [imported] = await ada.importFiles({ files: [{ name: 'bericht.txt', data: b64('Bericht\n\nDie Stadt meldet neue Zahlen zu Haushalt und Verkehr.\nSchluss.') }] });
      const claim = await ada.createClaimFromQuote({ articleId: imported?.articleId ?? 0, quote: 'Die Stadt meldet neue Zahlen' });
      const source = await ada.addSource({ claimId: claim.id, fields: { url: 'https://example.org/zahlen' } });
      const [outcome] = await ada.addEvidence({ sourceId: source.id, files: [{ name: 'photo.png', data: photo.toString('base64') }] });
      photoId = outcome?.ok ? outcome.evidence.id : 0;
    } finally {
      await ada.close();
    }
    const ben = await openFactdesk({ path, reviewer: 'Ben', settingsDir: dir });
    try {
      await ben.removeEvidence({ id: photoId, reason: 'Wrong bridge' });
      const log = (await ben.getHistory({ entity: 'claim', id: 1 })).filter((e) => e.entity === 'evidence');
      const file = { sourceId: 1, kind: 'file', fileName: 'photo.png', mediaType: 'image/png', sha256: sha256Hex(photo), size: photo.length };
      expect(log.map(({ reviewer, entityId, action, articleId, before, after }) => ({ reviewer, entityId, action, articleId, before, after }))).toEqual([
        { reviewer: 'Ada', entityId: photoId, action: 'create', articleId: 1, before: null, after: { ...file, url: null } },
        { reviewer: 'Ben', entityId: photoId, action: 'delete', articleId: 1, before: { ...file, url: null }, after: { removalReason: 'Wrong bridge', sha256: sha256Hex(photo) } },
      ]);
      // Evidence is not logged as a change of its source any more.
      expect((await ben.getHistory({ entity: 'claim', id: 1 })).filter((e) => e.entity === 'source').map((e) => e.action)).toEqual(['create']);
    } finally {
      await ben.close();
    }
  });

  it('upgrades a schema-7 log in place: its entries and ids stay, and it stays append-only', async () => {
    const dir = tempDir();
    const path = join(dir, 'v7.db');
    const v7 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 7) });
    await v7.connection.write(async (tx) => {
      for (const id of [1, 2]) {
        await tx.run(
          `INSERT INTO change_log (at, reviewer, entity, entity_id, article_id, claim_id, action, before_json, after_json)
           VALUES ('2026-01-0${id}', 'Old', 'setting', ${id}, NULL, NULL, 'update', NULL, '{"organisation":"Desk"}')`,
        );
      }
    });
    await v7.connection.close();
    const core = await openFactdesk({ path, reviewer: 'Ada', settingsDir: dir });
    try {
      const [imported] = await core.importFiles({ files: [{ name: 'b.txt', data: b64('Bericht\n\nDie Stadt meldet neue Zahlen zu Haushalt und Verkehr.') }] });
      expect(imported?.articleId).toBe(1);
      const { entries } = await core.changesSince({ afterId: 0 });
      expect(entries.slice(0, 2).map((e) => [e.id, e.reviewer, e.entity, e.after])).toEqual([
        [1, 'Old', 'setting', { organisation: 'Desk' }],
        [2, 'Old', 'setting', { organisation: 'Desk' }],
      ]);
      expect(entries[2]).toMatchObject({ id: 3, entity: 'article', action: 'create', reviewer: 'Ada' });
    } finally {
      await core.close();
    }
    const raw = await openDatabase(path, { create: false });
    try {
      await expect(raw.connection.write((tx) => tx.run("UPDATE change_log SET reviewer = 'Eve' WHERE id = 1"))).rejects.toThrow(/append-only/);
      await expect(raw.connection.write((tx) => tx.run('DELETE FROM change_log WHERE id = 2'))).rejects.toThrow(/append-only/);
    } finally {
      await raw.connection.close();
    }
  });
});
