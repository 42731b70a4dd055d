// Schema 8 (issue 12): a verdict's colour for each theme. A schema-7 file keeps what its desk chose
// and gets the new defaults only where the default colours were never changed: "Mostly true" and
// "Half true" had < 3:1 on the light theme's white, and the dark theme gets brighter defaults.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFactdesk } from '../../../main/core/service';
import { MIGRATIONS } from '../../../main/core/store/migrations';
import { openDatabase } from '../../../main/core/store/open';
import { removeTempDirs, tempDir } from '../store/temp';

afterAll(removeTempDirs);

describe('schema 8', () => {
  it('gives a schema-7 file the new default colours where unchanged, and keeps a colour the desk chose for both themes', async () => {
    const dir = tempDir('factdesk-schema8-');
    const path = join(dir, 'v7.db');
    const v7 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 7) });
    await v7.connection.write(async (tx) => {
      await tx.run("UPDATE verdict SET color = '#0969da' WHERE key = 'half_true'");
    });
    await v7.connection.close();

    const core = await openFactdesk({ path, reviewer: 'ada', settingsDir: join(dir, 'settings') });
    try {
      const colours = Object.fromEntries((await core.getVerdictScale({})).verdicts.map((v) => [v.key, [v.color, v.colorDark]]));
      expect(colours).toEqual({
        true: ['#1a7f37', '#3fb950'],
        mostly_true: ['#4d7c0f', '#a3c43b'],
        half_true: ['#0969da', '#0969da'],
        mostly_false: ['#e16f24', '#f0883e'],
        false: ['#cf222e', '#f85149'],
        unverifiable: ['#6e7781', '#8b949e'],
      });
    } finally {
      await core.close();
    }
  });
});
