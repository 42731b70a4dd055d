// A desk file opens Factdesk (issue 17), tested on main/index.ts with the fake Electron: the file
// given on the command line is opened at start; a second launch focuses the first window and
// opens its file there, then quits; macOS's open-file opens the file; File ▸ Open Recent lists the
// files opened, and still does after a restart. The databases are real files.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf } from '@common/contract/methods';
import { openFactdesk } from '../../main/core/service';
import { openRecentLabels, startFakeElectron, type FakeRun } from './fake-electron';

vi.mock('electron', async () => {
  const { fakeElectronModule } = await import('./fake-electron');
  return { ...fakeElectronModule, default: fakeElectronModule };
});

let dir: string;
let userData: string;
let deskA: string;
let deskB: string;
const argv = process.argv;

interface StartOptions {
  holdsLock?: boolean;
  userDataDir?: string;
  /** What happens between loading main/index.ts and the app being ready (macOS sends open-file then). */
  beforeReady?: (fake: FakeRun) => void;
}

/** One start of the app: main/index.ts loaded afresh on a fake Electron, made ready. */
async function startApp(args: string[], options: StartOptions = {}): Promise<FakeRun> {
  vi.resetModules();
  process.argv = [process.execPath, ...args];
  const fake = startFakeElectron(options.userDataDir ?? userData, options);
  await import('../../main/index');
  options.beforeReady?.(fake);
  fake.ready();
  return fake;
}

async function openPath(fake: FakeRun): Promise<string> {
  const handler = fake.handlers.get(channelOf('getDatabaseInfo'))!;
  const reply = (await handler({ senderFrame: { url: 'app://factdesk/index.html', parent: null } }, {})) as { value: { path: string } };
  return reply.value.path;
}

beforeAll(async () => {
  delete process.env.FACTDESK_REVIEWER;
  dir = await mkdtemp(join(tmpdir(), 'factdesk-open-files-'));
  userData = join(dir, 'user-data');
  await mkdir(userData);
  await writeFile(join(userData, 'settings.json'), JSON.stringify({ reviewerName: 'Desk Reviewer' }));
  deskA = join(dir, 'desk-a.factdesk');
  deskB = join(dir, 'desk-b.factdesk');
  for (const path of [deskA, deskB]) await (await openFactdesk({ path, reviewer: 'maker', settingsDir: join(dir, 'maker') })).close();
});

afterAll(async () => {
  process.argv = argv;
  await rm(dir, { recursive: true, force: true });
});

describe('a .factdesk file opens Factdesk', () => {
  let first: FakeRun;

  it('opens the file given on the command line at start (a double-click on Windows and Linux)', async () => {
    first = await startApp(['--enable-logging', deskA]);
    await vi.waitFor(() => expect(first.windows).toHaveLength(1), { timeout: 10_000 });
    expect(await openPath(first)).toBe(deskA);
    expect(existsSync(join(userData, 'factdesk.db'))).toBe(false);
  });

  it('a second launch brings the first window back and opens its file there', async () => {
    const [win] = first.windows;
    win!.minimized = true;
    // A relative name, as typed in a terminal: taken from the second launch's folder.
    first.emit('second-instance', {}, ['/opt/Factdesk/factdesk', '--allow-file-access-from-files', 'desk-b.factdesk'], dir);
    expect(win!.restored).toBe(1);
    expect(win!.focused).toBe(1);
    await vi.waitFor(async () => expect(await openPath(first)).toBe(deskB), { timeout: 10_000 });
    expect(win!.titles.at(-1)).toBe(`Factdesk — ${deskB}`);
    expect(win!.reloads).toBeGreaterThan(0);
    expect(first.windows).toHaveLength(1);
  });

  it("opens the file macOS's open-file names, telling macOS it was handled", async () => {
    const preventDefault = vi.fn();
    first.emit('open-file', { preventDefault }, deskA);
    expect(preventDefault).toHaveBeenCalled();
    await vi.waitFor(async () => expect(await openPath(first)).toBe(deskA), { timeout: 10_000 });
  });

  it('says why a file it was given cannot be opened, keeps the open one, and creates nothing', async () => {
    const gone = join(dir, 'moved-away.factdesk');
    first.emit('open-file', { preventDefault: () => undefined }, gone);
    await vi.waitFor(() => expect(first.errors.at(-1)).toMatch(/^The database could not be opened: .*moved-away\.factdesk/), { timeout: 10_000 });
    expect(await openPath(first)).toBe(deskA);
    expect(existsSync(gone)).toBe(false);
  });

  it('lists the files opened under File ▸ Open Recent and in the system’s recent documents', async () => {
    await vi.waitFor(() => expect(openRecentLabels(first)).toEqual([deskA, deskB]), { timeout: 10_000 });
    expect(first.recentDocuments).toEqual([deskA, deskB, deskA]);
  });

  it('keeps File ▸ Open Recent after a restart, and reopens the last file', async () => {
    first.emit('before-quit');
    const again = await startApp([]);
    await vi.waitFor(() => expect(again.windows).toHaveLength(1), { timeout: 10_000 });
    expect(openRecentLabels(again)).toEqual([deskA, deskB]);
    expect(await openPath(again)).toBe(deskA);
    again.emit('before-quit');
  });

  it('starts on the file macOS names in an open-file sent before the app is ready (a double-click in the Finder)', async () => {
    const finder = await startApp([], { beforeReady: (fake) => fake.emit('open-file', { preventDefault: () => undefined }, deskB) });
    await vi.waitFor(() => expect(finder.windows).toHaveLength(1), { timeout: 10_000 });
    expect(await openPath(finder)).toBe(deskB);
    finder.emit('before-quit');
  });

  it('a second launch that cannot take the lock quits without a window or a database', async () => {
    const elsewhere = join(dir, 'second-launch');
    await mkdir(elsewhere);
    const second = await startApp([deskB], { holdsLock: false, userDataDir: elsewhere });
    expect(second.quitCalls).toBe(1);
    await new Promise((r) => setTimeout(r, 200)); // give a wrongly started app the time to show itself
    expect(second.windows).toEqual([]);
    expect(second.handlers.size).toBe(0);
    expect(existsSync(join(elsewhere, 'factdesk.db'))).toBe(false);
  });
});
