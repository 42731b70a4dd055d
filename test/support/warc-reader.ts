// A minimal reader of uncompressed WARC files, written for the tests from the WARC 1.1 standard
// (not warcio, which writes them): records, their headers, and the payload (a response's block
// after its HTTP headers; a resource's whole block), so digests are checked independently.
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
