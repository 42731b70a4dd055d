// What the native menu tells the page: one channel from main to the renderer, carrying the name of
// a command the page carries out itself (opening its Settings screen). The preload passes on only
// the names listed here, so the channel cannot be used to hand the page anything else.

/** The IPC channel of menu commands, main → renderer. */
export const MENU_CHANNEL = 'factdesk:menu-command';

export const MENU_COMMANDS = ['open-settings'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** `window.factdeskMenu` in the Electron window (absent on the browser bridge, which has no native menu). */
export interface FactdeskMenuBridge {
  /** Calls `listener` for each menu command; returns the function that stops it. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
}
