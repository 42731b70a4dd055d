// Recognises files that are not text at all, before any decoding is attempted, so a PDF or an image
// dropped into an import folder is refused with a reason instead of becoming an article of garbage.

const MAGIC: ReadonlyArray<{ bytes: readonly number[]; kind: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'pdf' }, // %PDF-
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: 'png' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'gif' }, // GIF8
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'zipOffice' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'zip' },
  { bytes: [0x1f, 0x8b], kind: 'gzip' },
  { bytes: [0x42, 0x5a, 0x68], kind: 'bzip2' }, // BZh
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], kind: 'xz' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: 'sevenZip' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], kind: 'rar' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'legacyOffice' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: 'rtf' }, // {\rtf
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'executable' }, // ELF
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], kind: 'sqlite' },
  { bytes: [0x52, 0x49, 0x46, 0x46], kind: 'riff' },
  { bytes: [0x49, 0x44, 0x33], kind: 'mp3' }, // ID3
  { bytes: [0x4f, 0x67, 0x67, 0x53], kind: 'ogg' },
  { bytes: [0x1a, 0x45, 0xdf, 0xa3], kind: 'matroska' },
  { bytes: [0x00, 0x61, 0x73, 0x6d], kind: 'wasm' },
];

/** Bytes examined for control characters: binary formats show them early. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of C0 control characters (other than tab, LF, FF, CR, ESC) above which text is implausible. */
const MAX_CONTROL_RATIO = 0.02;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/**
 * Why these bytes are not a text file, as the key common:problem.import.binary words (e.g. "png"),
 * or null when they may be text.
 * Call it only for content without a UTF-16 BOM: UTF-16 text legitimately contains NUL bytes.
 */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const { bytes: magic, kind } of MAGIC) if (startsWith(bytes, magic)) return kind;
  // Formats without a distinctive signature (e.g. Windows executables, whose "MZ" could begin a
  // sentence) still contain NUL or control bytes early on.
  if (bytes.indexOf(0) !== -1) return 'nul';
  const sampleEnd = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < sampleEnd; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) controls++;
  }
  if (controls > 0 && controls / sampleEnd > MAX_CONTROL_RATIO) return 'controls';
  return null;
}
