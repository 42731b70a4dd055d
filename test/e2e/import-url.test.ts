// Issue 13, the workbench imports from the web: "Import from URL" and an address pasted into the
// window or a link dropped on it all fetch the page through the core (a local server here) and list the article; a
// refused address shows its sentence. Real Chromium against `factdesk serve`.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from './harness';
import { HEADER_CHARSET_TEXT, startWebFixtures, type WebFixtures } from '../support/web-server';

let wb: Workbench;
let web: WebFixtures;

beforeAll(async () => {
  web = await startWebFixtures();
  wb = await startWorkbench({ viewport: { width: 1280, height: 800 } });
  await wb.page.goto(wb.url);
}, 120_000);

afterAll(async () => {
  await wb?.close();
  await web?.close();
});

it('imports a page from a typed address and from a pasted one, and reports a refused one', async () => {
  const { page } = wb;
  const list = page.getByRole('navigation', { name: 'Articles' });
  await page.getByRole('button', { name: 'Import from URL' }).click();
  await page.getByRole('textbox', { name: 'Web address' }).fill(`${web.origin}/redirect`);
  await page.getByRole('button', { name: 'Fetch' }).click();
  await list.getByText('Water rates rise by 12 percent').waitFor({ timeout: 60_000 });

  // Pasted outside any field: the header has the focus, not the reader.
  await page.getByRole('button', { name: 'Import from URL' }).focus();
  await page.evaluate((url) => {
    const data = new DataTransfer();
    data.setData('text/plain', url);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, `${web.origin}/changing`);
  await list.getByText('Bridge repairs will cost 4 million').waitFor({ timeout: 60_000 });

  await page.getByRole('button', { name: 'Import from URL' }).click();
  await page.getByRole('textbox', { name: 'Web address' }).fill(`${web.origin}/missing`);
  await page.getByRole('button', { name: 'Fetch' }).click();
  const failures = page.getByRole('alert', { name: 'Files that could not be imported' });
  await failures.getByText(/\/missing answered HTTP 404 Not Found; nothing was imported\./).waitFor({ timeout: 60_000 });
  expect(await list.getByRole('listitem').count()).toBe(2);
}, 240_000);

it('shows the versions of a page that changed, with the words removed and added', async () => {
  const { page } = wb;
  const list = page.getByRole('navigation', { name: 'Articles' });
  web.changingVersion = 2;
  await page.getByRole('button', { name: 'Import from URL' }).click();
  await page.getByRole('textbox', { name: 'Web address' }).fill(`${web.origin}/changing`);
  await page.getByRole('button', { name: 'Fetch' }).click();
  await list.getByText('Bridge repairs will cost 6 million').click({ timeout: 60_000 });
  const versions = page.getByRole('region', { name: 'Versions' });
  await versions.waitFor({ timeout: 30_000 });
  expect(await versions.getByRole('listitem').count()).toBe(2);
  const diff = versions.getByLabel('Changes from version 1 to version 2');
  await diff.locator('ins', { hasText: '6' }).first().waitFor();
  expect(await diff.locator('del').allTextContents()).toEqual(expect.arrayContaining(['4', 'two']));
  expect(await diff.locator('ins').allTextContents()).toEqual(expect.arrayContaining(['6', 'three']));
  expect(await list.getByRole('listitem').count()).toBe(2);
}, 240_000);

it('imports a link dropped on the window (text/uri-list), as a browser or a mail client drops one', async () => {
  const { page } = wb;
  const list = page.getByRole('navigation', { name: 'Articles' });
  const before = await list.getByRole('listitem').count();
  await page.evaluate((url) => {
    const data = new DataTransfer();
    data.setData('text/uri-list', `# dragged from a browser tab\r\n${url}`);
    data.setData('text/plain', url);
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, `${web.origin}/header-charset`);
  await list.getByText(HEADER_CHARSET_TEXT).waitFor({ timeout: 60_000 });
  expect(await list.getByRole('listitem').count()).toBe(before + 1);
}, 240_000);
