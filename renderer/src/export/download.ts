// Saving an export. PDF and WACZ arrive as base64, text formats as UTF-8 text.
import type { ExportResult } from '@common/contract';
import { blobFromBase64, saveBlob } from '../shared/files';

export function exportBlob(result: ExportResult): Blob {
  if (result.encoding === 'base64') return blobFromBase64(result.content, result.mimeType);
  return new Blob([result.content], { type: result.mimeType });
}

export function saveExport(result: ExportResult): void {
  saveBlob(exportBlob(result), result.fileName);
}
