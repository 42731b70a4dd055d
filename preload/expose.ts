// Builds the renderer's `window.factdesk` bridge: one function per contract method, each invoking
// its own IPC channel and resolving to the Envelope main sent back. Never a generic channel.
// Electron objects are parameters so this is tested with fakes.
import type { FactdeskBridge } from '@common/contract';
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
