// Placeholder Electron entry; replaced by the shell.
export {};
