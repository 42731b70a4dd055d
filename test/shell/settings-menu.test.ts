// Settings in the native menu (issue 12): File ▸ Settings… (Ctrl/Cmd+,) tells the page to open its
// Settings screen over the one menu channel, and the preload hands the page that command only
// (an unknown one from main is dropped; a page's listener can be removed). The app runs on a fake
// `electron` module, as in the other shell tests.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MENU_CHANNEL, type FactdeskMenuBridge } from '@common/contract/menu';
import { exposeMenu, type ContextBridgeLike, type MenuIpcLike } from '../../preload/expose';
import { startFakeElectron, type MenuItem } from './fake-electron';

vi.mock('electron', async () => {
  const { fakeElectronModule } = await import('./fake-electron');
  return { ...fakeElectronModule, default: fakeElectronModule };
});

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-settings-menu-'));
  await mkdir(join(dir, 'user-data'));
  await writeFile(join(dir, 'user-data', 'settings.json'), JSON.stringify({ reviewerName: 'Desk Reviewer' }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('File ▸ Settings…', () => {
  it('is in the menu with Ctrl/Cmd+, and tells the window to open the Settings screen', async () => {
    const fake = startFakeElectron(join(dir, 'user-data'));
    await import('../../main/index');
    fake.ready();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 10_000 });
    const file = fake.menu.find((m) => m.label === 'File');
    const settings = file?.submenu?.find((m: MenuItem) => m.label === 'Settings…');
    expect(settings).toMatchObject({ accelerator: 'CmdOrCtrl+,' });
    settings?.click?.();
    expect(fake.windows[0]?.sent).toEqual([[MENU_CHANNEL, 'open-settings']]);
  });
});

describe('the preload’s menu channel', () => {
  it('hands the page known menu commands only, until it stops listening', () => {
    const listeners = new Map<string, Array<(event: unknown, ...args: unknown[]) => void>>();
    const ipcRenderer: MenuIpcLike = {
      on: (channel, listener) => void listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
      removeListener: (channel, listener) => void listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener)),
    };
    let exposed: FactdeskMenuBridge | undefined;
    const contextBridge: ContextBridgeLike = { exposeInMainWorld: (_key, value) => (exposed = value as FactdeskMenuBridge) };
    exposeMenu(contextBridge, ipcRenderer, 'factdeskMenu');
    const heard: string[] = [];
    const stop = exposed!.onCommand((command) => heard.push(command));
    const emit = (...args: unknown[]) => (listeners.get(MENU_CHANNEL) ?? []).forEach((l) => l({ sender: 'main' }, ...args));
    emit('open-settings');
    emit('format-disk');
    emit({ command: 'open-settings' });
    expect(heard).toEqual(['open-settings']);
    stop();
    emit('open-settings');
    expect(heard).toEqual(['open-settings']);
    expect(listeners.get(MENU_CHANNEL)).toEqual([]);
  });
});
