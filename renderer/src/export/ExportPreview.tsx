// The HTML report as it will be saved, in a sandboxed frame: `sandbox=""` grants nothing (no
// scripts, no same-origin access, no navigation, no forms), and the report carries its own strict
// CSP, so even a hostile claim text stays inert.
import { useTranslation } from 'react-i18next';

interface Props {
  html: string | null;
  loading: boolean;
  error: string | null;
  problem: string | null;
}

export function ExportPreview({ html, loading, error, problem }: Props) {
  const { t } = useTranslation('workbench');
  return (
    <section className="export-preview" aria-label={t('export.preview.title')} aria-busy={loading}>
      <div className="preview-heading">
        <h3>{t('export.preview.title')}</h3>
        <span className="muted small" role="status">
          {loading ? t('export.preview.updating') : html !== null ? t('export.preview.asSaved') : ''}
        </span>
      </div>
      {problem !== null ? (
        <p className="preview-empty">{problem}</p>
      ) : error !== null ? (
        <p className="notice error" role="alert">
          {t('export.preview.failed', { error })}
        </p>
      ) : html === null ? (
        <p className="preview-empty">{t('export.preview.preparing')}</p>
      ) : (
        <iframe className="preview-frame" title={t('export.preview.frame')} sandbox="" srcDoc={html} />
      )}
    </section>
  );
}
