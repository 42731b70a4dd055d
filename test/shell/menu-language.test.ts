// The native menu speaks the reviewer's language (issue 15): the interface language saved in
// settings.json when there is one, else the system's (app.getLocale()); switching it in the
// workbench (setPreferences over IPC) rebuilds the menu at once. The real main/index.ts runs on
// the fake `electron` module, as in the other shell tests.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf } from '@common/contract/methods';
import { startFakeElectron, type FakeRun, type MenuItem } from './fake-electron';

vi.mock('electron', async () => {
  const { fakeElectronModule } = await import('./fake-electron');
  return { ...fakeElectronModule, default: fakeElectronModule };
});

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-menu-language-'));
  await mkdir(join(dir, 'user-data'));
  await writeFile(join(dir, 'user-data', 'settings.json'), JSON.stringify({ reviewerName: 'Desk Reviewer', interfaceLanguage: 'de' }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const topLabels = (fake: FakeRun): string[] => fake.menu.map((m: MenuItem) => m.label ?? '');
const fileItems = (fake: FakeRun): string[] => (fake.menu[0]?.submenu ?? []).map((m) => m.label ?? '');

describe('the menu’s language', () => {
  it('is German when the reviewer chose German, on an English system, and English again after setPreferences', async () => {
    const fake = startFakeElectron(join(dir, 'user-data'), { locale: 'en-US' });
    await import('../../main/index');
    fake.ready();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 10_000 });
    expect(topLabels(fake)).toEqual(['Datei', 'Bearbeiten', 'Darstellung', 'Fenster']);
    expect(fileItems(fake)).toContain('Datenbank öffnen…');

    const setPreferences = fake.handlers.get(channelOf('setPreferences'))!;
    const reply = await setPreferences({ senderFrame: { url: 'app://factdesk/index.html', parent: null } }, { interfaceLanguage: 'en' });
    expect(reply).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(topLabels(fake)).toEqual(['File', 'Edit', 'View', 'Window']));
    expect(fileItems(fake)).toContain('Open Database…');
  });
});
