// Saving an export: a Blob and an <a download>, which works the same in Electron (its download
// handler asks where to save) and in a browser. PDF arrives as base64, text formats as UTF-8 text.
import type { ExportResult } from '@common/contract';

export function exportBlob(result: ExportResult): Blob {
  if (result.encoding === 'base64') {
    const binary = atob(result.content);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new Blob([bytes], { type: result.mimeType });
  }
  return new Blob([result.content], { type: result.mimeType });
}

export function saveExport(result: ExportResult): void {
  const url = URL.createObjectURL(exportBlob(result));
  const link = document.createElement('a');
  link.href = url;
  link.download = result.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returned; the delay covers slow handlers.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
