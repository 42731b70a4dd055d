// WACZ export (issue 13): the captured pages and evidence files of the reported claims as a web
// archive any replay tool reads. WARC records are made and digested by warcio (sha256 payload and
// block digests), the bytes streamed from the blob store through a temporary file so a 200 MB
// evidence file is never held in memory; the ZIP holds archive/data.warc, a CDXJ index, the pages
// index and datapackage.json with each resource's SHA-256.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { BaseSerializerBuffer, getSurt, WARCRecord, WARCSerializer } from 'warcio';
import yazl from 'yazl';
import type { ExportFilter, ExportResult } from '@common/contract';
import { problemError } from '@common/contract/refusals';
import { MAX_EVIDENCE_CALL_BYTES, type Evidence } from '@common/domain/evidence';
import type { CoreContext } from '../context';
import { listArticleVersions } from '../store/repositories/article-versions';
import { blobChunkCount, readBlobChunk } from '../store/repositories/blobs';
import { gatherReport } from '../store/repositories/report';
import { getVerdictScale } from '../store/repositories/verdicts';
import { reportFileName } from './index';

const WARC_NAME = 'data.warc';

/** One thing archived: a page as fetched (response record) or a file (resource record). */
interface Capture {
  url: string;
  date: string;
  mediaType: string;
  status: number | null;
  sha256: string;
  title: string;
}

/** warcio digests a record before writing it: the payload waits in a temporary file, not in memory. */
class FileBuffer extends BaseSerializerBuffer {
  private fd: number;
  constructor(private readonly path: string) {
    super();
    this.fd = openSync(path, 'w+');
  }
  write(chunk: Uint8Array): void {
    writeSync(this.fd, chunk);
  }
  async *readAll(): AsyncIterable<Uint8Array> {
    closeSync(this.fd);
    this.fd = -1;
    for await (const chunk of createReadStream(this.path) as AsyncIterable<Buffer>) yield chunk;
  }
  purge(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = openSync(this.path, 'w+');
  }
}

export interface WaczSummary {
  pages: number;
  records: number;
  bytes: number;
}

/** The WACZ streamed to `outPath` (the command line: evidence files may be far larger than a call). */
export async function writeWacz(ctx: CoreContext, filter: ExportFilter, outPath: string): Promise<WaczSummary> {
  return (await writeWaczFile(ctx, filter, outPath)).summary;
}

/**
 * The WACZ as the contract's answer (the workbench's export dialog): written to a temporary file
 * as the command line writes it, then handed over whole as base64, up to what one call may carry.
 */
export async function renderWacz(ctx: CoreContext, filter: ExportFilter): Promise<ExportResult> {
  const work = mkdtempSync(join(tmpdir(), 'factdesk-wacz-out-'));
  try {
    const path = join(work, 'export.wacz');
    const { summary, fileName } = await writeWaczFile(ctx, filter, path);
    if (summary.bytes > MAX_EVIDENCE_CALL_BYTES) {
      throw problemError({
        key: 'waczTooLarge',
        values: { size: (summary.bytes / 1024 / 1024).toFixed(0), most: String(MAX_EVIDENCE_CALL_BYTES / 1024 / 1024) },
      });
    }
    return { fileName, mimeType: 'application/wacz', encoding: 'base64', content: readFileSync(path).toString('base64') };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function writeWaczFile(ctx: CoreContext, filter: ExportFilter, outPath: string): Promise<{ summary: WaczSummary; fileName: string }> {
  const { captures, fileName } = await ctx.connection.read(async (tx) => {
    const report = await gatherReport(tx, filter, await getVerdictScale(tx), ctx.now().toISOString().slice(0, 10));
    const found: Capture[] = [];
    for (const { article } of report.articles) {
      for (const v of await listArticleVersions(tx, article.id)) {
        if (v.capture === null) continue;
        const c = v.capture;
        found.push({ url: c.finalUrl, date: c.fetchedAt, mediaType: c.contentType.split(';')[0]!.trim(), status: c.httpStatus, sha256: c.snapshotSha256, title: v.title });
      }
    }
    const titles = new Map(report.articles.flatMap((a) => a.sources.map((s) => [s.id, s.title ?? s.url] as const)));
    for (const e of report.preserved ?? []) found.push(evidenceCapture(e, titles.get(e.sourceId) ?? ''));
    return { captures: found, fileName: reportFileName(report, 'wacz') };
  });
  const work = mkdtempSync(join(tmpdir(), 'factdesk-wacz-'));
  try {
    const warcPath = join(work, WARC_NAME);
    const { cdxj, warcHash, warcBytes } = await writeWarc(ctx, captures, warcPath, join(work, 'payload'));
    const pages = [
      JSON.stringify({ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' }),
      ...captures.filter((c) => c.status !== null).map((c) => JSON.stringify({ url: c.url, ts: c.date, title: c.title })),
    ].join('\n') + '\n';
    const index = cdxj.sort().join('\n') + (cdxj.length ? '\n' : '');
    const resources = [
      { name: WARC_NAME, path: `archive/${WARC_NAME}`, hash: `sha256:${warcHash}`, bytes: warcBytes },
      textResource('pages.jsonl', 'pages/pages.jsonl', pages),
      textResource('index.cdxj', 'indexes/index.cdxj', index),
    ];
    const datapackage = JSON.stringify(
      { profile: 'data-package', wacz_version: '1.1.1', created: ctx.now().toISOString(), software: 'Factdesk', title: 'Factdesk evidence', resources },
      null,
      2,
    );
    const zip = new yazl.ZipFile();
    // Stored, not deflated: replay tools read WARC records at their offsets inside the ZIP.
    zip.addFile(warcPath, `archive/${WARC_NAME}`, { compress: false });
    zip.addBuffer(Buffer.from(pages), 'pages/pages.jsonl', { compress: false });
    zip.addBuffer(Buffer.from(index), 'indexes/index.cdxj', { compress: false });
    zip.addBuffer(Buffer.from(datapackage), 'datapackage.json', { compress: false });
    zip.end();
    const out = createWriteStream(outPath, { flags: 'wx' });
    zip.outputStream.pipe(out);
    await finished(out);
    return { summary: { pages: captures.filter((c) => c.status !== null).length, records: captures.length, bytes: out.bytesWritten }, fileName };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function evidenceCapture(e: Evidence, title: string): Capture {
  // Attached files and renderings have no address of their own: a URN names them in the archive.
  const url = e.kind === 'page' && e.url ? e.url : `urn:factdesk:evidence:${e.id}:${encodeURIComponent(e.fileName ?? e.kind)}`;
  return { url, date: e.capturedAt, mediaType: e.mediaType, status: e.kind === 'page' ? 200 : null, sha256: e.sha256, title };
}

function textResource(name: string, path: string, text: string): { name: string; path: string; hash: string; bytes: number } {
  const bytes = Buffer.from(text);
  return { name, path, hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, bytes: bytes.length };
}

async function writeWarc(ctx: CoreContext, captures: Capture[], warcPath: string, bufferPath: string): Promise<{ cdxj: string[]; warcHash: string; warcBytes: number }> {
  const out = createWriteStream(warcPath);
  const hash = createHash('sha256');
  let offset = 0;
  const write = async (chunk: Uint8Array): Promise<void> => {
    hash.update(chunk);
    offset += chunk.length;
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
  };
  const cdxj: string[] = [];
  const info = WARCRecord.createWARCInfo({ filename: WARC_NAME, warcVersion: 'WARC/1.1' }, { software: 'Factdesk', format: 'WARC File Format 1.1' });
  for await (const chunk of new WARCSerializer(info, { gzip: false })) await write(chunk as Uint8Array);
  for (const c of captures) {
    const start = offset;
    const record = WARCRecord.create(
      c.status === null
        ? { url: c.url, date: c.date, type: 'resource', warcVersion: 'WARC/1.1', warcHeaders: { 'Content-Type': c.mediaType } }
        : { url: c.url, date: c.date, type: 'response', warcVersion: 'WARC/1.1', statusline: `HTTP/1.1 ${c.status} OK`, httpHeaders: { 'Content-Type': c.mediaType } },
      blobReader(ctx, c.sha256),
    );
    const serializer = new WARCSerializer(record, { gzip: false, digest: { algo: 'sha-256', prefix: 'sha256:', base32: false } }, new FileBuffer(bufferPath));
    for await (const chunk of serializer) await write(chunk as Uint8Array);
    const fields = { url: c.url, mime: c.mediaType, status: String(c.status ?? 200), digest: record.warcPayloadDigest, length: String(offset - start), offset: String(start), filename: WARC_NAME };
    cdxj.push(`${surtOf(c.url)} ${warcTimestamp(c.date)} ${JSON.stringify(fields)}`);
  }
  out.end();
  await finished(out);
  return { cdxj, warcHash: hash.digest('hex'), warcBytes: offset };
}

/** The stored bytes, one chunk per read, so a large file streams. */
async function* blobReader(ctx: CoreContext, sha256: string): AsyncIterable<Uint8Array> {
  const chunks = await ctx.connection.read((tx) => blobChunkCount(tx, sha256));
  for (let seq = 0; seq < chunks; seq++) {
    const data = await ctx.connection.read((tx) => readBlobChunk(tx, sha256, seq));
    if (data) yield data;
  }
}

function surtOf(url: string): string {
  return url.startsWith('urn:') ? url : getSurt(url);
}

function warcTimestamp(iso: string): string {
  return iso.replace(/[^0-9]/g, '').slice(0, 14);
}
