// "My queue" on a busy desk (issue 16): each section shows its first page of the longest-waiting
// claims and says how many there are; "Show more" (a button, so the keyboard reaches it) asks the
// core for the next page, until the section is complete.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { QUEUE_PAGE_SIZE } from '@common/contract';
import { openFactdesk } from '../../main/core/service';
import { EVENTUALLY, SAMPLE, startWorkbench, type Workbench } from './harness';

const WAITING = QUEUE_PAGE_SIZE + 3;

let wb: Workbench;
let page: Page;

beforeAll(async () => {
  wb = await startWorkbench({ reviewerName: 'Anna Becker' });
  page = wb.page;
  // Ben rates more claims than one page holds and asks for review: all wait for Anna.
  const ben = await openFactdesk({ path: wb.dbPath, reviewer: 'Ben Kramer', settingsDir: join(wb.dir, 'ben-settings') });
  try {
    const [outcome] = await ben.importPaths([SAMPLE]);
    if (!outcome?.ok || outcome.articleId === undefined) throw new Error('sample import failed');
    for (let i = 0; i < WAITING; i++) {
      const claim = await ben.createClaim({ articleId: outcome.articleId, start: i * 12, end: i * 12 + 10, verdict: 'false' });
      await ben.updateClaim({ id: claim.id, expectedRevision: claim.revision, patch: { status: 'needs_review' } });
    }
  } finally {
    await ben.close();
  }
  await page.goto(wb.url);
}, 120_000);

afterAll(async () => {
  await wb?.close();
});

describe('My queue, page by page', () => {
  it('shows the first page of a section, then the rest after "Show more", by keyboard', async () => {
    await page.getByRole('button', { name: `My queue, ${WAITING} claims` }).click();
    const waiting = page.getByRole('dialog', { name: 'My queue' }).getByRole('region', { name: 'Waiting for your review' });
    await waiting.getByText(`Showing ${QUEUE_PAGE_SIZE} of ${WAITING}, the longest waiting first.`).waitFor();
    expect(await waiting.getByRole('listitem').count()).toBe(QUEUE_PAGE_SIZE);
    const more = waiting.getByRole('button', { name: 'Show more claims' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => waiting.getByRole('listitem').count(), EVENTUALLY).toBe(WAITING);
    expect(await more.count()).toBe(0);
    expect(await waiting.getByText(/^Showing /).count()).toBe(0);
  });

  it('reported no page errors (the queue page size must not bring zod, and its eval check, into the page)', () => {
    expect(wb.problems).toEqual([]);
  });
});
