// Opening a preserved copy offline. The app opens it with the system's viewer (openEvidence; the
// core writes it to a file of its own). Elsewhere, or when the app would not, a PDF, picture, audio,
// video or plain text opens as a Blob in a new tab; anything else (a page's HTML above all) is
// saved as a file and never rendered: a Blob of HTML in a tab would run its scripts in our origin.
import { VIEWABLE_MEDIA_TYPES, type Evidence } from '@common/domain/evidence';
import { api } from '../shared/api';
import { blobFromBase64, saveBlob } from '../shared/files';

export type Opened = 'viewer' | 'tab' | 'saved';

export async function openPreservedCopy(evidence: Evidence): Promise<Opened> {
  if ((await api().openEvidence({ id: evidence.id })).opened) return 'viewer';
  const { data } = await api().readEvidence({ id: evidence.id });
  const blob = blobFromBase64(data, evidence.mediaType);
  // The app's window opens no tabs (its guard denies them): there the file is saved instead.
  if (VIEWABLE_MEDIA_TYPES[evidence.mediaType] !== undefined && !inApp()) {
    const url = URL.createObjectURL(blob);
    window.open(url, '_blank', 'noopener');
    // The tab has loaded the Blob long before; it stays readable there after the URL is revoked.
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return 'tab';
  }
  saveBlob(blob, downloadName(evidence));
  return 'saved';
}

/** The app's window is served from app:// (the browser bridge from http://127.0.0.1). */
function inApp(): boolean {
  return !/^https?:$/.test(window.location.protocol);
}

/** The file's own name; an archived page (named "page") gets the extension of its type. */
export function downloadName(e: Evidence): string {
  const name = e.fileName ?? e.kind;
  if (/\.[a-z0-9]{1,5}$/i.test(name)) return name;
  const extension = e.mediaType === 'text/html' ? 'html' : VIEWABLE_MEDIA_TYPES[e.mediaType];
  return extension === undefined ? name : `${name}.${extension}`;
}
