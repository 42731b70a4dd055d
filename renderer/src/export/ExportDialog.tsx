// "Export report": format, scope (this article, the ticked claims, the whole database) and filters
// on the left, a live preview of the HTML report on the right; Save renders the chosen format and
// downloads it. PDF takes seconds, so progress shows while it renders.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '@common/domain/types';
import { useExport } from './useExport';
import { useReviewers } from '../review/useReviewers';
import { EXPORT_FORMATS, formatDescription, formatLabel, type ExportScope } from './exportOptions';
import { truncate } from '../shared/format';
import { Dialog } from '../shared/Dialog';
import { ExportFilters } from './ExportFilters';
import { ExportPreview } from './ExportPreview';
import './export.css';

interface Props {
  articleId: number | null;
  articleTitle: string | null;
  selectedClaimIds: readonly number[];
  verdicts: readonly Verdict[];
  reviewer: string | null;
  initialScope: ExportScope;
  onClose: () => void;
}

export function ExportDialog(props: Props) {
  const { articleId, articleTitle, selectedClaimIds, verdicts, reviewer, initialScope, onClose } = props;
  const { t } = useTranslation('workbench');
  const id = useId();
  const reviewers = useReviewers(reviewer);
  const ex = useExport({ articleId, selectedClaimIds }, initialScope);
  const { choices, update } = ex;
  const n = selectedClaimIds.length;
  const scopes: Array<{ scope: ExportScope; label: string; detail: string | null; disabled: boolean }> = [
    {
      scope: 'article',
      label: t('export.scope.article'),
      detail: articleTitle === null ? t('export.scope.noArticle') : truncate(articleTitle, 60),
      disabled: articleId === null,
    },
    {
      scope: 'selected',
      label: t('export.scope.selected', { count: n }),
      detail: n === 0 ? t('export.scope.tick') : null,
      disabled: n === 0,
    },
    { scope: 'database', label: t('export.scope.database'), detail: null, disabled: false },
  ];

  return (
    <Dialog title={t('export.title')} onClose={onClose} className="export-dialog">
      <div className="export-layout">
        <form
          className="export-form"
          aria-label={t('export.options')}
          onSubmit={(e) => {
            e.preventDefault();
            void ex.save();
          }}
        >
          <fieldset className="choice-group formats">
            <legend>{t('export.formatLegend')}</legend>
            {EXPORT_FORMATS.map((format) => (
              <label key={format} className="option">
                <input
                  type="radio"
                  name={`${id}-format`}
                  value={format}
                  checked={choices.format === format}
                  onChange={() => update({ format })}
                />
                <span>
                  <span className="option-label">{formatLabel(format)}</span>
                  <span className="option-detail">{formatDescription(format)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset className="choice-group">
            <legend>{t('export.claimsLegend')}</legend>
            {scopes.map((s) => (
              <label key={s.scope} className={`option${s.disabled ? ' disabled' : ''}`}>
                <input
                  type="radio"
                  name={`${id}-scope`}
                  value={s.scope}
                  checked={choices.scope === s.scope}
                  disabled={s.disabled}
                  onChange={() => update({ scope: s.scope })}
                />
                <span>
                  <span className="option-label">{s.label}</span>
                  {s.detail !== null && <span className="option-detail">{s.detail}</span>}
                </span>
              </label>
            ))}
          </fieldset>
          <ExportFilters choices={choices} verdicts={verdicts} reviewers={reviewers} onChange={update} />
        </form>
        <ExportPreview html={ex.preview} loading={ex.previewing} error={ex.previewError} problem={ex.problem} />
      </div>
      <div className="export-footer">
        <div className="export-status">
          {ex.saving !== null && (
            <div role="status" className="export-progress">
              <progress aria-label={t('export.rendering', { format: formatLabel(ex.saving) })} />
              <span>{t(ex.saving === 'pdf' ? 'export.renderingSlow' : 'export.renderingNow', { format: formatLabel(ex.saving) })}</span>
            </div>
          )}
          {ex.saveError !== null && (
            <p className="notice error" role="alert">
              {t('export.notSaved', { error: ex.saveError })}
            </p>
          )}
          {ex.savedFile !== null && ex.saving === null && (
            <p className="notice success" role="status">
              {t('export.saved', { file: ex.savedFile })}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('dialog.close')}
          </button>
          <button type="button" className="primary" onClick={() => void ex.save()} disabled={ex.problem !== null || ex.saving !== null}>
            {t('export.save', { format: formatLabel(choices.format) })}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
