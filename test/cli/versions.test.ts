// Issue 13, article versions: the same canonical page fetched again with changed text, or a file
// imported with --version-of, becomes a new version of the same article; claims are re-anchored
// (exact, then fuzzy with context) and those whose quote is gone become orphans, shown in `show`
// and in reports. `show --version N` and `diff` read the versions. Local server, real CLI.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleVersion } from '@common/domain/evidence';
import type { ArticleDetail } from '@common/domain/types';
import { assertBuilt, cli, cliOk, sha256Hex } from './run';
import { startWebFixtures, type WebFixtures } from '../support/web-server';

let dir: string;
let web: WebFixtures;

beforeAll(async () => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'factdesk-versions-'));
  web = await startWebFixtures();
});

afterAll(async () => {
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});



async function claimIds(db: string, articleId: number, quotes: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const quote of quotes) ids.push((JSON.parse(await cliOk(['claim', 'add', String(articleId), '--quote', quote, '--db', db, '--json'])) as { id: number }).id);
  return ids;
}

describe('article versions', () => {
  it('a page fetched again with changed text is version 2 of the same article, its claims re-anchored or orphaned', async () => {
    const db = join(dir, 'web.db');
    const url = `${web.origin}/changing`;
    web.changingVersion = 1;
    const [first] = JSON.parse(await cliOk(['import', url, '--db', db, '--json'])) as Array<{ articleId: number }>;
    const articleId = first!.articleId;
    const firstBytes = web.served.get('/changing')!;
    const [cost, pedestrians, critics] = await claimIds(db, articleId, [
      'repairs to the old river bridge will cost 4 million euros',
      'the bridge will stay open to pedestrians during the works',
      'Critics say the estimate is far too low',
    ]);

    web.changingVersion = 2;
    const again = await cli(['import', url, '--db', db]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(`${articleId}\tBridge repairs will cost 6 million\t(version 2)\n`);
    expect(again.stderr).toContain(`Claims whose quote is gone from the new text (orphaned): #${pedestrians}`);
    expect(JSON.parse(await cliOk(['articles', '--db', db, '--json'])).articles).toHaveLength(1);

    const detail = JSON.parse(await cliOk(['show', String(articleId), '--db', db, '--json'])) as ArticleDetail;
    const claim = (id: number | undefined) => detail.claims.find((c) => c.id === id)!;
    // Fuzzy: the quote now reads with the corrected figure, at its place in the new text.
    expect(claim(cost).orphaned).toBe(false);
    expect(claim(cost).quote.exact).toBe('repairs to the old river bridge will cost 6 million euros');
    expect(detail.article.text.slice(claim(cost).position.start, claim(cost).position.end)).toBe(claim(cost).quote.exact);
    // Exact: moved up, since the paragraph before it is gone.
    expect(claim(critics).orphaned).toBe(false);
    expect(detail.article.text.slice(claim(critics).position.start, claim(critics).position.end)).toBe('Critics say the estimate is far too low');
    expect(claim(pedestrians).orphaned).toBe(true);
    const shown = await cliOk(['show', String(articleId), '--db', db]);
    expect(shown).toContain(`Claim #${pedestrians} (rev 2) [orphaned: quote no longer found]`);
    // Reports say so too.
    const report = await cliOk(['export', '--format', 'md', '--out', '-', '--db', db]);
    expect(report).toContain('This claim’s quote could no longer be found in the article’s current text.');

    const versions = JSON.parse(await cliOk(['versions', String(articleId), '--db', db, '--json'])) as ArticleVersion[];
    expect(versions.map((v) => [v.version, v.title, v.capture?.snapshotSha256])).toEqual([
      [1, 'Bridge repairs will cost 4 million', sha256Hex(firstBytes)],
      [2, 'Bridge repairs will cost 6 million', sha256Hex(web.served.get('/changing')!)],
    ]);
    expect(await cliOk(['show', String(articleId), '--version', '1', '--db', db])).toContain('will stay open to pedestrians');

    const diff = await cliOk(['diff', String(articleId), '--db', db]);
    expect(diff).toMatch(/^Article \d+: version 1 → 2/);
    expect(diff).toContain('cost [-4-]{+6+} million euros and take [-two-]{+three+} years');
    expect(diff).toMatch(/\[-The mayor promised that the bridge will stay open to pedestrians/);

    // Unchanged on a third fetch: no version 3.
    const third = await cli(['import', url, '--db', db]);
    expect(third.stdout).toContain('(already imported)');
    expect(JSON.parse(await cliOk(['versions', String(articleId), '--db', db, '--json']))).toHaveLength(2);
    // Many CLI processes in a row: a generous limit that only stops a hang.
  }, 180_000);

  it('import FILE --version-of ID makes the corrected file the next version; diff --from/--to picks any two', async () => {
    const db = join(dir, 'files.db');
    const v1 = join(dir, 'statement.txt');
    const v2 = join(dir, 'statement-corrected.txt');
    writeFileSync(v1, 'Ministry statement\n\nThe ministry said unemployment fell to 5.1 percent in March, the lowest level in a decade.\n');
    writeFileSync(v2, 'Ministry statement\n\nThe ministry said unemployment fell to 5.4 percent in March, its lowest level in two years.\n');
    const [first] = JSON.parse(await cliOk(['import', v1, '--db', db, '--json'])) as Array<{ articleId: number }>;
    const id = String(first!.articleId);
    await claimIds(db, first!.articleId, ['unemployment fell to 5.1 percent in March']);
    expect(await cliOk(['import', v2, '--version-of', id, '--db', db])).toBe(`${id}\tMinistry statement\t(version 2)\n`);
    expect(JSON.parse(await cliOk(['articles', '--db', db, '--json'])).articles).toHaveLength(1);
    const diff = await cliOk(['diff', id, '--from', '1', '--to', '2', '--db', db]);
    expect(diff).toContain('fell to 5.[-1-]{+4+} percent in March, [-the-]{+its+} lowest level in [-a decade-]{+two years+}.');
    const refused = await cli(['diff', id, '--from', '1', '--to', '3', '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(`error: Article ${id} has no version 3 (it has 2 versions).`);
  }, 120_000);
});
