// The "Import" button (a file picker for several files), the drop target covering the window,
// and the progress / per-file results of an import.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_ACCEPT, type ImportProgress } from './useImport';
import { webAddresses } from './ImportUrl';
import { isLanguage } from '@common/i18n';
import { refusedImportText } from '../shared/api';

interface ImportButtonProps {
  onFiles: (files: File[]) => void;
  disabled: boolean;
  /** The file input, so the start screen can open the same picker. */
  input: RefObject<HTMLInputElement | null>;
}

export function ImportButton({ onFiles, disabled, input }: ImportButtonProps) {
  const { t } = useTranslation('workbench');
  return (
    <>
      <button type="button" className="primary" onClick={() => input.current?.click()} disabled={disabled}>
        {t('import.button')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          onFiles(files);
        }}
      />
    </>
  );
}

/** Accepts files dropped anywhere on the window; shows a target while files are dragged over it. */
/** A dropped link's web addresses: text/uri-list lines, its comments (#) left out. */
function droppedUrls(data: DataTransfer | null): string[] {
  const list = data?.getData('text/uri-list') ?? '';
  return webAddresses(list.split(/\r?\n/).filter((line) => !line.startsWith('#')).join('\n'));
}

/** Files dropped anywhere on the window are imported; so is a dropped link (a browser tab's address). */
export function DropZone({ onFiles, onUrls }: { onFiles: (files: File[]) => void; onUrls: (urls: string[]) => void }) {
  const { t } = useTranslation('workbench');
  const [active, setActive] = useState(false);
  const handler = useRef(onFiles);
  const urlHandler = useRef(onUrls);
  useEffect(() => {
    handler.current = onFiles;
    urlHandler.current = onUrls;
  });
  useEffect(() => {
    let depth = 0;
    // A link dragged within the page (a source's address, a link in the article) is not an import.
    let draggingInside = false;
    const dragStart = () => (draggingInside = true);
    const dragEnd = () => (draggingInside = false);
    // Files, or a link from outside: a dragged link carries text/uri-list (and no Files).
    const hasFiles = (e: DragEvent) =>
      !draggingInside && Array.from(e.dataTransfer?.types ?? []).some((t) => t === 'Files' || t === 'text/uri-list');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setActive(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Without this the browser would open the dropped file and leave the app.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setActive(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length > 0) handler.current(files);
      else {
        const urls = droppedUrls(e.dataTransfer);
        if (urls.length > 0) urlHandler.current(urls);
      }
    };
    window.addEventListener('dragstart', dragStart);
    window.addEventListener('dragend', dragEnd);
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragstart', dragStart);
      window.removeEventListener('dragend', dragEnd);
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!active) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div>{t('import.drop')}</div>
    </div>
  );
}

/** A clean import report fades after a while; one with failures stays until dismissed. */
const CLEAN_REPORT_MS = 8000;

export function ImportReport({ progress, onDismiss }: { progress: ImportProgress; onDismiss: () => void }) {
  const { t, i18n } = useTranslation('workbench');
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const failed = progress.outcomes.filter((o) => !o.ok);
  const clean = !progress.running && failed.length === 0;
  useEffect(() => {
    if (!clean) return;
    const timer = window.setTimeout(onDismiss, CLEAN_REPORT_MS);
    return () => window.clearTimeout(timer);
  }, [clean, onDismiss]);
  const imported = progress.outcomes.filter((o) => o.ok && !o.duplicate);
  const duplicates = progress.outcomes.filter((o) => o.ok && o.duplicate);
  return (
    <section className="import-report" aria-label={t('import.report')}>
      {progress.running ? (
        <>
          <label htmlFor="import-progress">{t('import.progress', { done: progress.done, total: progress.total })}</label>
          <progress id="import-progress" max={progress.total} value={progress.done} />
        </>
      ) : (
        <div className="import-summary">
          <p role="status">
            {t('import.summary', { imported: imported.length, duplicates: duplicates.length, failed: failed.length })}
          </p>
          <button type="button" className="icon" onClick={onDismiss} aria-label={t('import.dismiss')}>
            ×
          </button>
        </div>
      )}
      {failed.length > 0 && (
        <ul className="import-errors" role="alert" aria-label={t('import.failedFiles')}>
          {failed.map((o, i) => {
            const reason = refusedImportText(o, language) ?? t('import.failedReason');
            // The core's messages usually name the file already; do not name it twice.
            const named = reason.startsWith(o.fileName);
            return (
              <li key={`${o.fileName}-${i}`}>
                <strong>{o.fileName}</strong>
                {named ? reason.slice(o.fileName.length) : t('import.reason', { reason })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
