// Issue 13, orphaned claims: a page imported again without a claim's sentence leaves the claim
// orphaned; "Re-attach to selection" places it on the words selected in the reader. The core
// stores the new quote at the claim's next revision and the change log records the move. Real
// Chromium against `factdesk serve`; the page comes from a local server.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Claim } from '@common/domain/types';
import { openConnection } from '../../main/core/store/sqlite';
import { EVENTUALLY, selectText, startWorkbench, type Workbench } from './harness';
import { startWebFixtures, type WebFixtures } from '../support/web-server';

const GONE = 'The mayor promised that the bridge will stay open to pedestrians';
const NEW_WORDS = 'repairs to the old river bridge will cost 6 million euros';

let wb: Workbench;
let web: WebFixtures;

async function ok(args: string[]): Promise<string> {
  const run = await wb.cli(args);
  expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
  return run.stdout;
}

beforeAll(async () => {
  web = await startWebFixtures();
  wb = await startWorkbench({ viewport: { width: 1440, height: 900 } });
  await ok(['import', `${web.origin}/changing`]);
  await ok(['claim', 'add', '1', '--quote', GONE]);
  web.changingVersion = 2;
  await ok(['import', `${web.origin}/changing`]);
  await wb.page.goto(wb.url);
}, 120_000);

afterAll(async () => {
  await wb?.close();
  await web?.close();
});

const claimOf = async (): Promise<Claim> => (JSON.parse(await ok(['show', '1', '--json'])) as { claims: Claim[] }).claims[0]!;

it('re-attaches an orphaned claim to words selected in the reader', async () => {
  const { page } = wb;
  const before = await claimOf();
  expect(before.orphaned).toBe(true);
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Bridge repairs will cost 6 million/ }).click();
  const claims = page.getByRole('region', { name: /^Claims/ });
  await claims.getByText('Text not found').waitFor({ timeout: 30_000 });
  await selectText(page, NEW_WORDS);
  await claims.getByRole('button', { name: /^Re-attach .* to selection$/ }).click();
  await expect.poll(async () => (await claimOf()).orphaned, EVENTUALLY).toBe(false);

  const after = await claimOf();
  expect(after.quote.exact).toBe(NEW_WORDS);
  expect(after.revision).toBe(before.revision + 1);
  await claims.getByRole('button', { name: new RegExp(NEW_WORDS) }).waitFor();
  expect(await claims.getByText('Text not found').count()).toBe(0);
  // The reader highlights the claim at its new place.
  await page.locator('mark', { hasText: 'old river bridge' }).first().waitFor();
  const raw = await openConnection(wb.dbPath, { readOnly: true });
  try {
    const rows = await raw.all<{ before_json: string; after_json: string }>(
      "SELECT before_json, after_json FROM change_log WHERE entity = 'claim' AND entity_id = ? AND action = 'update' ORDER BY id DESC LIMIT 1",
      [after.id],
    );
    expect(JSON.parse(rows[0]!.before_json)).toMatchObject({ quote: GONE, orphaned: true });
    expect(JSON.parse(rows[0]!.after_json)).toMatchObject({ quote: NEW_WORDS, orphaned: false });
  } finally {
    await raw.close();
  }
  expect(wb.problems).toEqual([]);
}, 180_000);
