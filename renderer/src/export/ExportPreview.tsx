// The HTML report as it will be saved, in a sandboxed frame: `sandbox=""` grants nothing (no
// scripts, no same-origin access, no navigation, no forms), and the report carries its own strict
// CSP, so even a hostile claim text stays inert.
interface Props {
  html: string | null;
  loading: boolean;
  error: string | null;
  problem: string | null;
}

export function ExportPreview({ html, loading, error, problem }: Props) {
  return (
    <section className="export-preview" aria-label="Preview" aria-busy={loading}>
      <div className="preview-heading">
        <h3>Preview</h3>
        <span className="muted small" role="status">
          {loading ? 'Updating the preview…' : html !== null ? 'The HTML report, as it will be saved' : ''}
        </span>
      </div>
      {problem !== null ? (
        <p className="preview-empty">{problem}</p>
      ) : error !== null ? (
        <p className="notice error" role="alert">
          The preview failed: {error}
        </p>
      ) : html === null ? (
        <p className="preview-empty">Preparing the preview…</p>
      ) : (
        <iframe className="preview-frame" title="Report preview" sandbox="" srcDoc={html} />
      )}
    </section>
  );
}
