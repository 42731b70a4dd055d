// Issue 10, point 1: hostile structure in an import file (thousands of nested tags, deep Markdown,
// a deeply nested annotation file) is refused with the file's name and a sentence, and the API keeps
// answering while files are parsed (parsing runs on a worker thread).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFactdesk, type FactdeskCore } from '../../../main/core/service';

/** A page of `depth` nested <div>s around a paragraph of prose (2,000 deep is 22 KB). */
function nestedDivPage(depth: number, paragraph = 'The council said on Monday that the new bridge would open in the spring of next year. '.repeat(4)): string {
  return `<!doctype html><html><head><title>Nested</title></head><body>${'<div>'.repeat(depth)}<p>${paragraph}</p>${'</div>'.repeat(depth)}</body></html>`;
}

function encoded(name: string, text: string): { name: string; data: string } {
  return { name, data: Buffer.from(text, 'utf8').toString('base64') };
}

let dir: string;
let core: FactdeskCore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-limits-'));
  core = await openFactdesk({ path: join(dir, 'desk.db'), reviewer: 'Tester', settingsDir: join(dir, 'settings') });
});

afterEach(async () => {
  await core.close();
  await rm(dir, { recursive: true, force: true });
});

describe('import limits', () => {
  it('refuses a page of 2,000 nested <div>s with its name and a sentence, and stores nothing', async () => {
    const [outcome] = await core.importFiles({ files: [encoded('nested-2000.html', nestedDivPage(2_000))] });
    expect(outcome?.ok).toBe(false);
    expect(outcome?.error).toMatch(/^nested-2000\.html is nested 2,?\d{3} levels deep; Factdesk reads pages nested up to \d+ levels\. Nothing of it was imported\.$/);
    expect((await core.listArticles({})).total).toBe(0);
  });

  it('refuses 20,000 nested <div>s the same way (no stack overflow) and still imports the other files', async () => {
    const outcomes = await core.importFiles({
      files: [encoded('nested-20000.html', nestedDivPage(20_000)), encoded('fine.txt', 'A title\n\nA paragraph of an ordinary article about the bridge.')],
    });
    expect(outcomes.map((o) => o.ok)).toEqual([false, true]);
    expect(outcomes[0]?.error).toContain('nested-20000.html is nested');
    expect(outcomes[0]?.error).not.toMatch(/call stack|RangeError/);
  });

  it('refuses Markdown nested thousands of levels deep with a sentence', async () => {
    const [outcome] = await core.importFiles({ files: [encoded('deep.md', `# Deep\n\n${'> '.repeat(20_000)}text\n`)] });
    expect(outcome?.ok).toBe(false);
    expect(outcome?.error).toMatch(/^deep\.md is nested \d[\d,]* levels deep; Factdesk reads/);
  });

  it('refuses a Web Annotation file nested thousands of levels deep with a sentence', async () => {
    const json = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const error = await core.importAnnotations({ name: 'deep.annotations.json', json }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/^deep\.annotations\.json is nested 100,000 levels deep; Factdesk reads/);
  });

  it('answers another API call while a file is being parsed', async () => {
    const events: string[] = [];
    // Within the limits but slow to extract (about a second), and refused in the end as a page
    // without an article, so no database write follows that could let the other call in.
    const page = nestedDivPage(120, 'Menu');
    const importing = core.importFiles({ files: [encoded('slow.html', page)] }).then((outcomes) => {
      events.push('import answered');
      expect(outcomes[0]?.error).toContain('no article');
    });
    // Asked on the next turn of the event loop, after the import has started: with parsing on this
    // thread, the import would have been answered before that turn came.
    const asked = new Promise<void>((resolve) => {
      setImmediate(() => {
        events.push('status asked');
        void core.getSaveStatus({}).then(() => {
          events.push('status answered');
          resolve();
        });
      });
    });
    await Promise.all([importing, asked]);
    expect(events).toEqual(['status asked', 'status answered', 'import answered']);
  });
});
