// A source's evidence in the claim panel (issue 13): files dropped on the source are kept in the
// database (addEvidence), listed with their type, size, hash and who added them; images show a
// thumbnail read from the database; Open opens any kept copy offline (./openEvidence). "Archive page" has the core
// fetch and render the source's address (archiveSource); the copies are listed apart from the files.
import { useCallback, useState, type DragEvent } from 'react';
import { MAX_EVIDENCE_CALL_BYTES, type Evidence } from '@common/domain/evidence';
import { api } from '../shared/api';
import { useAsyncValue } from '../shared/useAsyncValue';
import { useStatus } from '../shared/useStatus';
import { formatSize, readBase64 } from '../shared/files';
import { formatMoment } from '../shared/dates';
import { downloadName, openPreservedCopy } from './openEvidence';

const THUMBNAIL_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
const THUMBNAIL_MAX_BYTES = 8 * 1024 * 1024;

export function SourceEvidence({ sourceId, label }: { sourceId: number; label: string }) {
  const { reportError, announce } = useStatus();
  const load = useCallback(() => api().listEvidence({ sourceId }), [sourceId]);
  const evidence = useAsyncValue<Evidence[]>(load, (e) => reportError(e, 'Could not read the evidence'));
  const [over, setOver] = useState(false);
  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

  const add = async (files: File[]) => {
    for (const file of files) {
      try {
        if (file.size > MAX_EVIDENCE_CALL_BYTES) {
          throw new Error(`${file.name} is ${formatSize(file.size)}; files over ${formatSize(MAX_EVIDENCE_CALL_BYTES)} are added with factdesk evidence add.`);
        }
        const [outcome] = await api().addEvidence({ sourceId, files: [{ name: file.name, data: await readBase64(file) }] });
        if (outcome && !outcome.ok) throw new Error(outcome.error);
        announce(outcome?.ok && outcome.duplicate ? `${file.name} is already kept for this source.` : `${file.name} kept as evidence.`);
      } catch (error) {
        reportError(error, 'The evidence was not added');
      }
    }
    evidence.reload();
  };

  const [archiving, setArchiving] = useState(false);
  const archive = async () => {
    setArchiving(true);
    try {
      const copies = await api().archiveSource({ sourceId });
      announce(`${label} archived: ${copies.length} preserved copies.`);
    } catch (error) {
      reportError(error, 'The page was not archived');
    } finally {
      setArchiving(false);
      evidence.reload();
    }
  };

  const kept = (evidence.value ?? []).filter((e) => e.removedAt === null);
  const files = kept.filter((e) => e.kind === 'file');
  const copies = kept.filter((e) => e.kind !== 'file');
  return (
    <div
      className={`source-evidence${over ? ' drop-active' : ''}`}
      aria-label={`Evidence for ${label}`}
      role="group"
      onDragEnter={(e) => hasFiles(e) && setOver(true)}
      onDragLeave={() => setOver(false)}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        // Kept here: the window's drop target (article import) must not see it.
        e.preventDefault();
        e.stopPropagation();
        setOver(false);
        void add(Array.from(e.dataTransfer.files));
      }}
    >
      {files.length === 0 ? (
        <p className="evidence-hint">Drop files here to keep them as evidence.</p>
      ) : (
        <ul className="evidence-items">
          {files.map((e) => (
            <EvidenceItem key={e.id} evidence={e} />
          ))}
        </ul>
      )}
      {copies.length > 0 && (
        <ul className="evidence-items preserved-copies" aria-label={`Preserved copies of ${label}`}>
          {copies.map((e) => (
            <li key={e.id} className="evidence-item" title={`SHA-256 ${e.sha256}`}>
              <span className="evidence-name">{e.kind}</span>
              <span className="evidence-meta">
                captured <time dateTime={e.capturedAt}>{formatMoment(e.capturedAt)}</time> · {e.mediaType} · {formatSize(e.size)} · SHA-256 {e.sha256.slice(0, 12)}…
              </span>
              <OpenButton evidence={e} name={e.kind} />
            </li>
          ))}
        </ul>
      )}
      <button type="button" disabled={archiving} aria-label={`Archive page ${label}`} onClick={() => void archive()}>
        {archiving ? 'Archiving…' : 'Archive page'}
      </button>
    </div>
  );
}

function EvidenceItem({ evidence: e }: { evidence: Evidence }) {
  const { reportError } = useStatus();
  const thumbnail = THUMBNAIL_TYPES.has(e.mediaType) && e.size <= THUMBNAIL_MAX_BYTES;
  const load = useCallback(() => (thumbnail ? api().readEvidence({ id: e.id }) : Promise.resolve(null)), [e.id, thumbnail]);
  const bytes = useAsyncValue(load, (error) => reportError(error, 'Could not read the evidence'));
  const name = e.fileName ?? e.kind;
  return (
    <li className="evidence-item" title={`SHA-256 ${e.sha256}`}>
      {bytes.value ? <img className="evidence-thumbnail" src={`data:${e.mediaType};base64,${bytes.value.data}`} alt={`Thumbnail of ${name}`} /> : <span className="evidence-type">{e.mediaType}</span>}
      <span className="evidence-name">{name}</span>
      <span className="evidence-meta">
        {formatSize(e.size)} · added by {e.addedBy} · SHA-256 {e.sha256.slice(0, 12)}…
      </span>
      <OpenButton evidence={e} name={name} />
    </li>
  );
}

/** Opens the copy kept in the database (offline): a viewer, a new tab, or a saved file. */
function OpenButton({ evidence, name }: { evidence: Evidence; name: string }) {
  const { reportError, announce } = useStatus();
  const open = async () => {
    try {
      const how = await openPreservedCopy(evidence);
      if (how === 'saved') announce(`${downloadName(evidence)} saved.`);
    } catch (error) {
      reportError(error, `${name} could not be opened`);
    }
  };
  return (
    <button type="button" className="evidence-open" aria-label={`Open ${name}`} onClick={() => void open()}>
      Open
    </button>
  );
}
