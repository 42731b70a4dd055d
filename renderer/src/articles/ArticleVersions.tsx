// An article's versions (issue 13): shown only once its text changed after import (a correction,
// a stealth edit). Lists each version with when and from where, and the words removed and added
// between any two, as the core's word diff gives them.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleVersion } from '@common/domain/evidence';
import type { VersionDiff } from '@common/contract';
import { api } from '../shared/api';
import { formatMoment } from '../shared/dates';
import { useAsyncValue } from '../shared/useAsyncValue';

interface Props {
  articleId: number;
  /** The article's revision: a new version raises it, which reloads the list. */
  revision: number;
  onError: (error: unknown) => void;
}

export function ArticleVersions({ articleId, revision, onError }: Props) {
  const loadVersions = useCallback(() => {
    void revision;
    return api().listArticleVersions({ articleId });
  }, [articleId, revision]);
  const versions = useAsyncValue<ArticleVersion[]>(loadVersions, onError);
  const list = versions.value ?? [];
  if (list.length < 2) return null;
  return <VersionsSection key={`${articleId}:${list.length}`} articleId={articleId} versions={list} onError={onError} />;
}

function VersionsSection({ articleId, versions, onError }: { articleId: number; versions: ArticleVersion[]; onError: (error: unknown) => void }) {
  const { t } = useTranslation('workbench');
  const last = versions[versions.length - 1]!.version;
  const [from, setFrom] = useState(last - 1);
  const [to, setTo] = useState(last);
  const loadDiff = useCallback(() => api().diffArticleVersions({ articleId, from, to }), [articleId, from, to]);
  const diff = useAsyncValue<VersionDiff>(loadDiff, onError);
  // Drawn anew (keyed on the number of versions) when a new version arrives: found again by their keys.
  const choose = (end: 'from' | 'to', label: string, value: number, set: (v: number) => void) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => set(Number(e.target.value))} data-focus-key={`article-versions-${end}`}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            {v.version}
          </option>
        ))}
      </select>
    </label>
  );
  const fromPicker = choose('from', t('versions.from'), from, setFrom);
  const toPicker = choose('to', t('versions.to'), to, setTo);
  return (
    <section className="article-versions" aria-label={t('versions.title')}>
      <h2>{t('versions.title')}</h2>
      <p className="version-warning">{t('versions.warning', { count: versions.length })}</p>
      <ol className="version-list">
        {versions.map((v) => (
          <li key={v.version}>
            {v.capture
              ? t('versions.captured', {
                  version: String(v.version),
                  at: formatMoment(v.capture.fetchedAt),
                  url: v.capture.finalUrl,
                  status: v.capture.httpStatus,
                  sha: v.capture.snapshotSha256.slice(0, 12),
                })
              : t('versions.version', { version: String(v.version), at: formatMoment(v.createdAt) })}
          </li>
        ))}
      </ol>
      <div className="version-choice">
        {fromPicker} {toPicker}
      </div>
      <p className="version-diff" aria-label={t('versions.changes', { from: String(from), to: String(to) })}>
        {diff.value?.parts.map((part, i) =>
          part.kind === 'added' ? <ins key={i}>{part.text}</ins> : part.kind === 'removed' ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>,
        )}
      </p>
    </section>
  );
}
