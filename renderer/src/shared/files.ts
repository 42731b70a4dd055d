// Files the person picks or drops, as the API takes them: base64 text, sizes said in kB/MB; and
// files handed back to the person: bytes from base64, saved through an <a download>.
import { interfaceLocale, numberFormat } from './dates';
import { i18n } from './i18n';

/** A size in the interface's locale by Intl's units ("1.5 MB" / "1,5 MB", "12 kB"). */
export function formatSize(bytes: number): string {
  const mega = bytes >= 1024 * 1024;
  return numberFormat(interfaceLocale(), mega ? 'megabytes' : 'kilobytes').format(mega ? bytes / 1024 / 1024 : Math.max(1, Math.round(bytes / 1024)));
}

/** A file's bytes as base64 (the contract carries file contents as text). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(i18n.t('workbench:import.unreadable', { file: file.name })));
    reader.readAsDataURL(file);
  });
}

/** Bytes the API sent as base64 (PDF and WACZ exports, evidence), as a Blob of their media type. */
export function blobFromBase64(base64: string, mediaType: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mediaType });
}

/**
 * Saves a Blob as a file: an <a download>, which works the same in Electron (its download handler
 * asks where to save) and in a browser. A download is never rendered, whatever its type.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returned; the delay covers slow handlers.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
