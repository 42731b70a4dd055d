// An article's metadata as a reviewer corrects it: title, source, URL, publication date, language,
// byline (a page imported without its date, a wrong source). Saved at the article's revision; the
// change is logged like every edit and other windows follow through the live feed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticlePatch } from '@common/contract';
import type { Article } from '@common/domain/types';
import { api } from '../shared/api';
import { errorShown } from '../shared/failureMessage';

interface Props {
  article: Article;
  readOnly: boolean;
}

type Fields = Record<keyof ArticlePatch, string>;

/** The form's fields in order; each label is articleDetails.field.<name> in the catalogue. */
const FIELDS: readonly (keyof ArticlePatch)[] = ['title', 'sourceName', 'url', 'publishedAt', 'language', 'byline'];

function fieldsOf(article: Article): Fields {
  return {
    title: article.title,
    sourceName: article.sourceName ?? '',
    url: article.url ?? '',
    publishedAt: article.publishedAt?.slice(0, 10) ?? '',
    language: article.language ?? '',
    byline: article.byline ?? '',
  };
}

/** Only what changed; an emptied field is cleared (null), the title never. */
function patchOf(before: Fields, after: Fields): ArticlePatch {
  const patch: ArticlePatch = {};
  for (const key of Object.keys(after) as (keyof ArticlePatch)[]) {
    if (after[key] === before[key]) continue;
    const value = after[key].trim();
    if (key === 'title') patch.title = value;
    else patch[key] = value === '' ? null : value;
  }
  return patch;
}

export function ArticleDetailsForm({ article, readOnly }: Props) {
  const { t } = useTranslation('workbench');
  const id = useId();
  const [fields, setFields] = useState<Fields | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const base = fieldsOf(article);

  if (fields === null) {
    return (
      <div className="article-details-bar">
        {/* Drawn anew (keyed on the revision) when a colleague's edit arrives: found again by its key. */}
        <button type="button" onClick={() => setFields(base)} disabled={readOnly} data-focus-key="article-details-edit">
          {t('articleDetails.edit')}
        </button>
      </div>
    );
  }
  const save = async () => {
    try {
      setProblem(null);
      await api().updateArticle({ id: article.id, expectedRevision: article.revision, patch: patchOf(base, fields) });
      setFields(null);
    } catch (e) {
      setProblem(errorShown(e));
    }
  };
  return (
    <form
      className="article-details-form"
      aria-label={t('articleDetails.form')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {FIELDS.map((key) => (
        <div key={key}>
          <label htmlFor={`${id}-${key}`}>{t(`articleDetails.field.${key}`)}</label>
          <input
            id={`${id}-${key}`}
            type={key === 'publishedAt' ? 'date' : key === 'url' ? 'url' : 'text'}
            value={fields[key]}
            onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
          />
        </div>
      ))}
      {problem !== null && (
        <p className="notice error" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={() => setFields(null)}>
          {t('dialog.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('articleDetails.save')}
        </button>
      </div>
    </form>
  );
}
