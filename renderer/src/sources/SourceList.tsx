// The sources (evidence) of one claim: add, edit, remove (with confirmation) and open in the
// system browser (through the core's openExternal, which only accepts http/https). A published
// claim's sources are part of its public fact-check, so each change there is saved only with a
// correction note (the CorrectionDialog), as the core requires.
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { Source } from '@common/domain/types';
import { api } from '../shared/api';
import { useStatus } from '../shared/useStatus';
import { EMPTY_SOURCE, sourceFormOf, stanceName, toSourceInput, type SourceFormFields } from './sourceFields';
import { wordingOf } from '../claims/wording';
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
  const wording = wordingOf(useTranslation('panels'));
  const { t } = wording;
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
      announce(editing?.kind === 'edit' ? t('sources.saved') : t('sources.added'));
      setEditing(null);
    } catch (error) {
      reportError(error, t('sources.notSaved'));
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
      announce(t('sources.removed'));
    } catch (error) {
      reportError(error, t('sources.notRemoved'));
    }
  };

  const open = async (url: string) => {
    try {
      const { opened } = await api().openExternal({ url });
      if (!opened) reportError(new Error(t('sources.couldNotOpen', { url })));
    } catch (error) {
      reportError(error, t('sources.openFailed'));
    }
  };

  return (
    <section className="sources" aria-labelledby={`sources-${claimId}`}>
      <div className="section-heading">
        <h3 id={`sources-${claimId}`}>{t('sources.heading')}</h3>
        {editing === null && (
          <button type="button" onClick={() => setEditing({ kind: 'new' })}>
            {t('sources.add')}
          </button>
        )}
      </div>
      {editing !== null && (
        <SourceForm
          key={editing.kind === 'edit' ? editing.source.id : 'new'}
          initial={editing.kind === 'edit' ? sourceFormOf(editing.source) : EMPTY_SOURCE}
          submitLabel={editing.kind === 'edit' ? t('sources.saveSource') : t('sources.addThis')}
          busy={busy}
          onSubmit={(fields) => void submit(fields)}
          onCancel={() => setEditing(null)}
        />
      )}
      {sources.length === 0 && editing === null && <p className="empty">{t('sources.none')}</p>}
      <ul className="source-items">
        {sources.map((source) => (
          <li key={source.id} className={`source stance-${source.stance}`}>
            <div className="source-title">{source.title ?? source.url}</div>
            <div className="source-meta">
              {[stanceName(wording, source.stance), source.publisher, formatDate(source.date)].filter(Boolean).join(' · ')}
            </div>
            <div className="source-url">{source.url}</div>
            {source.excerpt && <p className="source-excerpt">{source.excerpt}</p>}
            <SourceEvidence sourceId={source.id} label={source.title ?? source.url} />
            <div className="source-actions">
              <button type="button" onClick={() => void open(source.url)} aria-label={t('sources.openLabel', { name: source.title ?? source.url })}>
                {t('sources.open')}
              </button>
              <button type="button" onClick={() => setEditing({ kind: 'edit', source })} aria-label={t('sources.editLabel', { name: source.title ?? source.url })}>
                {t('sources.edit')}
              </button>
              <button type="button" onClick={() => setRemoving(source)} aria-label={t('sources.removeLabel', { name: source.title ?? source.url })}>
                {t('sources.remove')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {removing !== null && (
        <ConfirmDialog
          title={t('sources.removeTitle')}
          message={t('sources.removeText', { name: removing.title ?? removing.url })}
          confirmLabel={t('sources.removeConfirm')}
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
