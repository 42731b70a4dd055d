// One window's workspace: switching database files through the API, the recent list, and a
// refused file leaving the open one in place. Real files in a temp folder.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFactdesk } from '../../main/core/service';
import { Workspace } from '../../main/core/workspace';
import { dispatch } from '../../main/core/dispatch';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function setup(picker?: (mode: 'open' | 'new') => Promise<string | null>) {
  const dir = await mkdtemp(join(tmpdir(), 'factdesk-workspace-'));
  dirs.push(dir);
  const options = {
    open: (path: string, create: boolean) => openFactdesk({ path, create, reviewer: 'Ana', settingsDir: dir }),
    recentFile: join(dir, 'recent.json'),
    pickDatabaseFile: picker,
  };
  const workspace = await Workspace.start(options, join(dir, 'first.db'));
  return { dir, workspace, api: workspace.api() };
}

describe('Workspace', () => {
  it('switches files through the API and remembers them, newest first', async () => {
    const { dir, workspace, api } = await setup();
    await api.importFiles({ files: [{ name: 'a.txt', data: Buffer.from('Title\n\nA paragraph that is long enough to count as an article body.').toString('base64') }] });
    expect((await api.getDatabaseInfo({})).articleCount).toBe(1);

    const info = await api.switchDatabase({ path: join(dir, 'second.db'), create: true });
    expect(info.path).toBe(join(dir, 'second.db'));
    expect(info.articleCount).toBe(0);
    expect((await api.listArticles({})).articles.length).toBe(0);
    expect(await api.getRecentDatabases({})).toEqual([join(dir, 'second.db'), join(dir, 'first.db')]);

    await api.switchDatabase({ path: join(dir, 'first.db') });
    expect((await api.getDatabaseInfo({})).articleCount).toBe(1);
    await workspace.close();
  });

  it('keeps the open file when the new one is refused, and does not create files unless asked', async () => {
    const { dir, workspace, api } = await setup();
    const notes = join(dir, 'notes.txt');
    await writeFile(notes, 'not a database');
    const refused = await dispatch(api, 'switchDatabase', { path: notes });
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused_file' } });
    expect(await readFile(notes, 'utf8')).toBe('not a database');
    const missing = await dispatch(api, 'switchDatabase', { path: join(dir, 'missing.db') });
    expect(missing.ok).toBe(false);
    expect((await api.getDatabaseInfo({})).path).toBe(join(dir, 'first.db'));
    expect(await api.getRecentDatabases({})).toEqual([join(dir, 'first.db')]);
    await workspace.close();
  });

  it('offers the native chooser only where there is one', async () => {
    const plain = await setup();
    expect(await plain.api.pickDatabaseFile({ mode: 'open' })).toEqual({ supported: false, path: null });
    await plain.workspace.close();
    const desktop = await setup(async (mode) => (mode === 'new' ? '/chosen/new.db' : null));
    expect(await desktop.api.pickDatabaseFile({ mode: 'new' })).toEqual({ supported: true, path: '/chosen/new.db' });
    expect(await desktop.api.pickDatabaseFile({ mode: 'open' })).toEqual({ supported: true, path: null });
    await desktop.workspace.close();
  });
});
