// The native application menu, built by a pure function from the shell's translations, so both
// languages and both menu layouts (macOS's app menu, File elsewhere) are tested without Electron.
// Role items get explicit labels: Electron would otherwise fill them in English.
import type { MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import { MENU_CHANNEL, type MenuCommand } from '@common/contract/menu';

/** The window's contents, as far as sending a menu command goes. */
export interface MenuTarget {
  send(channel: string, command: MenuCommand): void;
}

/** Settings… hands the page its command (@common/contract/menu): the Settings screen is the renderer's. */
export function sendMenuCommand(target: () => MenuTarget | null, command: MenuCommand): () => void {
  return () => target()?.send(MENU_CHANNEL, command);
}

/** What the menu's own items do; main/index.ts wires them to dialogs and the workspace. */
export interface MenuActions {
  newDatabase(): void;
  openDatabase(): void;
  openRecent(path: string): void;
  importArticles(): void;
  exportDatabase(): void;
  openSettings(): void;
}

export interface MenuOptions {
  t: TFunction;
  platform: NodeJS.Platform;
  appName: string;
  /** Recently opened databases, newest first. */
  recent: readonly string[];
  actions: MenuActions;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function applicationMenuTemplate({ t, platform, appName, recent, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const settings: MenuItemConstructorOptions = { label: t('menu.settings'), accelerator: 'CmdOrCtrl+,', click: () => actions.openSettings() };
  // macOS names its first menu after the app and keeps About, Settings, Services, Hide and Quit there.
  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about', label: t('menu.about', { app: appName }) },
      separator,
      settings,
      separator,
      { role: 'services', label: t('menu.services') },
      separator,
      { role: 'hide', label: t('menu.hide', { app: appName }) },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.unhide') },
      separator,
      { role: 'quit', label: t('menu.quitApp', { app: appName }) },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      { label: t('menu.newDatabase'), accelerator: 'CmdOrCtrl+N', click: () => actions.newDatabase() },
      { label: t('menu.openDatabase'), accelerator: 'CmdOrCtrl+O', click: () => actions.openDatabase() },
      {
        label: t('menu.openRecent'),
        submenu: recent.length
          ? recent.map((path) => ({ label: path, click: () => actions.openRecent(path) }))
          : [{ label: t('menu.noRecent'), enabled: false }],
      },
      separator,
      { label: t('menu.import'), accelerator: 'CmdOrCtrl+I', click: () => actions.importArticles() },
      // Ctrl/Cmd+E belongs to the workbench's own export dialog (scope, filters, preview); the
      // menu keeps a quick whole-database export with a native save dialog.
      { label: t('menu.exportDatabase'), click: () => actions.exportDatabase() },
      separator,
      ...(mac
        ? [{ role: 'close', label: t('menu.closeWindow') } satisfies MenuItemConstructorOptions]
        : [settings, separator, { role: 'quit', label: t('menu.quit') } satisfies MenuItemConstructorOptions]),
    ],
  };
  // macOS's Edit menu also has Paste and Match Style and Speech, as Electron's default editMenu does.
  const macEdit: MenuItemConstructorOptions[] = [
    { role: 'pasteAndMatchStyle', label: t('menu.pasteAndMatchStyle') },
    { role: 'delete', label: t('menu.delete') },
    { role: 'selectAll', label: t('menu.selectAll') },
    separator,
    {
      label: t('menu.speech'),
      submenu: [
        { role: 'startSpeaking', label: t('menu.startSpeaking') },
        { role: 'stopSpeaking', label: t('menu.stopSpeaking') },
      ],
    },
  ];
  const otherEdit: MenuItemConstructorOptions[] = [{ role: 'delete', label: t('menu.delete') }, separator, { role: 'selectAll', label: t('menu.selectAll') }];
  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      separator,
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      ...(mac ? macEdit : otherEdit),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      { role: 'reload', label: t('menu.reload') },
      { role: 'forceReload', label: t('menu.forceReload') },
      { role: 'toggleDevTools', label: t('menu.toggleDevTools') },
      separator,
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      separator,
      { role: 'togglefullscreen', label: t('menu.toggleFullScreen') },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    // The role keeps macOS's list of open windows in this menu, whatever its label.
    role: 'windowMenu',
    label: t('menu.window'),
    submenu: [
      { role: 'minimize', label: t('menu.minimize') },
      { role: 'zoom', label: t('menu.zoom') },
      ...(mac
        ? [separator, { role: 'front', label: t('menu.front') } satisfies MenuItemConstructorOptions]
        : [{ role: 'close', label: t('menu.close') } satisfies MenuItemConstructorOptions]),
    ],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, windowMenu];
}
