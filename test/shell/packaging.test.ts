// The packaging config (issue 10, point 13; issue 17): electron-builder itself reads
// electron-builder.yml and validates it against its schema; the fuses that keep a packaged Factdesk
// from being turned into a plain Node runtime or loading code from outside its checked ASAR archive
// are set; the installers, the app id, the icon and the .factdesk association are what the issue
// asks for. Installers cannot be built here (electron-builder downloads Electron), so this is the check.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseArgument } from '../../main/shell/launch-files';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('electron-builder.yml', () => {
  it('is valid for electron-builder and sets the security fuses', async () => {
    const config = await getConfig(ROOT, null, null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config.asar).not.toBe(false);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('refuses a misspelt fuse (so the check above can fail)', async () => {
    const config = await getConfig(ROOT, null, null);
    await expect(validateConfiguration({ ...config, electronFuses: { runAsNod: false } as never }, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });
});

/** The names of a platform's targets, however the configuration spells them (string, list, objects). */
function targetNames(target: unknown): string[] {
  const list = Array.isArray(target) ? target : target === undefined || target === null ? [] : [target];
  return list.map((t) => (typeof t === 'string' ? t : String((t as { target: string }).target)));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('installers (issue 17)', () => {
  it('builds an AppImage and a deb for Linux, a dmg for macOS and an NSIS installer for Windows', async () => {
    const config = await getConfig(ROOT, null, null);
    expect(config.appId).toBe('org.factdesk.app');
    expect(config.productName).toBe('Factdesk');
    expect(targetNames(config.linux?.target).sort()).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    // The installer asks where to install, per user: newsroom laptops seldom give admin rights.
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false });
  });

  it('has an icon electron-builder can make every platform’s icons from (PNG, at least 512×512)', async () => {
    const config = await getConfig(ROOT, null, null);
    const resources = join(ROOT, config.directories?.buildResources ?? 'build');
    const { width, height } = pngSize(join(resources, 'icon.png'));
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(512);
  });

  it('associates .factdesk files with Factdesk, which opens the file it is started with', async () => {
    const config = await getConfig(ROOT, null, null);
    const associations = [config.fileAssociations ?? []].flat();
    expect(associations).toEqual([expect.objectContaining({ ext: 'factdesk', name: 'Factdesk database', mimeType: 'application/x-factdesk', role: 'Editor' })]);
    // What a double-click passes is what the shell opens.
    expect(databaseArgument(['/opt/Factdesk/factdesk', '/home/ada/team.factdesk'], '/')).toBe('/home/ada/team.factdesk');
  });
});
