// Menu items that hand a command to the page (@common/contract/menu): the shell only sends its
// name; what it does (opening the Settings screen) is the renderer's.
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '@common/contract/menu';

/** The window's contents, as far as sending a menu command goes. */
export interface MenuTarget {
  send(channel: string, command: MenuCommand): void;
}

/** File ▸ Settings…, Ctrl/Cmd+, as desktop apps have it. */
export function settingsMenuItem(target: () => MenuTarget | null): MenuItemConstructorOptions {
  return { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => target()?.send(MENU_CHANNEL, 'open-settings') };
}
