// Opening another database from the start screen: the recent files, the desktop's file chooser
// (where the platform offers one), and a path typed by hand (open, or create a new file).
// After a switch the page reloads, so every view starts from the newly opened file.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { errorShown } from '../shared/failureMessage';

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export function DatabaseSwitcher({ currentPath }: { currentPath: string | null }) {
  const { t } = useTranslation('workbench');
  const [recent, setRecent] = useState<string[]>([]);
  // Whether a native file chooser exists is learnt by asking: the browser bridge answers "not supported".
  const [chooser, setChooser] = useState(true);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pathId = useId();
  const hintId = useId();

  useEffect(() => {
    let live = true;
    void api().getRecentDatabases({}).then((list: string[]) => live && setRecent(list), () => undefined);
    return () => {
      live = false;
    };
  }, []);

  async function open(target: string, create: boolean): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await api().switchDatabase({ path: target, create });
      window.location.reload();
    } catch (e) {
      setError(errorShown(e));
      setBusy(false);
    }
  }

  async function choose(mode: 'open' | 'new'): Promise<void> {
    setError(null);
    try {
      const picked = await api().pickDatabaseFile({ mode });
      if (!picked.supported) {
        setChooser(false);
        setError(t('switcher.noChooser'));
        return;
      }
      if (picked.path) await open(picked.path, mode === 'new');
    } catch (e) {
      setError(errorShown(e));
    }
  }

  function submit(event: FormEvent<HTMLFormElement>, create: boolean): void {
    event.preventDefault();
    if (path.trim()) void open(path.trim(), create);
  }

  const others = recent.filter((p) => p !== currentPath);
  return (
    <div className="db-switcher" aria-label={t('switcher.label')}>
      {chooser && (
        <div className="db-switcher-row">
          <button type="button" onClick={() => void choose('open')} disabled={busy}>
            {t('switcher.openFile')}
          </button>
          <button type="button" onClick={() => void choose('new')} disabled={busy}>
            {t('switcher.newFile')}
          </button>
        </div>
      )}
      <form className="db-switcher-row" onSubmit={(e) => submit(e, false)} aria-describedby={hintId}>
        <label htmlFor={pathId}>{t('switcher.path')}</label>
        <input
          id={pathId}
          type="text"
          value={path}
          placeholder={t('switcher.pathPlaceholder')}
          onChange={(e) => setPath(e.target.value)}
          spellCheck={false}
          autoComplete="off"
        />
        <button type="submit" disabled={busy || !path.trim()}>
          {t('switcher.open')}
        </button>
        <button type="button" disabled={busy || !path.trim()} onClick={(e) => submit(e as unknown as FormEvent<HTMLFormElement>, true)}>
          {t('switcher.create')}
        </button>
      </form>
      <p id={hintId} className="muted hint">
        {t('switcher.hint')}
      </p>
      {others.length > 0 && (
        <nav aria-label={t('switcher.recentLabel')}>
          <h3>{t('switcher.recent')}</h3>
          <ul className="recent-list">
            {others.map((p) => (
              <li key={p}>
                <button type="button" className="link" onClick={() => void open(p, false)} disabled={busy} title={p}>
                  {fileName(p)}
                </button>{' '}
                <span className="muted path">{p}</span>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
