// Builds the renderer's `window.factdesk` bridge: one function per contract method, each invoking
// its own IPC channel and resolving to the Envelope main sent back. Never a generic channel.
// And `window.factdeskMenu`: the native menu's commands (menu.ts), known names only.
// Electron objects are parameters so this is tested with fakes.
import type { FactdeskBridge } from '@common/contract';
import { isMenuCommand, MENU_CHANNEL, type FactdeskMenuBridge, type MenuCommand } from '@common/contract/menu';
import { METHOD_NAMES, channelOf } from '@common/contract/methods';

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
}

export interface ContextBridgeLike {
  exposeInMainWorld(key: string, api: unknown): void;
}

export function buildBridge(ipcRenderer: IpcRendererLike): FactdeskBridge {
  const bridge: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) {
    // Exactly one argument crosses: extra arguments from a compromised page are dropped here.
    bridge[method] = (input: unknown) => ipcRenderer.invoke(channelOf(method), input ?? {});
  }
  return Object.freeze(bridge) as unknown as FactdeskBridge;
}

export function exposeApi(contextBridge: ContextBridgeLike, ipcRenderer: IpcRendererLike, key: string): void {
  contextBridge.exposeInMainWorld(key, buildBridge(ipcRenderer));
}

/** The part of ipcRenderer the menu channel uses. */
export interface MenuIpcLike {
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function buildMenuBridge(ipcRenderer: MenuIpcLike): FactdeskMenuBridge {
  return Object.freeze({
    onCommand(listener: (command: MenuCommand) => void) {
      // The page gets the command's name only, never the IPC event (it holds the sender).
      const relay = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipcRenderer.on(MENU_CHANNEL, relay);
      return () => void ipcRenderer.removeListener(MENU_CHANNEL, relay);
    },
  });
}

export function exposeMenu(contextBridge: ContextBridgeLike, ipcRenderer: MenuIpcLike, key: string): void {
  contextBridge.exposeInMainWorld(key, buildMenuBridge(ipcRenderer));
}
