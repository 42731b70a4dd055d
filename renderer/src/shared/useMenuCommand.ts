// A command from the app's native menu (File ▸ Settings…), delivered by the Electron preload as
// `window.factdeskMenu`. In a browser (`factdesk serve`) there is no native menu and nothing to do:
// the same commands have keyboard shortcuts in the page.
import { useEffect, useRef } from 'react';
import type { FactdeskMenuBridge, MenuCommand } from '@common/contract/menu';

declare global {
  interface Window {
    factdeskMenu?: FactdeskMenuBridge;
  }
}

export function useMenuCommand(command: MenuCommand, action: () => void): void {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => window.factdeskMenu?.onCommand((given) => given === command && latest.current()), [command]);
}
