// The database this window works on: shown compactly in the header and in full on the start screen.
// Opening, creating and reopening databases: the start screen's switcher, and the desktop File menu.
import { Trans, useTranslation } from 'react-i18next';
import type { DatabaseInfo } from '@common/contract';
import { DatabaseSwitcher } from './DatabaseSwitcher';
import { formatCount } from '../shared/dates';

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export function DatabaseBadge({ info }: { info: DatabaseInfo | null }) {
  const { t } = useTranslation('workbench');
  if (info === null) return <span className="db-badge">{t('database.connecting')}</span>;
  return (
    <span className="db-badge" title={info.path}>
      <span className="db-name">{fileName(info.path)}</span>
      <span className="db-count">{t('common:count.articles', { count: info.articleCount })}</span>
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
  const { t } = useTranslation('workbench');
  const empty = info !== null && info.articleCount === 0;
  return (
    <section className="start-screen" aria-labelledby="start-heading">
      <h1 id="start-heading">{t('app.brand')}</h1>
      <p className="lead">{t('start.lead')}</p>
      <section className="card" aria-labelledby="db-heading">
        <h2 id="db-heading">{t('start.database')}</h2>
        {info === null ? (
          <p>{t('start.connecting')}</p>
        ) : (
          <dl className="db-facts">
            <div>
              <dt>{t('start.file')}</dt>
              <dd className="path">{info.path}</dd>
            </div>
            <div>
              <dt>{t('start.articles')}</dt>
              <dd>{formatCount(info.articleCount)}</dd>
            </div>
            <div>
              <dt>{t('start.location')}</dt>
              <dd>{t('start.locationKind', { kind: info.location.kind })}</dd>
            </div>
          </dl>
        )}
        {info?.created && (
          <p className="notice" role="status">
            {t('start.created')}
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
        <h2 id="next-heading">{t('start.next')}</h2>
        <ol className="steps">
          <li>
            <Trans
              t={t}
              i18nKey="start.step.import"
              components={{ import: <button type="button" className="link" onClick={onImport} /> }}
            />
            {empty && (
              <>
                {' '}
                <Trans
                  t={t}
                  i18nKey="start.step.sample"
                  components={{
                    sample: <button type="button" className="link" onClick={onOpenSample} disabled={onOpenSample === undefined} />,
                  }}
                />
              </>
            )}
          </li>
          <li>{t('start.step.choose')}</li>
          <li>
            <Trans t={t} i18nKey="start.step.mark" components={{ strong: <strong />, kbd: <kbd /> }} />
          </li>
        </ol>
      </section>
    </section>
  );
}
