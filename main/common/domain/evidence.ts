// Evidence that lasts: pages as fetched, archived copies of sources, files attached to sources,
// and the versions of an article's text.

/** What a piece of evidence is: a file a person attached, or a copy an archive run captured. */
export type EvidenceKind = 'file' | 'page' | 'screenshot' | 'pdf';

/** Each evidence file may be up to 200 MB (a phone video, a long PDF). */
export const MAX_EVIDENCE_BYTES = 200 * 1024 * 1024;

/** Files over this are handed over by path (CLI), not as base64 through the window's API (whose calls stay under 64 MB). */
export const MAX_EVIDENCE_CALL_BYTES = 40 * 1024 * 1024;

/** An evidence file's bytes for the window (thumbnails, opening offline), up to this size. */
export const MAX_EVIDENCE_READ_BYTES = 20 * 1024 * 1024;

/**
 * Media types a preserved copy may be opened as, in a viewer (never as a program), with the
 * extension its file gets. HTML (a page's scripts) and unknown types are only ever saved.
 */
export const VIEWABLE_MEDIA_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/wav': 'wav',
  'audio/ogg': 'ogg',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'text/plain': 'txt',
};

export interface Evidence {
  id: number;
  sourceId: number;
  kind: EvidenceKind;
  fileName: string | null;
  /** The address a captured copy came from; null for attached files. */
  url: string | null;
  mediaType: string;
  sha256: string;
  size: number;
  capturedAt: string;
  addedBy: string;
  /** Set when removed: the row and its hash stay, with who removed it and why. */
  removedAt: string | null;
  removedBy: string | null;
  removalReason: string | null;
}

/** One step of a fetch: the address asked for and the status that sent it on. */
export interface Redirect {
  url: string;
  status: number;
}

/** How a version of an article came from the web. */
export interface WebCapture {
  requestedUrl: string;
  finalUrl: string;
  canonicalUrl: string;
  redirects: Redirect[];
  httpStatus: number;
  contentType: string;
  fetchedAt: string;
  /** SHA-256 and size of the original bytes, kept in the database. */
  snapshotSha256: string;
  snapshotSize: number;
}

export interface ArticleVersion {
  articleId: number;
  version: number;
  title: string;
  contentHash: string;
  createdAt: string;
  createdBy: string;
  capture: WebCapture | null;
}
