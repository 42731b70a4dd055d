// Where the desktop app keeps its files (issue 17): `npm start`'s browser fallback must open the
// database the app would have, so it finds the app's user-data folder by Electron's own rules.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DESKTOP_APP_NAME, desktopUserDataDir } from '../../../main/core/settings/desktop-data';

describe('desktopUserDataDir', () => {
  it('is the platform’s application-data folder plus the app’s name, as app.getPath("userData")', () => {
    expect(desktopUserDataDir({ platform: 'linux', env: {}, home: '/home/ada' })).toBe('/home/ada/.config/factdesk');
    expect(desktopUserDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/cfg' }, home: '/home/ada' })).toBe('/cfg/factdesk');
    expect(desktopUserDataDir({ platform: 'darwin', env: {}, home: '/Users/ada' })).toBe('/Users/ada/Library/Application Support/factdesk');
    expect(desktopUserDataDir({ platform: 'win32', env: { APPDATA: '/c/Users/ada/AppData/Roaming' }, home: '/c/Users/ada' })).toBe(
      '/c/Users/ada/AppData/Roaming/factdesk',
    );
  });

  it('names the folder as Electron names an unpackaged app: package.json\'s productName, else its name', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { name: string; productName?: string };
    expect(manifest.productName ?? manifest.name).toBe(DESKTOP_APP_NAME);
  });
});
