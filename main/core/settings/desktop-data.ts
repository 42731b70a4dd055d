// Where the desktop app keeps its own files (settings, recent files, the default database), so the
// browser fallback of `npm start` opens exactly the file the app would have opened. Electron puts
// them in app.getPath('userData'): the platform's application-data folder plus the app's name,
// which for an unpackaged run is package.json's "name" ("factdesk").
import { homedir } from 'node:os';
import { join } from 'node:path';

export const DESKTOP_APP_NAME = 'factdesk';
/** File names inside the user-data folder, shared by main/index.ts and `factdesk serve --desktop`. */
export const RECENT_FILE_NAME = 'recent-databases.json';
export const DEFAULT_DATABASE_NAME = 'factdesk.db';

export interface DesktopEnvironment {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
}

const here = (): DesktopEnvironment => ({ platform: process.platform, env: process.env, home: homedir() });

/** Electron's appData folder, by its own rules (see app.getPath in Electron's docs). */
function applicationDataDir({ platform, env, home }: DesktopEnvironment): string {
  if (platform === 'win32') return env.APPDATA || join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(home, '.config');
}

/** The desktop app's user-data folder (what app.getPath('userData') answers in the app). */
export function desktopUserDataDir(where: DesktopEnvironment = here()): string {
  return join(applicationDataDir(where), DESKTOP_APP_NAME);
}
