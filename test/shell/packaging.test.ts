// The packaging config (issue 10, point 13): electron-builder itself reads electron-builder.yml and
// validates it against its schema, and the fuses that keep a packaged Factdesk from being turned
// into a plain Node runtime or loading code from outside its checked ASAR archive are set.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
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
