// Issue 10.10: a database Factdesk may not write (a file on a read-only mount, an immutable file)
// opens read-only: it can be read, searched and exported, every write is refused with a sentence,
// and its folder stays as it was. The tests run as root, whom file modes do not stop, so they make
// SQLite meet a real read-only file the ways root meets one: `chattr +i` (the kernel refuses to
// write an immutable file even for root) and a tmpfs remounted read-only (EROFS).
// Folders without write permission and 0444 files are tested as a plain user in test/cli/read-only.test.ts.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FactdeskError } from '@common/domain/errors';
import { openFactdesk, type FactdeskCore } from '../../main/core/service';
import { Cleanups, run } from '../support/system';

const cleanups = new Cleanups();
afterEach(() => cleanups.runAll());
const tempFolder = (): string => cleanups.folder('factdesk-readonly-');

const ARTICLE = Buffer.from('A headline\n\nThe minister said unemployment fell by half in 2023, which the figures do not show.').toString('base64');

/** A database with one article and one claim, closed (so only the .db file is in the folder). */
async function desk(dir: string, name = 'desk.db'): Promise<string> {
  const path = join(dir, name);
  const core = await openFactdesk({ path, reviewer: 'Owner', settingsDir: join(dir, '.settings-owner') });
  const [outcome] = await core.importFiles({ files: [{ name: 'a.txt', data: ARTICLE }] });
  await core.createClaimFromQuote({ articleId: outcome!.articleId!, quote: 'unemployment fell by half' });
  await core.close();
  rmSync(join(dir, '.settings-owner'), { recursive: true, force: true });
  return path;
}

async function expectReadOnlyAndUsable(core: FactdeskCore, reason: RegExp): Promise<void> {
  const info = await core.getDatabaseInfo({});
  expect(info.readOnly).toBe(true);
  expect(info.readOnlyReason).toMatch(reason);
  // Shown, searched and exported as usual.
  const [summary] = (await core.listArticles({ search: 'unemployment' })).articles;
  expect(summary?.title).toBe('A headline');
  const detail = await core.getArticle({ id: summary!.id });
  expect(detail.claims).toHaveLength(1);
  const report = await core.renderExport({ format: 'md', filter: {} });
  expect(report.content).toContain('unemployment fell by half');
  expect(await core.heartbeat({ editing: null })).toEqual([]);
  // Every kind of write is refused with the same sentence, and nothing is written.
  const attempts = [
    () => core.createClaim({ articleId: summary!.id, start: 0, end: 5 }),
    () => core.importFiles({ files: [{ name: 'b.txt', data: ARTICLE.replace('A', 'B') }] }),
    () => core.updateClaim({ id: detail.claims[0]!.id, expectedRevision: detail.claims[0]!.revision, patch: { rationale: 'x' } }),
    () => core.updateSettings({ organisationName: 'Desk' }),
  ];
  for (const attempt of attempts) {
    const error = await attempt().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FactdeskError);
    expect((error as FactdeskError).code).toBe('read_only');
    expect((error as Error).message).toMatch(/read-only/);
    expect((error as Error).message).toMatch(/not saved/);
    expect((error as Error).message).toMatch(/copy it to a folder you can write to/);
    expect((error as Error).message).not.toMatch(/SQLITE_/);
  }
  expect((await core.getArticle({ id: summary!.id })).claims).toHaveLength(1);
}

describe('a database Factdesk may not write opens read-only', () => {
  it('an immutable file (chattr +i)', async () => {
    const dir = tempFolder();
    const path = await desk(dir);
    run('chattr', '+i', path);
    cleanups.add(() => run('chattr', '-i', path));
    const core = await openFactdesk({ path, reviewer: 'Reader', settingsDir: join(tempFolder(), 'settings') });
    try {
      await expectReadOnlyAndUsable(core, /not allowed to change the file/);
    } finally {
      await core.close();
    }
    expect(readdirSync(dir)).toEqual(['desk.db']);
  });

  it('a file on a read-only mount', async () => {
    const mountPoint = cleanups.smallDisk(tempFolder(), '16m');
    const path = await desk(tempFolder());
    mkdirSync(join(mountPoint, 'share'));
    copyFileSync(path, join(mountPoint, 'share', 'desk.db'));
    run('mount', '-o', 'remount,ro', mountPoint);
    const core = await openFactdesk({ path: join(mountPoint, 'share', 'desk.db'), reviewer: 'Reader', settingsDir: join(tempFolder(), 'settings') });
    try {
      await expectReadOnlyAndUsable(core, /read-only disk or share/);
    } finally {
      await core.close();
    }
    expect(readdirSync(join(mountPoint, 'share'))).toEqual(['desk.db']);
  });

  it('does not create or upgrade anything where it cannot write', async () => {
    const mountPoint = cleanups.smallDisk(tempFolder(), '1m');
    run('mount', '-o', 'remount,ro', mountPoint);
    const error = await openFactdesk({ path: join(mountPoint, 'new.db'), reviewer: 'Reader', settingsDir: join(tempFolder(), 's') }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'read_only' });
    expect((error as Error).message).toMatch(/No database was created .*read-only disk or share/);
  });
});
