// `factdesk sample add|remove` (issue 17): the sample article through the CLI, on a real file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assertBuilt, cli } from './run';

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-sample-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('adds the sample with its rated claim, once, and removes it again', async () => {
  const db = join(dir, 'desk.factdesk');
  const added = await cli(['sample', 'add', '--db', db, '--json']);
  expect(added.code, added.stderr).toBe(0);
  const { articleId, claimId } = JSON.parse(added.stdout) as { articleId: number; claimId: number };
  const shown = JSON.parse((await cli(['show', String(articleId), '--db', db, '--json'])).stdout) as {
    claims: Array<{ id: number; verdict: string; status: string }>;
  };
  expect(shown.claims).toEqual([expect.objectContaining({ id: claimId, verdict: 'unverifiable', status: 'needs_review' })]);
  expect(JSON.parse((await cli(['sample', 'add', '--db', db, '--json'])).stdout)).toEqual({ articleId, claimId });

  const removed = await cli(['sample', 'remove', '--db', db]);
  expect(removed.code).toBe(0);
  expect(removed.stdout).toBe('The sample article was removed.\n');
  expect(JSON.parse((await cli(['articles', '--db', db, '--json'])).stdout)).toMatchObject({ total: 0 });
  expect((await cli(['sample', 'remove', '--db', db])).stdout).toBe('There was no sample article to remove.\n');
});
