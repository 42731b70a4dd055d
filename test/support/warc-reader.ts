// A minimal reader of uncompressed WARC files, written for the tests from the WARC 1.1 standard
// (not warcio, which writes them): records, their headers, and the payload (a response's block
// after its HTTP headers; a resource's whole block), so digests are checked independently.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../cli/run';

export interface WarcRecord {
  headers: Map<string, string>;
  payload: Buffer;
}

const CRLFCRLF = Buffer.from('\r\n\r\n');

export function readWarc(bytes: Buffer): WarcRecord[] {
  const records: WarcRecord[] = [];
  let at = 0;
  while (at < bytes.length) {
    const headerEnd = bytes.indexOf(CRLFCRLF, at);
    if (headerEnd < 0) throw new Error(`Truncated WARC headers at offset ${at}`);
    const lines = bytes.subarray(at, headerEnd).toString('utf8').split('\r\n');
    if (!lines[0]?.startsWith('WARC/')) throw new Error(`No WARC record at offset ${at}: ${lines[0]}`);
    const headers = new Map<string, string>();
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const length = Number(headers.get('content-length'));
    const blockStart = headerEnd + 4;
    const block = bytes.subarray(blockStart, blockStart + length);
    if (block.length !== length) throw new Error(`Truncated WARC block at offset ${blockStart}`);
    let payload = block;
    if (headers.get('warc-type') === 'response') {
      const httpEnd = block.indexOf(CRLFCRLF);
      payload = block.subarray(httpEnd + 4);
    }
    records.push({ headers, payload });
    // Each record ends with two CRLFs.
    if (!bytes.subarray(blockStart + length, blockStart + length + 4).equals(CRLFCRLF)) throw new Error(`Record not closed at ${blockStart + length}`);
    at = blockStart + length + 4;
  }
  return records;
}

/** The files of a WACZ listed in its datapackage.json, with the size and hash it gives for each. */
export interface WaczPackage {
  wacz_version: string;
  resources: Array<{ path: string; hash: string; bytes: number }>;
}

export interface UnpackedWacz {
  datapackage: WaczPackage;
  /** The records of archive/data.warc. */
  records: WarcRecord[];
  /** Where the archive was unpacked. */
  folder: string;
}

/**
 * Unpacks a WACZ with the system's unzip (not the library that wrote it) and checks every digest
 * it carries: datapackage.json's hash and size of each file, and each record's
 * WARC-Payload-Digest against its payload. A mismatch throws, naming what did not match.
 */
export function unpackWacz(wacz: string, folder: string): UnpackedWacz {
  mkdirSync(folder, { recursive: true });
  execFileSync('unzip', ['-q', wacz, '-d', folder]);
  const datapackage = JSON.parse(readFileSync(join(folder, 'datapackage.json'), 'utf8')) as WaczPackage;
  for (const r of datapackage.resources) {
    const bytes = readFileSync(join(folder, r.path));
    const found = `sha256:${sha256Hex(bytes)} ${bytes.length}`;
    if (found !== `${r.hash} ${r.bytes}`) throw new Error(`${r.path}: datapackage.json says ${r.hash} ${r.bytes}, the file is ${found}`);
  }
  const records = readWarc(readFileSync(join(folder, 'archive/data.warc')));
  for (const r of records.filter((record) => record.headers.get('warc-type') !== 'warcinfo')) {
    const digest = r.headers.get('warc-payload-digest');
    if (digest !== `sha256:${sha256Hex(r.payload)}`) {
      throw new Error(`${r.headers.get('warc-target-uri')}: WARC-Payload-Digest ${digest} does not match its payload`);
    }
  }
  return { datapackage, records, folder };
}
