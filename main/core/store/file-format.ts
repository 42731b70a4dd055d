// A SQLite file's header and schema, read from its bytes before SQLite itself opens it.
// Why: when SQLite loads a schema it also runs `SELECT tbl, idx, stat FROM sqlite_stat1`, before
// any query of ours. A planted sqlite_stat1 with a generated column runs its expression on every
// row right there (issue 10.7: 4.6 s and 1.24 GB to open a small file). Reading the schema here
// lets the tamper check refuse such a file without SQLite ever loading it.
// Format: https://sqlite.org/fileformat2.html (header, table b-trees, records, the WAL). The WAL is
// read as SQLite's recovery reads it: frames with matching salts and checksums, up to the last
// commit, override the main file's pages.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The file is not well-formed; the message says where, for the refusal. */
export class FileFormatError extends Error {}

export interface FileHeader {
  pageSize: number;
  /** 1 = rollback journal, 2 = WAL (header bytes 18 and 19). */
  writeVersion: number;
  readVersion: number;
  userVersion: number;
  applicationId: number;
}

export interface RawSchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

export interface RawDatabase {
  header: FileHeader;
  schema: RawSchemaObject[];
}

/** Far beyond Factdesk's schema (about 60 objects, 40 KB) and small enough to read in milliseconds. */
const MAX_SCHEMA_OBJECTS = 2_000;
const MAX_SCHEMA_BYTES = 4 * 1024 * 1024;
const MAX_TREE_DEPTH = 32;

export function readDatabaseFile(path: string): RawDatabase {
  const pages = PageSource.open(path);
  try {
    const page1 = pages.page(1);
    const header = parseHeader(page1);
    if (header.pageSize !== pages.pageSize) throw new FileFormatError('its header and its WAL file disagree on the page size');
    const encoding = page1.readUInt32BE(56);
    const schema = readSchemaTable(pages, encoding === 0 ? 1 : encoding);
    return { header, schema };
  } catch (e) {
    // Buffer reads past an end mean an offset in the file pointed outside its page.
    if (e instanceof RangeError) throw new FileFormatError('a page points outside itself');
    throw e;
  } finally {
    pages.close();
  }
}

function parseHeader(page1: Buffer): FileHeader {
  const raw = page1.readUInt16BE(16);
  return {
    pageSize: raw === 1 ? 65_536 : raw,
    writeVersion: page1[18] ?? 0,
    readVersion: page1[19] ?? 0,
    userVersion: page1.readInt32BE(60),
    applicationId: page1.readUInt32BE(68),
  };
}

/** Pages of the main file, with the committed frames of its WAL (if any) laid over them. */
class PageSource {
  private constructor(
    private readonly fd: number,
    private readonly wal: { fd: number; frames: Map<number, number> } | null,
    readonly pageSize: number,
    private readonly usable: number,
    private readonly pageCount: number,
  ) {}

  static open(path: string): PageSource {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(100);
      readSync(fd, head, 0, 100, 0);
      const raw = head.readUInt16BE(16);
      const pageSize = raw === 1 ? 65_536 : raw;
      if (pageSize < 512 || pageSize > 65_536 || (pageSize & (pageSize - 1)) !== 0) {
        throw new FileFormatError(`its page size (${raw}) is not one SQLite uses`);
      }
      const usable = pageSize - (head[20] ?? 0);
      if (usable < 480) throw new FileFormatError('its reserved space per page is too large');
      const wal = readWal(`${path}-wal`, pageSize);
      const filePages = Math.floor(fstatSync(fd).size / pageSize);
      const pageCount = Math.max(filePages, wal?.committedPages ?? 0);
      return new PageSource(fd, wal ? { fd: wal.fd, frames: wal.frames } : null, pageSize, usable, pageCount);
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  }

  get usableSize(): number {
    return this.usable;
  }

  page(n: number): Buffer {
    if (!Number.isInteger(n) || n < 1 || n > this.pageCount) throw new FileFormatError(`it refers to page ${n}, which it does not have`);
    const buffer = Buffer.alloc(this.pageSize);
    const frame = this.wal?.frames.get(n);
    if (this.wal && frame !== undefined) readSync(this.wal.fd, buffer, 0, this.pageSize, frame);
    else readSync(this.fd, buffer, 0, this.pageSize, (n - 1) * this.pageSize);
    return buffer;
  }

  close(): void {
    closeSync(this.fd);
    if (this.wal) closeSync(this.wal.fd);
  }
}

const WAL_HEADER = 32;
const FRAME_HEADER = 24;

/** The committed frames of a WAL file: page number -> offset of its newest committed content. */
function readWal(walPath: string, pageSize: number): { fd: number; frames: Map<number, number>; committedPages: number } | null {
  let fd: number;
  try {
    fd = openSync(walPath, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    const size = fstatSync(fd).size;
    const header = Buffer.alloc(WAL_HEADER);
    if (size < WAL_HEADER || readSync(fd, header, 0, WAL_HEADER, 0) < WAL_HEADER) return closeEmpty(fd);
    const magic = header.readUInt32BE(0);
    // SQLite ignores a WAL whose header is not valid (recovery finds no frames); so do we.
    if ((magic & 0xfffffffe) !== 0x377f0682 || header.readUInt32BE(4) !== 3007000) return closeEmpty(fd);
    const bigEndian = (magic & 1) === 1;
    if (header.readUInt32BE(8) !== pageSize) throw new FileFormatError('its WAL file has another page size');
    let sum = checksum(header, 0, 24, bigEndian, [0, 0]);
    if (sum[0] !== header.readUInt32BE(24) || sum[1] !== header.readUInt32BE(28)) return closeEmpty(fd);
    const salt = [header.readUInt32BE(16), header.readUInt32BE(20)];

    const frames = new Map<number, number>();
    const pending = new Map<number, number>();
    let committedPages = 0;
    const frame = Buffer.alloc(FRAME_HEADER + pageSize);
    for (let offset = WAL_HEADER; offset + frame.length <= size; offset += frame.length) {
      readSync(fd, frame, 0, frame.length, offset);
      const pageNumber = frame.readUInt32BE(0);
      if (pageNumber === 0 || frame.readUInt32BE(8) !== salt[0] || frame.readUInt32BE(12) !== salt[1]) break;
      sum = checksum(frame, 0, 8, bigEndian, sum);
      sum = checksum(frame, FRAME_HEADER, frame.length, bigEndian, sum);
      if (sum[0] !== frame.readUInt32BE(16) || sum[1] !== frame.readUInt32BE(20)) break;
      pending.set(pageNumber, offset + FRAME_HEADER);
      const commitSize = frame.readUInt32BE(4);
      if (commitSize > 0) {
        for (const [page, at] of pending) frames.set(page, at);
        pending.clear();
        committedPages = commitSize;
      }
    }
    return { fd, frames, committedPages };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

function closeEmpty(fd: number): null {
  closeSync(fd);
  return null;
}

/** The WAL's running checksum over 8-byte steps of `buffer[start, end)`. */
function checksum(buffer: Buffer, start: number, end: number, bigEndian: boolean, [s0, s1]: number[]): [number, number] {
  let a = s0 ?? 0;
  let b = s1 ?? 0;
  for (let i = start; i < end; i += 8) {
    const x0 = bigEndian ? buffer.readUInt32BE(i) : buffer.readUInt32LE(i);
    const x1 = bigEndian ? buffer.readUInt32BE(i + 4) : buffer.readUInt32LE(i + 4);
    a = (a + x0 + b) >>> 0;
    b = (b + x1 + a) >>> 0;
  }
  return [a, b];
}

/** The rows of sqlite_schema (the table b-tree rooted at page 1). */
function readSchemaTable(pages: PageSource, encoding: number): RawSchemaObject[] {
  const objects: RawSchemaObject[] = [];
  const seen = new Set<number>();
  let bytes = 0;
  const visit = (pageNumber: number, depth: number): void => {
    if (depth > MAX_TREE_DEPTH || seen.has(pageNumber)) throw new FileFormatError('its schema b-tree loops or is impossibly deep');
    seen.add(pageNumber);
    const page = pages.page(pageNumber);
    const base = pageNumber === 1 ? 100 : 0;
    const kind = page[base];
    const cells = page.readUInt16BE(base + 3);
    if (kind === 0x05) {
      for (let i = 0; i < cells; i++) visit(page.readUInt32BE(page.readUInt16BE(base + 12 + 2 * i)), depth + 1);
      visit(page.readUInt32BE(base + 8), depth + 1);
      return;
    }
    if (kind !== 0x0d) throw new FileFormatError(`its schema page ${pageNumber} is not a table page`);
    for (let i = 0; i < cells; i++) {
      const payload = leafPayload(pages, page, page.readUInt16BE(base + 8 + 2 * i), seen);
      bytes += payload.length;
      if (bytes > MAX_SCHEMA_BYTES || objects.length >= MAX_SCHEMA_OBJECTS) {
        throw new FileFormatError('its schema is far larger than any Factdesk database’s');
      }
      objects.push(schemaRow(decodeRecord(payload, encoding)));
    }
  };
  visit(1, 0);
  return objects;
}

/** A table-leaf cell's payload, following its overflow chain. */
function leafPayload(pages: PageSource, page: Buffer, cell: number, seen: Set<number>): Buffer {
  const [size, sizeLength] = varint(page, cell);
  const [, rowidLength] = varint(page, cell + sizeLength);
  const start = cell + sizeLength + rowidLength;
  if (size > MAX_SCHEMA_BYTES) throw new FileFormatError('its schema is far larger than any Factdesk database’s');
  const usable = pages.usableSize;
  const maxLocal = usable - 35;
  let local = size;
  if (size > maxLocal) {
    const minLocal = Math.floor(((usable - 12) * 32) / 255) - 23;
    const k = minLocal + ((size - minLocal) % (usable - 4));
    local = k <= maxLocal ? k : minLocal;
  }
  const parts = [page.subarray(start, start + local)];
  let remaining = size - local;
  let next = remaining > 0 ? page.readUInt32BE(start + local) : 0;
  while (remaining > 0) {
    if (seen.has(next)) throw new FileFormatError('its schema overflow pages loop');
    seen.add(next);
    const overflow = pages.page(next);
    const take = Math.min(remaining, usable - 4);
    parts.push(overflow.subarray(4, 4 + take));
    remaining -= take;
    next = overflow.readUInt32BE(0);
  }
  const payload = Buffer.concat(parts);
  if (payload.length !== size) throw new FileFormatError('a schema record is cut short');
  return payload;
}

type Value = string | number | null | Buffer;

/** A record: its header of serial types, then the values (https://sqlite.org/fileformat2.html#record_format). */
function decodeRecord(payload: Buffer, encoding: number): Value[] {
  const [headerSize, first] = varint(payload, 0);
  if (headerSize > payload.length) throw new FileFormatError('a schema record has a broken header');
  const types: number[] = [];
  for (let at = first; at < headerSize; ) {
    const [type, length] = varint(payload, at);
    types.push(type);
    at += length;
  }
  const values: Value[] = [];
  let at = headerSize;
  for (const type of types) {
    const size = serialSize(type);
    if (at + size > payload.length) throw new FileFormatError('a schema record is cut short');
    const bytes = payload.subarray(at, at + size);
    at += size;
    if (type === 0) values.push(null);
    else if (type >= 1 && type <= 6) values.push(readInteger(bytes));
    else if (type === 7) values.push(bytes.readDoubleBE(0));
    else if (type === 8 || type === 9) values.push(type - 8);
    else if (type >= 13 && type % 2 === 1) values.push(decodeText(bytes, encoding));
    else values.push(Buffer.from(bytes));
  }
  return values;
}

function serialSize(type: number): number {
  if (type >= 12) return Math.floor((type - (type % 2 === 0 ? 12 : 13)) / 2);
  const sizes = [0, 1, 2, 3, 4, 6, 8, 8, 0, 0];
  const size = sizes[type];
  if (size === undefined) throw new FileFormatError('a schema record uses a reserved type');
  return size;
}

function readInteger(bytes: Buffer): number {
  let value = bytes.length > 0 && (bytes[0] ?? 0) >= 0x80 ? -1 : 0;
  for (const byte of bytes) value = value * 256 + byte;
  return value;
}

function decodeText(bytes: Buffer, encoding: number): string {
  if (encoding === 2) return bytes.toString('utf16le');
  if (encoding === 3) return Buffer.from(bytes).swap16().toString('utf16le');
  if (encoding !== 1) throw new FileFormatError(`its text encoding (${encoding}) is not one SQLite uses`);
  return bytes.toString('utf8');
}

function schemaRow(values: Value[]): RawSchemaObject {
  const text = (v: Value | undefined): string | null => (typeof v === 'string' ? v : v === null || v === undefined ? null : String(v));
  const [type, name, tblName, , sql] = values;
  return { type: text(type) ?? '', name: text(name) ?? '', tbl_name: text(tblName) ?? '', sql: text(sql) };
}

/** SQLite's variable-length integer: 1 to 9 bytes, big-endian, 7 bits per byte but the ninth. */
function varint(buffer: Buffer, offset: number): [number, number] {
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const byte = buffer[offset + i];
    if (byte === undefined) throw new FileFormatError('a varint runs past its page');
    value = value * 128 + (byte & 0x7f);
    if (byte < 0x80) return [value, i + 1];
  }
  const last = buffer[offset + 8];
  if (last === undefined) throw new FileFormatError('a varint runs past its page');
  return [value * 256 + last, 9];
}
