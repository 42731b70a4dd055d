// Bad input: every case is a real file written to a temp folder, read with readImportFileSync and
// parsed with parseArticleFile, exactly as the import service does.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, parseArticleFile, readImportFileSync } from '../../../main/core/import/index.js';
import { FIXTURES, importRefusal, withTempDir } from './helpers.js';

const GERMAN =
  'Grüße aus Köln\n\nDas Straßenfest in der Südstadt kostet 5 € Eintritt, teilten die Veranstalter am Montag mit. ' +
  'Über hundert Stände bieten Essen und Getränke an. Für Ärger sorgte die frühe Sperrung der Straße.';

/** windows-1252 bytes written by hand (not by the decoder under test): ä ö ü ß Ä Ö Ü as Latin-1, € as 0x80. */
/** Bytes this process has read through read(2) and friends so far (Linux /proc: rchar). */
function bytesReadByThisProcess(): number {
  const match = /^rchar:\s+(\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'));
  if (!match) throw new Error('/proc/self/io has no rchar line');
  return Number(match[1]);
}

function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      if (c === '€') return 0x80;
      const code = c.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in windows-1252: ${c}`);
      return code;
    }),
  );
}

async function importFile(dir: string, name: string, content: Uint8Array | string) {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return parseArticleFile(file, await readImportFileSync(file));
}

async function refusedFile(name: string, content: Uint8Array | string) {
  return withTempDir((dir) => importRefusal(() => importFile(dir, name, content)));
}

describe('refused import files', () => {
  it('an empty file', async () => {
    const error = await refusedFile('empty.txt', '');
    expect(error.message).toBe('empty.txt is empty');
    expect(error.details).toMatchObject({ fileName: 'empty.txt', reason: 'empty' });
  });

  it('a whitespace-only file', async () => {
    const error = await refusedFile('blank.md', ' \n\n\t \r\n');
    expect(error.message).toBe('blank.md is empty');
  });

  it('a binary file (PNG header + random bytes) with a text extension', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(4096)]);
    const error = await refusedFile('photo.txt', png);
    expect(error.message).toBe('photo.txt looks like a binary file (PNG image), not an article');
    expect(error.details?.reason).toBe('binary');
  });

  it('a PDF and a file of text with NUL bytes', async () => {
    const pdf = await refusedFile('report.html', '%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n');
    expect(pdf.message).toContain('looks like a binary file (PDF document)');
    const nul = await refusedFile('dump.txt', Buffer.concat([Buffer.from('Some text '), Buffer.alloc(64), Buffer.from(' more text')]));
    expect(nul.message).toContain('looks like a binary file');
  });

  it('invalid UTF-8 that is not another recognisable encoding', async () => {
    // Mostly well-formed UTF-8 (umlauts as two-byte sequences) with a damaged sequence and stray bytes.
    const damaged = Buffer.concat([
      Buffer.from('Grüße aus Köln\n\nDie Straße ist schön, und die Brücke über den Fluss wird gebaut. '),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from(' Weiter im Text, die Bürger sind zufrieden.'),
    ]);
    const error = await refusedFile('damaged.txt', damaged);
    expect(error.details?.reason).toBe('encoding');
    expect(error.message).toMatch(/^damaged\.txt is not valid UTF-8 \(first bad byte at offset \d+\)/);
  });

  it('HTML with no article in it', async () => {
    const page =
      '<!doctype html><html><head><title>Home</title><script>var article = "' + 'text '.repeat(200) + '";</script></head>' +
      '<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li></ul></nav>' +
      '<form><label>E-mail <input name="email"></label><button>Subscribe</button></form><footer>© 2024 Example</footer></body></html>';
    const error = await refusedFile('home.html', page);
    expect(error.details?.reason).toBe('no_article');
    expect(error.message).toBe('home.html is an HTML page with no article in it (nothing readable to import)');
  });

  it('a sparse file of 300 MB, by its size, without reading it', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'huge.txt');
      const handle = await open(file, 'w');
      await handle.truncate(300 * 1024 * 1024); // sparse: no disk space used
      await handle.close();
      const before = bytesReadByThisProcess();
      const error = await importRefusal(() => readImportFileSync(file));
      expect(error.message).toBe('huge.txt is 300 MB; Factdesk imports articles up to 20 MB');
      expect(error.details?.reason).toBe('too_large');
      // Refused by its size: not even the 20 MB the limit allows were read (holes count as read bytes).
      expect(bytesReadByThisProcess() - before).toBeLessThan(1024 * 1024);
    });
  });

  it('accepts a file of exactly the limit and refuses one byte more', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'edge.txt');
      const handle = await open(file, 'w');
      await handle.truncate(MAX_IMPORT_BYTES + 1);
      await handle.close();
      expect((await importRefusal(() => readImportFileSync(file))).details?.reason).toBe('too_large');
      const atLimit = await open(file, 'r+');
      await atLimit.truncate(MAX_IMPORT_BYTES);
      await atLimit.close();
      expect((await readImportFileSync(file)).byteLength).toBe(MAX_IMPORT_BYTES);
    });
  });

  it('a missing file and a folder passed as a file', async () => {
    await withTempDir(async (dir) => {
      expect((await importRefusal(() => readImportFileSync(path.join(dir, 'nope.txt')))).details?.reason).toBe('missing');
      expect((await importRefusal(() => readImportFileSync(dir))).details?.reason).toBe('not_a_file');
    });
  });
});

describe('encodings decoded correctly', () => {
  it('windows-1252 text (ä, ö, ü, ß, €)', async () => {
    const bytes = windows1252(GERMAN);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    const article = await withTempDir((dir) => importFile(dir, 'legacy.txt', bytes));
    expect(article.title).toBe('Grüße aus Köln');
    expect(article.text).toBe(GERMAN.split('\n\n')[1]);
    expect(article.text).toContain('5 € Eintritt');
    expect(article.text).toContain('Über hundert Stände');
    expect(article.text).toContain('Für Ärger');
    expect(article.language).toBe('de');
  });

  it('UTF-8 with a byte order mark', async () => {
    const article = await withTempDir((dir) => importFile(dir, 'bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GERMAN)])));
    expect(article.title).toBe('Grüße aus Köln');
    expect(article.text).toBe(GERMAN.split('\n\n')[1]);
  });

  it('UTF-16 LE and BE with a byte order mark', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GERMAN, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16(); // FF FE + LE code units → FE FF + BE code units
    await withTempDir(async (dir) => {
      for (const [name, bytes] of [['utf16le.txt', le], ['utf16be.txt', be]] as const) {
        const article = await importFile(dir, name, bytes);
        expect(article.title, name).toBe('Grüße aus Köln');
        expect(article.text, name).toBe(GERMAN.split('\n\n')[1]);
      }
    });
  });

  it('an HTML page in ISO-8859-1 declared by <meta http-equiv> (read as windows-1252, like browsers)', () => {
    const bytes = readFileSync(path.join(FIXTURES, 'latin1-page.html'));
    const article = parseArticleFile('latin1-page.html', bytes);
    expect(article.title).toBe('Grüße aus Köln: Straßenfest kostet 5 € Eintritt');
    expect(article.text).toContain('Das Straßenfest in der Kölner Südstadt öffnet am Samstag seine Tore.');
    expect(article.text).toContain('Über hundert Stände');
    expect(article.language).toBe('de');
  });
});
