// The database this window works on: shown compactly in the header and in full on the start screen.
// Opening, creating and reopening databases: the start screen's switcher, and the desktop File menu.
import type { DatabaseInfo } from '@common/contract';
import { DatabaseSwitcher } from './DatabaseSwitcher';

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export function DatabaseBadge({ info }: { info: DatabaseInfo | null }) {
  if (info === null) return <span className="db-badge">Connecting…</span>;
  return (
    <span className="db-badge" title={info.path}>
      <span className="db-name">{fileName(info.path)}</span>
      <span className="db-count">
        {info.articleCount} {info.articleCount === 1 ? 'article' : 'articles'}
      </span>
    </span>
  );
}

interface StartScreenProps {
  info: DatabaseInfo | null;
  onImport: () => void;
  /** Offered while the database is empty; absent while it cannot be added (read-only, busy). */
  onOpenSample?: () => void;
}

export function StartScreen({ info, onImport, onOpenSample }: StartScreenProps) {
  const empty = info !== null && info.articleCount === 0;
  return (
    <section className="start-screen" aria-labelledby="start-heading">
      <h1 id="start-heading">Factdesk</h1>
      <p className="lead">Read articles, mark claims, attach sources and give verdicts.</p>
      <section className="card" aria-labelledby="db-heading">
        <h2 id="db-heading">Database</h2>
        {info === null ? (
          <p>Connecting to the database…</p>
        ) : (
          <dl className="db-facts">
            <div>
              <dt>File</dt>
              <dd className="path">{info.path}</dd>
            </div>
            <div>
              <dt>Articles</dt>
              <dd>{info.articleCount}</dd>
            </div>
            <div>
              <dt>Location</dt>
              <dd>{info.location.kind === 'local' ? 'This computer' : info.location.kind}</dd>
            </div>
          </dl>
        )}
        {info?.created && (
          <p className="notice" role="status">
            Factdesk created this file just now (at the path shown above): a new, empty database.
          </p>
        )}
        {info?.notice && (
          <p className="notice warning" role="status">
            {info.notice}
          </p>
        )}
        {info?.location.warning && (
          <p className="notice warning" role="note">
            {info.location.warning}
          </p>
        )}
        <DatabaseSwitcher currentPath={info?.path ?? null} />
      </section>
      <section className="card" aria-labelledby="next-heading">
        <h2 id="next-heading">Get started</h2>
        <ol className="steps">
          <li>
            <button type="button" className="link" onClick={onImport}>
              Import articles
            </button>{' '}
            (text, Markdown or HTML), or drop files anywhere on this window.
            {empty && (
              <>
                {' '}New to Factdesk?{' '}
                <button type="button" className="link" onClick={onOpenSample} disabled={onOpenSample === undefined}>
                  Open the sample article
                </button>{' '}
                to see a claim that is already marked, rated and sourced.
              </>
            )}
          </li>
          <li>Choose an article from the list.</li>
          <li>
            Select the words of a claim and press <strong>Mark claim</strong> (<kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>M</kbd>).
          </li>
        </ol>
      </section>
    </section>
  );
}
