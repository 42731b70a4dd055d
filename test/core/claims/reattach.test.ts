// Issue 13, re-attaching an orphaned claim through the core's contract: refused with a sentence
// and nothing written for a claim that is not orphaned, for a selection in another part of the
// text and for a stale revision; placed on the selection otherwise.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openFactdesk, type FactdeskCore } from '../../../main/core/service';
import { openConnection } from '../../../main/core/store/sqlite';
import { removeTempDirs, tempDir } from '../store/temp';

const KEPT = 'Critics say the estimate is far too low';
const GONE = 'The mayor promised that the bridge will stay open';
const NEW_WORDS = 'take three years to finish';
const page = (lines: string[]): string => `Bridge repairs\n\n${lines.join('\n\n')}\n`;
const V1 = page([
  'The city council said on Monday that repairs to the old river bridge will cost 4 million euros and take two years to finish.',
  `${GONE} to pedestrians during the works, which start in the spring.`,
  `${KEPT} and that the bridge should have been repaired a decade ago.`,
]);
const V2 = page([
  'The city council said on Monday that repairs to the old river bridge will cost 6 million euros and take three years to finish.',
  `${KEPT} and that the bridge should have been repaired a decade ago.`,
]);

let dir: string;
let dbPath: string;
let core: FactdeskCore;

beforeEach(async () => {
  dir = tempDir('factdesk-reattach-');
  dbPath = join(dir, 'desk.db');
  core = await openFactdesk({ path: dbPath, reviewer: 'tester', settingsDir: join(dir, 'settings') });
});

afterEach(async () => {
  await core.close();
  removeTempDirs();
});

async function fileState(): Promise<unknown> {
  const raw = await openConnection(dbPath, { readOnly: true });
  try {
    return { claims: await raw.all('SELECT * FROM claim ORDER BY id'), log: await raw.all('SELECT * FROM change_log ORDER BY id') };
  } finally {
    await raw.close();
  }
}

it('refuses what cannot be re-attached and places an orphan on the selection', async () => {
  writeFileSync(join(dir, 'v1.txt'), V1);
  writeFileSync(join(dir, 'v2.txt'), V2);
  const [first] = await core.importPaths([join(dir, 'v1.txt')]);
  const articleId = first!.articleId!;
  const kept = await core.createClaimFromQuote({ articleId, quote: KEPT });
  const gone = await core.createClaimFromQuote({ articleId, quote: GONE });
  expect((await core.importFileAsVersion(articleId, join(dir, 'v2.txt'))).ok).toBe(true);
  const { article, claims } = await core.getArticle({ id: articleId });
  const orphan = claims.find((c) => c.id === gone.id)!;
  expect(orphan.orphaned).toBe(true);
  const start = article.text.indexOf(NEW_WORDS);
  const end = start + NEW_WORDS.length;

  const before = await fileState();
  const keptNow = claims.find((c) => c.id === kept.id)!;
  await expect(core.reattachClaim({ id: kept.id, expectedRevision: keptNow.revision, start, end })).rejects.toThrow(`Claim #${kept.id} is not orphaned; only a claim whose text is gone can be re-attached.`);
  await expect(core.reattachClaim({ id: orphan.id, expectedRevision: orphan.revision, part: 'headline', start: 0, end: 6 })).rejects.toThrow(`Claim #${orphan.id} belongs to the body; select its new words there.`);
  await expect(core.reattachClaim({ id: orphan.id, expectedRevision: orphan.revision - 1, start, end })).rejects.toThrow();
  expect(await fileState()).toEqual(before);

  const placed = await core.reattachClaim({ id: orphan.id, expectedRevision: orphan.revision, part: 'body', start, end });
  expect(placed).toMatchObject({ orphaned: false, revision: orphan.revision + 1, quote: { exact: NEW_WORDS }, position: { start, end } });
});
