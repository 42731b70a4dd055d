// Issue 10, point 12: an imported page carrying &#27; sequences (terminal title, clear screen,
// clipboard write) must not reach the terminal through anything the CLI prints, while the stored
// text and --json keep every character. Real files, real CLI processes, stdout checked as bytes.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, ROOT, ENGLISH } from './run';

const TITLE = 'Harmless \u001b]0;PWNED\u0007 headline \u001b[2J\u001b[3J';
const CLIPBOARD = '\u001b]52;c;ZXZpbA==\u0007';
// HTML maps &#128;–&#159; to Windows-1252 letters, so the 8-bit CSI and DEL come from a text file.
const C1_TITLE = 'Plain text title \u009b31m with an 8-bit CSI and a DEL \u007f';

interface Run {
  code: number;
  stdout: Buffer;
  stderr: Buffer;
}

function run(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...ENGLISH, FACTDESK_REVIEWER: 'Test Reviewer' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err) }));
  });
}

/** Control bytes a terminal acts on: C0 except tab and newline, DEL, and C1 (as UTF-8, C2 80–C2 9F). */
function controlBytes(bytes: Buffer): string[] {
  const found: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a) || b === 0x7f) found.push(`0x${b.toString(16)} at ${i}`);
    if (b === 0xc2 && bytes[i + 1]! >= 0x80 && bytes[i + 1]! <= 0x9f) found.push(`C1 0x${bytes[i + 1]!.toString(16)} at ${i}`);
  }
  return found;
}

function expectClean(r: Run, what: string): void {
  expect(controlBytes(r.stdout), `${what}: stdout`).toEqual([]);
  expect(controlBytes(r.stderr), `${what}: stderr`).toEqual([]);
}

let dir: string;
let db: string;
let htmlFile: string;
let textFile: string;

beforeAll(async () => {
  assertBuilt();
  dir = await mkdtemp(join(tmpdir(), 'factdesk-escapes-'));
  db = join(dir, 'escapes.db');
  htmlFile = join(dir, 'hostile-page.html');
  const entity = (s: string): string => s.replace(/[\u0000-\u001f]/g, (c) => `&#${c.charCodeAt(0)};`); // eslint-disable-line no-control-regex -- the point
  await writeFile(
    htmlFile,
    `<!doctype html><html><head><meta charset="utf-8"><title>${entity(TITLE)}</title></head><body><article>
<h1>${entity(TITLE)}</h1>
<p>The first paragraph writes to the clipboard ${entity(CLIPBOARD)} and rings a bell &#7; inside the article text, long enough to be the article's body.</p>
<p>The second paragraph carries the claim: the minister said that the budget was balanced in 2023, which we check here today.</p>
</article></body></html>`,
  );
  textFile = join(dir, 'c1-title.txt');
  await writeFile(textFile, `${C1_TITLE}\n\nThe body of a plain text article that also says the budget was balanced, with a DEL \u007f in it.\n`);
});

describe('what the CLI prints carries no terminal control characters', () => {
  it('import, articles, search, show, claim add and settings escape them; --json keeps them', async () => {
    const imported = await run(['import', htmlFile, textFile, '--db', db]);
    expect(imported.code, imported.stderr.toString()).toBe(0);
    expectClean(imported, 'import');
    expect(imported.stdout.toString()).toContain('Harmless \\x1b]0;PWNED\\x07 headline \\x1b[2J');
    expect(imported.stdout.toString()).toContain('\\x9b31m');

    for (const args of [['articles'], ['articles', '--search', 'budget'], ['show', '1'], ['show', '2']]) {
      const r = await run([...args, '--db', db]);
      expect(r.code, r.stderr.toString()).toBe(0);
      expectClean(r, args.join(' '));
    }
    const shown = (await run(['show', '1', '--db', db])).stdout.toString();
    expect(shown).toContain('clipboard \\x1b]52;c;ZXZpbA==\\x07');

    const claim = await run(['claim', 'add', '1', '--quote', `clipboard ${CLIPBOARD}`, '--claimant', 'A \u001b[31mred\u001b[0m minister', '--db', db]);
    expect(claim.code, claim.stderr.toString()).toBe(0);
    expectClean(claim, 'claim add');
    const settings = await run(['settings', '--org-name', 'Desk \u001b]0;x\u0007', '--db', db]);
    expect(settings.code, settings.stderr.toString()).toBe(0);
    expectClean(settings, 'settings');

    // The stored text keeps every character, and --json shows it (escaped the JSON way).
    const json = await run(['show', '1', '--db', db, '--json']);
    expectClean(json, 'show --json');
    const detail = JSON.parse(json.stdout.toString()) as { article: { title: string; text: string }; claims: Array<{ claimant: string }> };
    expect(detail.article.title).toBe(TITLE);
    expect(detail.article.text).toContain(CLIPBOARD);
    expect(detail.claims[0]!.claimant).toBe('A \u001b[31mred\u001b[0m minister');
    const c1 = JSON.parse((await run(['articles', '--db', db, '--json'])).stdout.toString()) as { articles: Array<{ title: string }> };
    expect(c1.articles.map((a) => a.title)).toContain(C1_TITLE);
  });

  it('error messages escape them too: a file name and a bad argument', async () => {
    const badName = join(dir, 'empty \u001b]0;OWNED\u0007.txt');
    await writeFile(badName, '');
    const failed = await run(['import', badName, '--db', db]);
    expect(failed.code).toBe(1);
    expectClean(failed, 'failed import');
    expect(failed.stderr.toString()).toContain('\\x1b]0;OWNED\\x07');

    const usage = await run(['show', '1\u001b[2J', '--db', db]);
    expect(usage.code).toBe(2);
    expectClean(usage, 'bad argument');
    expect(usage.stderr.toString()).toContain('1\\x1b[2J');
    const unknown = await run(['show', '1', '--colour\u001b[2J', '--db', db]);
    expect(unknown.code).toBe(2);
    expectClean(unknown, 'unknown option');
  });

  it('a report printed to a terminal is escaped; piped to a file it stays byte for byte', async () => {
    const reportDb = join(dir, 'report.db');
    expect((await run(['import', htmlFile, '--db', reportDb, '--json'])).code).toBe(0);
    expect((await run(['claim', 'add', '1', '--quote', 'the minister said', '--db', reportDb, '--json'])).code).toBe(0);
    const piped = await run(['export', '--format', 'md', '--out', '-', '--db', reportDb]);
    expect(piped.code, piped.stderr.toString()).toBe(0);
    expect(piped.stdout.includes(0x1b)).toBe(true); // the report's own bytes, as --out FILE writes them

    // util-linux `script` gives the CLI a real terminal (a pty) as its standard output.
    expect(existsSync('/usr/bin/script')).toBe(true);
    const command = [process.execPath, BIN, 'export', '--format', 'md', '--out', '-', '--db', reportDb].map((a) => `'${a}'`).join(' ');
    const inTerminal = await new Promise<Buffer>((resolve, reject) => {
      const child = spawn('/usr/bin/script', ['-qec', command, '/dev/null'], { stdio: ['ignore', 'pipe', 'inherit'] });
      const out: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.on('error', reject);
      child.on('close', () => resolve(Buffer.concat(out)));
    });
    const shown = inTerminal.toString().replace(/\r\n/g, '\n');
    expect(shown).toMatch(/\\x1b\\?\]0;PWNED\\x07/); // Markdown escapes the ] itself
    expect(controlBytes(Buffer.from(shown.replace(/\r/g, '')))).toEqual([]);
  });
});
