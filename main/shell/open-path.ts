// Opening a preserved copy with the system's viewer (the core's host.openPath): Electron's
// shell.openPath on the file the core wrote. Electron answers "" on success, else why it failed.
export interface ShellLike {
  openPath(path: string): Promise<string>;
}

export function openWithSystemViewer(shell: ShellLike): (path: string) => Promise<boolean> {
  return async (path) => (await shell.openPath(path)) === '';
}
