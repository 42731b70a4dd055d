// The reviewer's own preferences (issue 15: the interface language) live with their reviewer name
// in the app's settings folder, not in the page: the browser bridge's port changes per run, so
// the page's localStorage is a different origin each time and would forget the choice.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFactdesk, type FactdeskCore } from '../../../main/core/service';
import { removeTempDirs, tempDir } from '../store/temp';

let dir: string;
const opened: FactdeskCore[] = [];

async function open(settingsDir = join(dir, 'settings')): Promise<FactdeskCore> {
  const core = await openFactdesk({ path: join(dir, 'desk.db'), reviewer: 'ada', settingsDir });
  opened.push(core);
  return core;
}

beforeEach(() => {
  dir = tempDir('factdesk-preferences-');
});

afterEach(async () => {
  for (const core of opened.splice(0)) await core.close();
  removeTempDirs();
});

describe('preferences', () => {
  it('follow the system until a language is chosen, and keep the choice for the next run', async () => {
    const first = await open();
    expect(await first.getPreferences({})).toEqual({ interfaceLanguage: null });
    expect(await first.setPreferences({ interfaceLanguage: 'de' })).toEqual({ interfaceLanguage: 'de' });
    await first.close();
    opened.splice(0);

    const next = await open();
    expect(await next.getPreferences({})).toEqual({ interfaceLanguage: 'de' });
    expect(await next.setPreferences({ interfaceLanguage: null })).toEqual({ interfaceLanguage: null });
    expect(await next.getPreferences({})).toEqual({ interfaceLanguage: null });
  });

  it('sit beside the reviewer name without losing it, in either order of saving', async () => {
    const settingsDir = join(dir, 'settings');
    const core = await open(settingsDir);
    await core.updateSettings({ reviewerName: 'Ada Lovelace' });
    await core.setPreferences({ interfaceLanguage: 'de' });
    await core.updateSettings({ reviewerName: 'Ada L.' });
    expect(JSON.parse(readFileSync(join(settingsDir, 'settings.json'), 'utf8'))).toEqual({ reviewerName: 'Ada L.', interfaceLanguage: 'de' });
    expect((await core.getSettings({})).reviewerName).toBe('Ada L.');
  });

  it('refuse a language Factdesk does not speak, writing nothing', async () => {
    const settingsDir = join(dir, 'settings');
    const core = await open(settingsDir);
    await core.setPreferences({ interfaceLanguage: 'de' });
    const before = readFileSync(join(settingsDir, 'settings.json'), 'utf8');
    await expect(core.setPreferences({ interfaceLanguage: 'fr' } as never)).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(core.setPreferences({ interfaceLanguage: 'de', extra: 1 } as never)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(readFileSync(join(settingsDir, 'settings.json'), 'utf8')).toBe(before);
  });

  it('ignore a hand-edited language that is not one Factdesk speaks', async () => {
    const settingsDir = join(dir, 'settings');
    const core = await open(settingsDir);
    await core.setPreferences({ interfaceLanguage: 'de' });
    writeFileSync(join(settingsDir, 'settings.json'), JSON.stringify({ reviewerName: 'Ada', interfaceLanguage: 'klingon' }));
    expect(await core.getPreferences({})).toEqual({ interfaceLanguage: null });
  });
});
