// Bytes → text. UTF-8 (the normal case, fast path), UTF-16 with a BOM, and legacy encodings that
// can be told apart with confidence (a declared HTML charset, or chardet's statistics). Anything
// else is refused rather than imported as mojibake: a claim anchored to garbled text is useless.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { refuseImport } from './problems.js';
import { binaryKind } from './sniff.js';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as (WHATWG-style label). */
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

/** Bytes handed to chardet: its statistics settle long before this. */
const CHARDET_SAMPLE_BYTES = 64 * 1024;
/** chardet confidence (0-100) from which a legacy guess is trusted. */
const MIN_LEGACY_CONFIDENCE = 40;
/** Encodings chardet may name that we accept as a fallback. Unicode ones are excluded: without a
 *  BOM they were already tried (UTF-8) or would have been refused as binary (UTF-16/32). */
const UNICODE = /^(utf|ucs)/i;

export function decodeArticleBytes(fileName: string, bytes: Uint8Array, options: { html: boolean }): DecodedText {
  if (bytes.length === 0) throw refuseImport(fileName, 'empty', 'empty');

  const bom = byteOrderMark(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    const text = (bom === 'utf-16le' ? utf16le : utf16be).decode(bytes);
    if (hasControlCharacters(text.slice(0, 65536), false)) {
      throw refuseImport(fileName, 'binary', 'binary', { kind: 'utf16' });
    }
    return { text, encoding: bom };
  }

  if (isSqliteDatabase(bytes)) {
    throw refuseImport(fileName, 'database', 'database');
  }
  const kind = binaryKind(bom === 'utf-8' ? bytes.subarray(3) : bytes);
  if (kind !== null) {
    throw refuseImport(fileName, 'binary', 'binary', { kind });
  }

  const unbommed = bom === 'utf-8' ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(unbommed), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: try the declared and the statistically likely legacy encodings below.
  }
  if (bom === 'utf-8') {
    throw refuseImport(fileName, 'encoding', 'encodingBom', { offset: String(firstInvalidUtf8(unbommed) + 3) });
  }

  if (options.html) {
    const declared = declaredHtmlCharset(bytes);
    if (declared !== null) {
      const text = tryLegacy(bytes, declared);
      if (text !== null) return { text, encoding: declared };
    }
  }

  const profile = utf8Profile(bytes);
  // Text with many well-formed multi-byte sequences and a few broken ones is damaged UTF-8, not a
  // legacy encoding: legacy text almost never forms valid UTF-8 sequences by accident.
  if (profile.validMultibyte >= profile.invalid) {
    throw refuseImport(fileName, 'encoding', 'encoding', { offset: String(profile.firstInvalid) });
  }
  const sample = bytes.length > CHARDET_SAMPLE_BYTES ? bytes.subarray(0, CHARDET_SAMPLE_BYTES) : bytes;
  for (const guess of chardet.analyse(sample)) {
    if (guess.confidence < MIN_LEGACY_CONFIDENCE) break;
    if (UNICODE.test(guess.name)) continue;
    const encoding = whatwgLabel(guess.name);
    const text = tryLegacy(bytes, encoding);
    if (text !== null && (!isSingleByte(encoding) || readsAsWords(text))) return { text, encoding };
  }
  throw refuseImport(fileName, 'encoding', 'encoding', { offset: String(profile.firstInvalid) });
}

/** Every SQLite 3 database starts with these 16 bytes, whatever the file is called. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function isSqliteDatabase(bytes: Uint8Array): boolean {
  return bytes.length >= SQLITE_HEADER.length && SQLITE_HEADER.equals(bytes.subarray(0, SQLITE_HEADER.length));
}

function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Like browsers: ISO-8859-1 and US-ASCII labels mean windows-1252 (a superset that maps 0x80-0x9F
 *  to printable characters such as €, instead of C1 controls). */
function whatwgLabel(name: string): string {
  const lower = name.toLowerCase();
  if (lower === 'iso-8859-1' || lower === 'latin1' || lower === 'us-ascii' || lower === 'ascii') return 'windows-1252';
  return lower;
}

/** Decodes with a legacy encoding, or null if unknown or the result has replacement/control characters. */
function tryLegacy(bytes: Uint8Array, encoding: string): string | null {
  const label = whatwgLabel(encoding);
  if (UNICODE.test(label) || !iconv.encodingExists(label)) return null;
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), label);
  if (text.includes('\ufffd') || hasControlCharacters(text, true)) return null;
  return text;
}

/** Legacy encodings with one byte per character: any byte sequence decodes, so the result must be checked. */
function isSingleByte(encoding: string): boolean {
  return /^(windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh|ibm\d+|cp\d+)$/i.test(encoding);
}

/** Non-ASCII characters that stand between words or numbers in real text. */
const TEXT_SYMBOLS = new Set([...'€£¥¢§°±²³µ¶·×÷«»‹›‘’‚“”„–—…•©®™¿¡½¼¾\u00a0']);

/**
 * Whether a single-byte decoding reads as text: each non-ASCII character is a letter inside or at
 * the edge of a word, or a symbol such as € or «. Broken UTF-8 read as windows-1252 fails this
 * ("Ã(", a lone "¡" before a space), real Latin-1 or Cyrillic text passes.
 */
function readsAsWords(text: string): boolean {
  let nonAscii = 0;
  let implausible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    const letter = /\p{L}/u.test(c);
    const inWord = /\p{L}/u.test(before) || /\p{L}/u.test(after);
    if (letter ? !inWord : !TEXT_SYMBOLS.has(c)) implausible++;
    else if (c === '¿' || c === '¡' ? !/\p{L}/u.test(after) : false) implausible++;
  }
  // A stray character in a long text is a typo; several, or any in a short one, are mojibake.
  return implausible === 0 || implausible / nonAscii < 0.02;
}

/** C0 controls other than tab, LF, VT, FF, CR and ESC (and optionally C1 controls): never in text. */
function hasControlCharacters(text: string, includeC1: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || (c > 0x0d && c !== 0x1b))) || (includeC1 && c >= 0x80 && c <= 0x9f)) return true;
  }
  return false;
}

/** The charset an HTML document declares in its first 2 KB (<meta charset> or http-equiv). */
function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  const match = /<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return match?.[1] ? match[1].toLowerCase() : null;
}

interface Utf8Profile {
  validMultibyte: number;
  invalid: number;
  firstInvalid: number;
}

/** Counts well-formed multi-byte UTF-8 sequences and invalid bytes. */
function utf8Profile(bytes: Uint8Array): Utf8Profile {
  let validMultibyte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      invalid++;
      if (firstInvalid === -1) firstInvalid = i;
      i++;
    } else {
      if (length > 1) validMultibyte++;
      i += length;
    }
  }
  return { validMultibyte, invalid, firstInvalid };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  return utf8Profile(bytes).firstInvalid;
}

/** Length of the well-formed UTF-8 sequence at `i`, or 0 if it is malformed (RFC 3629 table). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
