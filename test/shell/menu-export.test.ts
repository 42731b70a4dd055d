// File ▸ Export Whole Database… in the app (issue 15 and 13): the save dialog speaks the
// reviewer's language and offers WACZ; a .wacz chosen there is written to that file, evidence
// included, and reads back with every digest right. The real main/index.ts runs on the fake
// `electron` module; the database is a real file.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openFactdesk } from '../../main/core/service';
import { startFakeElectron, type FakeRun } from './fake-electron';
import { unpackWacz } from '../support/warc-reader';

vi.mock('electron', async () => {
  const { fakeElectronModule } = await import('./fake-electron');
  return { ...fakeElectronModule, default: fakeElectronModule };
});

let dir: string;
let app: FakeRun;
const argv = process.argv;
const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3000, 7)]);

beforeAll(async () => {
  delete process.env.FACTDESK_REVIEWER;
  dir = await mkdtemp(join(tmpdir(), 'factdesk-menu-export-'));
  const userData = join(dir, 'user-data');
  await mkdir(userData);
  await writeFile(join(userData, 'settings.json'), JSON.stringify({ reviewerName: 'Desk Reviewer', interfaceLanguage: 'de' }));
  const desk = join(dir, 'desk.factdesk');
  const core = await openFactdesk({ path: desk, reviewer: 'maker', settingsDir: join(dir, 'maker') });
  try {
    const [imported] = await core.importFiles({ files: [{ name: 'b.txt', data: Buffer.from('Bericht\n\nDie Stadt meldet neue Zahlen.').toString('base64') }] });
    const claim = await core.createClaimFromQuote({ articleId: imported?.articleId ?? 0, quote: 'Die Stadt meldet neue Zahlen' });
    const source = await core.addSource({ claimId: claim.id, fields: { url: 'https://example.org/zahlen' } });
    await core.addEvidence({ sourceId: source.id, files: [{ name: 'scan.pdf', data: scan.toString('base64') }] });
  } finally {
    await core.close();
  }
  process.argv = [process.execPath, desk];
  app = startFakeElectron(userData, { locale: 'en-US' });
  await import('../../main/index');
  app.ready();
  await vi.waitFor(() => expect(app.windows).toHaveLength(1), { timeout: 10_000 });
});

afterAll(async () => {
  process.argv = argv;
  app?.emit('before-quit');
  await rm(dir, { recursive: true, force: true });
});

describe('File ▸ Export Whole Database…', () => {
  it('asks in German, offers WACZ, and writes the chosen .wacz with the evidence file', async () => {
    const out = join(dir, 'desk.wacz');
    app.saveAnswers.push(out);
    const file = app.menu.find((m) => m.label === 'Datei');
    file?.submenu?.find((m) => m.label === 'Ganze Datenbank exportieren…')?.click?.();
    await vi.waitFor(() => expect(existsSync(out) && app.dialogs.length).toBe(1), { timeout: 10_000 });
    const options = app.dialogs[0] as { title: string; filters: Array<{ name: string; extensions: string[] }> };
    expect(options.title).toBe('Bericht über die ganze Datenbank exportieren');
    expect(options.filters.find((f) => f.extensions.includes('wacz'))?.name).toBe('WACZ-Webarchiv (gesicherte Seiten und Belege)');
    // The file appears before it is complete: each try unpacks into a folder of its own.
    let tries = 0;
    const wacz = await vi.waitFor(() => unpackWacz(out, join(dir, `unpacked-${++tries}`)), { timeout: 10_000 });
    expect(wacz.records.some((r) => r.payload.equals(scan))).toBe(true);
    expect(app.errors).toEqual([]);
  });
});
