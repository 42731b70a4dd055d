// The media type of an evidence file: from its first bytes where they are unmistakable, else from
// its extension. Used for listing, thumbnails and the WACZ; never to decide what is accepted.
import { extname } from 'node:path';

const BY_EXTENSION: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.mp4': 'video/mp4',
  '.mov': 'video/quicktime',
  '.webm': 'video/webm',
  '.txt': 'text/plain',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.json': 'application/json',
};

const SIGNATURES: ReadonlyArray<{ bytes: number[]; type: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], type: 'image/png' },
  { bytes: [0xff, 0xd8, 0xff], type: 'image/jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], type: 'image/gif' },
  { bytes: [0x25, 0x50, 0x44, 0x46], type: 'application/pdf' },
];

export function mediaTypeOf(fileName: string, head: Uint8Array): string {
  for (const signature of SIGNATURES) {
    if (signature.bytes.every((b, i) => head[i] === b)) return signature.type;
  }
  return BY_EXTENSION[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}
