// Issue 10.6 through the API the start screen calls: a typed path is taken from the home folder,
// Create adds .factdesk, nothing is made in a missing folder or in another program's empty file,
// and the answer says where the database is. Real files in a temp folder standing in for home.
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/core/dispatch';
import { openFactdesk } from '../../main/core/service';
import { Workspace } from '../../main/core/workspace';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function setup() {
  const home = await mkdtemp(join(tmpdir(), 'factdesk-home-'));
  dirs.push(home);
  const workspace = await Workspace.start(
    {
      open: (path: string, create: boolean) => openFactdesk({ path, create, reviewer: 'Ana', settingsDir: join(home, '.config') }),
      recentFile: join(home, '.config', 'recent.json'),
      homeDir: home,
    },
    join(home, 'first.db'),
  );
  return { home, workspace, api: workspace.api() };
}

describe('switchDatabase with a typed path', () => {
  it('creates a relative name in the home folder with .factdesk added, and says where', async () => {
    const { home, workspace, api } = await setup();
    const info = await api.switchDatabase({ path: 'team-review', create: true });
    expect(info.path).toBe(join(home, 'team-review.factdesk'));
    expect(info.created).toBe(true);
    expect((await stat(join(home, 'team-review.factdesk'))).size).toBeGreaterThan(0);
    // Opening it again by the same typed name finds the same file, and it is not "created" again.
    await api.switchDatabase({ path: join(home, 'first.db') });
    const reopened = await api.switchDatabase({ path: '~/team-review.factdesk' });
    expect(reopened).toMatchObject({ path: join(home, 'team-review.factdesk'), created: false });
    await workspace.close();
  });

  it('refuses a missing folder and another program’s empty file, changing nothing', async () => {
    const { home, workspace, api } = await setup();
    const missing = await dispatch(api, 'switchDatabase', { path: join(home, 'nowhere', 'team.db'), create: true });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(missing.ok === false && missing.error.message).toMatch(/folder .*nowhere.* does not exist/);

    await writeFile(join(home, '__init__.py'), '');
    const before = (await readdir(home)).sort();
    const foreign = await dispatch(api, 'switchDatabase', { path: '__init__.py' });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'refused_file' } });
    expect((await stat(join(home, '__init__.py'))).size).toBe(0);
    expect((await readdir(home)).sort()).toEqual(before);
    expect((await api.getDatabaseInfo({})).path).toBe(join(home, 'first.db'));
    await workspace.close();
  });
});
