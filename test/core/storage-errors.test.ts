// Issue 10.9: faults of the disk and the file reach the person as sentences (what happened, that
// nothing was lost, what to do), never as SQLITE_FULL or ELOOP, and work goes on once the fault is
// gone. Each fault is real: a full tmpfs, a file renamed or a folder made read-only under an open
// database, a damaged FTS5 index, a loop of symbolic links.
import { readdirSync, renameSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/core/dispatch';
import { FactdeskError } from '@common/domain/errors';
import { openFactdesk, type FactdeskCore } from '../../main/core/service';
import { openConnection } from '../../main/core/store/sqlite';
import { Cleanups, fillDisk, run } from '../support/system';

const cleanups = new Cleanups();
afterEach(() => cleanups.runAll());
const tempFolder = (): string => cleanups.folder('factdesk-faults-');

function article(n: number, words = 40): { name: string; data: string } {
  const body = Array.from({ length: words }, (_, i) => `word${n}x${i}`).join(' ');
  return { name: `a${n}.txt`, data: Buffer.from(`Headline ${n}\n\nThe spokesperson said ${body}.`).toString('base64') };
}

function open(path: string, location: 'local' | 'network' = 'local'): Promise<FactdeskCore> {
  return openFactdesk({ path, reviewer: 'Ana', location, settingsDir: join(tempFolder(), 'settings') });
}

async function failure(call: Promise<unknown>): Promise<FactdeskError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FactdeskError);
  expect((error as Error).message).not.toMatch(/SQLITE_|ELOOP|EACCES|ENOSPC/);
  return error as FactdeskError;
}

describe('a full disk', () => {
  it('refuses the change with a sentence, keeps what was saved, and saves again once there is room', async () => {
    const disk = cleanups.smallDisk(tempFolder(), '2m');
    const core = await open(join(disk, 'desk.db'));
    try {
      await core.importFiles({ files: [article(0)] });
      const free = fillDisk(disk);
      const error = await failure(core.importFiles({ files: Array.from({ length: 40 }, (_, i) => article(i + 1, 2_000)) }));
      expect(error.code).toBe('disk_full');
      expect(error.message).toMatch(/no room left on the disk that holds ".*desk\.db"/);
      expect(error.message).toMatch(/was not saved/);
      expect(error.message).toMatch(/Nothing that was saved before is lost/);
      expect(error.message).toMatch(/Free some space/);
      expect((await core.getDatabaseInfo({})).articleCount).toBe(1);
      free();
      await core.importFiles({ files: [article(99)] });
      expect((await core.getDatabaseInfo({})).articleCount).toBe(2);
    } finally {
      await core.close();
    }
  });
});

describe('a database file that can no longer be written while open', () => {
  it('moved away (SQLITE_READONLY): says so and where to look', async () => {
    const dir = tempFolder();
    const core = await open(join(dir, 'desk.db'), 'network');
    try {
      const [first] = await core.importFiles({ files: [article(1)] });
      renameSync(join(dir, 'desk.db'), join(dir, 'renamed.db'));
      const error = await failure(core.createClaimFromQuote({ articleId: first!.articleId!, quote: 'spokesperson' }));
      expect(error.code).toBe('read_only');
      expect(error.message).toMatch(/was moved, renamed or deleted while Factdesk had it open/);
      expect(error.message).toMatch(/not saved/);
      expect(error.message).toMatch(/Open the file again from where it is now/);
    } finally {
      await core.close();
    }
  });

  it('its folder made read-only (SQLITE_CANTOPEN for the journal): a sentence, then it works again', async () => {
    const dir = tempFolder();
    const core = await open(join(dir, 'desk.db'), 'network');
    try {
      const [first] = await core.importFiles({ files: [article(1)] });
      run('chattr', '+i', dir);
      cleanups.add(() => run('chattr', '-i', dir));
      const envelope = await dispatch(core, 'createClaim', { articleId: first!.articleId!, start: 0, end: 8 });
      expect(envelope.ok).toBe(false);
      if (envelope.ok) return;
      expect(envelope.error.code).toBe('read_only');
      expect(envelope.error.message).toMatch(/can no longer be written/);
      expect(envelope.error.message).toMatch(/Nothing that was saved before is lost/);
      run('chattr', '-i', dir);
      await core.createClaim({ articleId: first!.articleId!, start: 0, end: 8 });
    } finally {
      await core.close();
    }
  });
});

/** Damages each FTS5 index the way a foreign tool or a bad copy would: a format version it does not know. */
async function damageSearchIndex(path: string): Promise<void> {
  const raw = await openConnection(path);
  try {
    await raw.exec(
      "UPDATE article_fts_config SET v = 99 WHERE k = 'version'; UPDATE claim_fts_config SET v = 99 WHERE k = 'version'; UPDATE source_fts_config SET v = 99 WHERE k = 'version';",
    );
  } finally {
    await raw.close();
  }
}

/** A closed database with one article or more, whose search index is then damaged. */
async function deskWithDamagedIndex(dir: string, count = 1): Promise<string> {
  const path = join(dir, 'desk.db');
  const core = await open(path);
  await core.importFiles({ files: Array.from({ length: count }, (_, i) => article(i + 1)) });
  await core.close();
  await damageSearchIndex(path);
  return path;
}

describe('a damaged search index (invalid fts5 file format)', () => {
  it('is rebuilt from the articles when the file is opened, and says so', async () => {
    const path = await deskWithDamagedIndex(tempFolder(), 2);
    const reopened = await open(path);
    try {
      const info = await reopened.getDatabaseInfo({});
      expect(info.notice).toMatch(/search index .*damaged.*rebuilt/i);
      expect(info.notice).toMatch(/nothing was lost/i);
      expect((await reopened.listArticles({ search: 'word2x3' })).articles.map((a) => a.title)).toEqual(['Headline 2']);
      await reopened.importFiles({ files: [article(3)] });
    } finally {
      await reopened.close();
    }
  });

  it('in a file damaged while open: the search answers with a sentence; the next opening repairs it', async () => {
    const dir = tempFolder();
    const path = join(dir, 'desk.db');
    const core = await open(path);
    try {
      await core.importFiles({ files: [article(1)] });
      await damageSearchIndex(path);
      const error = await failure(core.listArticles({ search: 'word1x2' }));
      expect(error.code).toBe('damaged');
      expect(error.message).toMatch(/search index of ".*desk\.db" is damaged/);
      expect(error.message).toMatch(/Nothing was lost/);
      expect(error.message).toMatch(/open it again/);
      // Everything that does not search still works.
      expect((await core.listArticles({})).articles).toHaveLength(1);
    } finally {
      await core.close();
    }
  });

  it('in a read-only file: it opens, lists and exports; search says why it cannot work', async () => {
    const dir = tempFolder();
    const path = await deskWithDamagedIndex(dir);
    run('chattr', '+i', path);
    cleanups.add(() => run('chattr', '-i', path));

    const reader = await open(path);
    try {
      const info = await reader.getDatabaseInfo({});
      expect(info.readOnly).toBe(true);
      expect(info.notice).toMatch(/search index .*damaged/i);
      expect((await reader.listArticles({})).articles).toHaveLength(1);
      const error = await failure(reader.listArticles({ search: 'word1x2' }));
      expect(error.code).toBe('damaged');
      expect(error.message).toMatch(/read-only/);
      expect(error.message).toMatch(/copy it to a folder you can write to/);
    } finally {
      await reader.close();
    }
    expect(readdirSync(dir)).toEqual(['desk.db']);
  });
});

describe('a path that cannot lead to a file', () => {
  it('a loop of symbolic links (ELOOP) is refused with a sentence, through the API', async () => {
    const dir = tempFolder();
    symlinkSync(join(dir, 'b.db'), join(dir, 'a.db'));
    symlinkSync(join(dir, 'a.db'), join(dir, 'b.db'));
    const error = await failure(open(join(dir, 'a.db')));
    expect(error.code).toBe('refused_file');
    expect(error.message).toMatch(/loop of symbolic links/);
    expect(error.message).toMatch(/Nothing was changed/);
  });
});
