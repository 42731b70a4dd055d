// Importing files the user picked or dropped: sizes checked before any byte is read, bytes sent
// as base64 in batches (so a hundred files show progress and no single call grows huge), and a
// result per file. Works the same in Electron and in the browser: only File objects, no paths.
import { useCallback, useState } from 'react';
import type { ImportOutcome } from '@common/contract';
import { MAX_IMPORT_BYTES } from '@common/domain/limits';
import { api, toFailure } from '../shared/api';
import { formatSize, readBase64 } from '../shared/files';
import { i18n } from '../shared/i18n';

/** The formats the core reads; a hint for the file picker (dropped files are all sent). */
export const IMPORT_ACCEPT = '.txt,.md,.markdown,.html,.htm';
const BATCH_BYTES = 6 * 1024 * 1024;
const BATCH_FILES = 20;

export interface ImportProgress {
  total: number;
  done: number;
  running: boolean;
  outcomes: ImportOutcome[];
}

function batches(files: File[]): File[][] {
  const out: File[][] = [];
  let current: File[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (bytes + file.size > BATCH_BYTES || current.length >= BATCH_FILES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

export function useImport(onImported: (outcomes: ImportOutcome[]) => void) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  const importFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      const outcomes: ImportOutcome[] = [];
      const sendable: File[] = [];
      for (const file of files) {
        if (file.size > MAX_IMPORT_BYTES) {
          outcomes.push({
            fileName: file.name,
            ok: false,
            error: i18n.t('workbench:import.tooLarge', { file: file.name, size: formatSize(file.size), max: formatSize(MAX_IMPORT_BYTES) }),
          });
        } else if (file.size === 0) {
          outcomes.push({ fileName: file.name, ok: false, error: i18n.t('workbench:import.empty', { file: file.name }) });
        } else sendable.push(file);
      }
      setProgress({ total: files.length, done: outcomes.length, running: true, outcomes: [...outcomes] });
      for (const batch of batches(sendable)) {
        try {
          const payload = await Promise.all(batch.map(async (f) => ({ name: f.name, data: await readBase64(f) })));
          outcomes.push(...(await api().importFiles({ files: payload })));
        } catch (error) {
          const { message } = toFailure(error);
          outcomes.push(...batch.map((f) => ({ fileName: f.name, ok: false, error: message })));
        }
        setProgress({ total: files.length, done: outcomes.length, running: true, outcomes: [...outcomes] });
      }
      setProgress({ total: files.length, done: outcomes.length, running: false, outcomes });
      onImported(outcomes);
    },
    [onImported],
  );

  /** Web pages by address (Import from URL, or an address pasted into the window). */
  const importUrls = useCallback(
    async (urls: string[]) => {
      if (urls.length === 0) return;
      setProgress({ total: urls.length, done: 0, running: true, outcomes: [] });
      let outcomes: ImportOutcome[];
      try {
        outcomes = await api().importUrls({ urls });
      } catch (error) {
        const { message } = toFailure(error);
        outcomes = urls.map((url) => ({ fileName: url, ok: false, error: message }));
      }
      setProgress({ total: urls.length, done: outcomes.length, running: false, outcomes });
      onImported(outcomes);
    },
    [onImported],
  );

  const dismiss = useCallback(() => setProgress(null), []);
  return { progress, importFiles, importUrls, dismiss };
}
