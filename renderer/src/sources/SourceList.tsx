// The sources (evidence) of one claim: add, edit, remove (with confirmation) and open in the
// system browser (through the core's openExternal, which only accepts http/https). A published
// claim's sources are part of its public fact-check, so each change there is saved only with a
// correction note (the CorrectionDialog), as the core requires.
import { useState } from 'react';
import type { Source } from '@common/domain/types';
import { api } from '../shared/api';
import { useStatus } from '../shared/useStatus';
import { EMPTY_SOURCE, STANCE_LABELS, sourceFormOf, toSourceInput, type SourceFormFields } from './sourceFields';
import { formatDate } from '../shared/format';
import { ConfirmDialog } from '../shared/Dialog';
import { SourceForm } from './SourceForm';
import { SourceEvidence } from './SourceEvidence';
import { CorrectionDialog } from '../claims/CorrectionDialog';

interface Props {
  claimId: number;
  /** The claim is published: a change of its sources needs a correction note. */
  published: boolean;
  sources: readonly Source[];
  onSaved: (source: Source) => void;
  onRemoved: (sourceId: number) => void;
}

type Editing = { kind: 'new' } | { kind: 'edit'; source: Source } | null;

/** A change of a published claim's sources waiting for its correction note. */
type Pending = { kind: 'save'; fields: SourceFormFields } | { kind: 'remove'; source: Source } | null;

export function SourceList({ claimId, published, sources, onSaved, onRemoved }: Props) {
  const { reportError, announce } = useStatus();
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Source | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending>(null);

  const submit = async (fields: SourceFormFields, correction?: string) => {
    if (published && correction === undefined) {
      setPending({ kind: 'save', fields });
      return;
    }
    setBusy(true);
    try {
      const input = toSourceInput(fields);
      const saved =
        editing?.kind === 'edit'
          ? await api().updateSource({ id: editing.source.id, expectedRevision: editing.source.revision, fields: input, correction })
          : await api().addSource({ claimId, fields: input, correction });
      onSaved(saved);
      announce(editing?.kind === 'edit' ? 'Source saved.' : 'Source added.');
      setEditing(null);
    } catch (error) {
      reportError(error, 'The source was not saved');
    } finally {
      setBusy(false);
    }
  };

  const remove = async (source: Source, correction?: string) => {
    setRemoving(null);
    if (published && correction === undefined) {
      setPending({ kind: 'remove', source });
      return;
    }
    try {
      await api().deleteSource({ id: source.id, expectedRevision: source.revision, correction });
      onRemoved(source.id);
      announce('Source removed.');
    } catch (error) {
      reportError(error, 'The source was not removed');
    }
  };

  const open = async (url: string) => {
    try {
      const { opened } = await api().openExternal({ url });
      if (!opened) reportError(new Error(`Could not open ${url} in the browser.`));
    } catch (error) {
      reportError(error, 'Could not open the source');
    }
  };

  return (
    <section className="sources" aria-labelledby={`sources-${claimId}`}>
      <div className="section-heading">
        <h3 id={`sources-${claimId}`}>Sources</h3>
        {editing === null && (
          <button type="button" onClick={() => setEditing({ kind: 'new' })}>
            Add source
          </button>
        )}
      </div>
      {editing !== null && (
        <SourceForm
          key={editing.kind === 'edit' ? editing.source.id : 'new'}
          initial={editing.kind === 'edit' ? sourceFormOf(editing.source) : EMPTY_SOURCE}
          submitLabel={editing.kind === 'edit' ? 'Save source' : 'Add this source'}
          busy={busy}
          onSubmit={(fields) => void submit(fields)}
          onCancel={() => setEditing(null)}
        />
      )}
      {sources.length === 0 && editing === null && <p className="empty">No sources yet.</p>}
      <ul className="source-items">
        {sources.map((source) => (
          <li key={source.id} className={`source stance-${source.stance}`}>
            <div className="source-title">{source.title ?? source.url}</div>
            <div className="source-meta">
              {[STANCE_LABELS[source.stance], source.publisher, formatDate(source.date)].filter(Boolean).join(' · ')}
            </div>
            <div className="source-url">{source.url}</div>
            {source.excerpt && <p className="source-excerpt">{source.excerpt}</p>}
            <SourceEvidence sourceId={source.id} label={source.title ?? source.url} />
            <div className="source-actions">
              <button type="button" onClick={() => void open(source.url)} aria-label={`Open ${source.title ?? source.url} in the browser`}>
                Open
              </button>
              <button type="button" onClick={() => setEditing({ kind: 'edit', source })} aria-label={`Edit source ${source.title ?? source.url}`}>
                Edit
              </button>
              <button type="button" onClick={() => setRemoving(source)} aria-label={`Remove source ${source.title ?? source.url}`}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ul>
      {removing !== null && (
        <ConfirmDialog
          title="Remove this source?"
          message={`“${removing.title ?? removing.url}” will be removed from this claim.`}
          confirmLabel="Remove source"
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
      {pending !== null && (
        <CorrectionDialog
          onCorrect={(note) => {
            setPending(null);
            void (pending.kind === 'save' ? submit(pending.fields, note) : remove(pending.source, note));
          }}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}
