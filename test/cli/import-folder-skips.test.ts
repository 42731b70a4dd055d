// Issue 10, point 11: a folder import in which one subfolder (or file) may not be read imports the
// rest and lists what was skipped and why. Run as nobody: root reads through any file mode.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliAsNobody } from './nobody';
import { articlesOf, assertBuilt } from './run';

let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-skips-'));
  chmodSync(dir, 0o755);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function article(title: string): string {
  return `${title}\n\nThe council said on Monday that ${title.toLowerCase()} would be decided next spring.\n`;
}

describe('factdesk import FOLDER with an unreadable subfolder', () => {
  it('imports the rest, names the skipped folder and file with the reason, and exits 1', async () => {
    const folder = join(dir, 'articles');
    mkdirSync(join(folder, 'locked'), { recursive: true });
    mkdirSync(join(folder, 'open'));
    writeFileSync(join(folder, 'a.txt'), article('First story'));
    writeFileSync(join(folder, 'locked', 'b.txt'), article('Hidden story'));
    writeFileSync(join(folder, 'open', 'c.txt'), article('Third story'));
    writeFileSync(join(folder, 'open', 'secret.txt'), article('Secret story'));
    chmodSync(join(folder, 'locked'), 0o000);
    chmodSync(join(folder, 'open', 'secret.txt'), 0o000);
    const db = join(dir, 'nobody-home', 'desk.db');

    const run = await cliAsNobody(dir, ['import', folder, '--db', db]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/\tFirst story\n/);
    expect(run.stdout).toMatch(/\tThird story\n/);
    expect(run.stderr).toMatch(/^error: The folder locked \(in .*articles\) was skipped: you may not read it \(permission denied\)\.$/m);
    expect(run.stderr).toMatch(/^error: secret\.txt was skipped: you may not read it \(permission denied\)\.$/m);

    const listed = await cliAsNobody(dir, ['articles', '--db', db, '--json']);
    expect(articlesOf(listed.stdout).map((a) => (a as { title: string }).title).sort()).toEqual(['First story', 'Third story']);

    // Issue 15: a German desk reads the same in German.
    const german = await cliAsNobody(dir, ['import', folder, '--db', db], { LANG: 'de_DE.UTF-8' });
    expect(german.stderr).toMatch(/^Fehler: Der Ordner locked \(in .*articles\) wurde übersprungen: Sie dürfen ihn nicht lesen \(Zugriff verweigert\)\.$/m);
    expect(german.stderr).toMatch(/^Fehler: secret\.txt wurde übersprungen: Sie dürfen sie nicht lesen \(Zugriff verweigert\)\.$/m);

    const json = await cliAsNobody(dir, ['import', folder, '--db', db, '--json']);
    const outcomes = JSON.parse(json.stdout) as Array<{ fileName: string; ok: boolean; error?: string }>;
    expect(outcomes.filter((o) => !o.ok).map((o) => o.fileName).sort()).toEqual(['locked', 'secret.txt']);
  });
});
