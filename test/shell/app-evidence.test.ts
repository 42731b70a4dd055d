// Issue 13 in the app, on main/index.ts with the fake Electron: archiving a source renders it with
// Electron itself (a hidden, sandboxed window on a session partition of its own, destroyed
// afterwards), not headless Chromium; opening a kept PDF hands the file the core wrote to
// shell.openPath. The database and the web page (a local server) are real.
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf } from '@common/contract/methods';
import type { Evidence } from '@common/domain/evidence';
import { openFactdesk } from '../../main/core/service';
import { startFakeElectron, type FakeRun } from './fake-electron';
import { startWebFixtures, type WebFixtures } from '../support/web-server';

vi.mock('electron', async () => {
  const { fakeElectronModule } = await import('./fake-electron');
  return { ...fakeElectronModule, default: fakeElectronModule };
});

let dir: string;
let desk: string;
let web: WebFixtures;
let app: FakeRun;
const argv = process.argv;
const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3000, 1)]);

async function call<T>(method: string, input: unknown): Promise<T> {
  const handler = app.handlers.get(channelOf(method as never))!;
  const reply = (await handler({ senderFrame: { url: 'app://factdesk/index.html', parent: null } }, input)) as { ok: boolean; value: T; error?: { message: string } };
  if (!reply.ok) throw new Error(reply.error?.message);
  return reply.value;
}

beforeAll(async () => {
  delete process.env.FACTDESK_REVIEWER;
  web = await startWebFixtures();
  dir = await mkdtemp(join(tmpdir(), 'factdesk-app-evidence-'));
  const userData = join(dir, 'user-data');
  await mkdir(userData);
  await writeFile(join(userData, 'settings.json'), JSON.stringify({ reviewerName: 'Desk Reviewer' }));
  desk = join(dir, 'desk.factdesk');
  const core = await openFactdesk({ path: desk, reviewer: 'maker', settingsDir: join(dir, 'maker') });
  try {
    const [imported] = await core.importFiles({ files: [{ name: 'b.txt', data: Buffer.from('Bericht\n\nDie Stadt meldet neue Zahlen zu Haushalt und Verkehr.').toString('base64') }] });
    const claim = await core.createClaimFromQuote({ articleId: imported?.articleId ?? 0, quote: 'Die Stadt meldet neue Zahlen' });
    const source = await core.addSource({ claimId: claim.id, fields: { url: `${web.origin}/article` } });
    await core.addEvidence({ sourceId: source.id, files: [{ name: 'scan.pdf', data: scan.toString('base64') }] });
  } finally {
    await core.close();
  }
  vi.resetModules();
  process.argv = [process.execPath, desk];
  app = startFakeElectron(userData);
  await import('../../main/index');
  app.ready();
  await vi.waitFor(() => expect(app.windows).toHaveLength(1), { timeout: 10_000 });
});

afterAll(async () => {
  process.argv = argv;
  app?.emit('before-quit');
  await web?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('evidence in the app', () => {
  it('archives a source with Electron: a hidden sandboxed window on a partition of its own, destroyed afterwards', async () => {
    const copies = await call<Evidence[]>('archiveSource', { sourceId: 1 });
    expect(copies.map((e) => [e.kind, e.mediaType])).toEqual([
      ['page', 'text/html'],
      ['screenshot', 'image/png'],
      ['pdf', 'application/pdf'],
    ]);
    const capture = app.windows[1]!;
    expect(capture.loaded).toEqual([`${web.origin}/article`]);
    expect(capture.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    const partition = (capture.options as { webPreferences: { partition: string } }).webPreferences.partition;
    expect(partition).toMatch(/^factdesk-capture-/);
    expect(app.partitions).toEqual([{ partition, refusesDownloads: true, cleared: true }]);
    expect(capture.destroyed).toBe(true);
  });

  it('opens a kept PDF with the system viewer (shell.openPath on the file the core wrote)', async () => {
    const [kept] = await call<Evidence[]>('listEvidence', { sourceId: 1 });
    expect(await call('openEvidence', { id: kept!.id })).toEqual({ opened: true });
    expect(app.openedPaths).toHaveLength(1);
    expect(readFileSync(app.openedPaths[0]!).equals(scan)).toBe(true);
  });
});
