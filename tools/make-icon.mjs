// Draws build/icon.png (1024×1024), the app icon electron-builder turns into the .icns, .ico and
// Linux sizes: the header's ◆ in white on the workbench's blue, in a rounded square. Plain Node
// (zlib for the PNG), so it runs where no image tool is installed: `node tools/make-icon.mjs`.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { URL } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
const BLUE = [29, 78, 216];
const WHITE = [255, 255, 255];

/** Coverage (0..1) of the pixel at x, y by the shape, sampled 4×4 for smooth edges. */
function coverage(x, y, inside) {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++;
  return hits / 16;
}

const margin = 64;
const radius = 200;
function inRoundedSquare(x, y) {
  const lo = margin + radius;
  const hi = SIZE - margin - radius;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= margin && y >= margin && x <= SIZE - margin && y <= SIZE - margin;
}
const inDiamond = (x, y) => Math.abs(x - SIZE / 2) + Math.abs(y - SIZE / 2) <= 300;

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4);
  for (let x = 0; x < SIZE; x++) {
    const square = coverage(x, y, inRoundedSquare);
    const diamond = square > 0 ? coverage(x, y, inDiamond) : 0;
    const colour = BLUE.map((c, k) => Math.round(c + (WHITE[k] - c) * diamond));
    row.set([...colour, Math.round(255 * square)], 1 + x * 4);
  }
  rows.push(row);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../build/icon.png', import.meta.url), png);
