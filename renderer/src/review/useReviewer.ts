// Who is reviewing: the name from this person's settings (not the shared file). On a first start
// there is none yet and the workbench asks for it before anything is changed.
import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../shared/api';
import { useStatus } from '../shared/useStatus';
import { wordingOf } from '../claims/wording';

export interface Reviewer {
  /** null until known; then the saved name, or null when none was saved yet. */
  name: string | null;
  loaded: boolean;
  /** The name prompt is showing (first start, or the user asked to change it). */
  prompting: boolean;
  /** The prompt must be answered (first start) rather than dismissed. */
  required: boolean;
  askToChange(): void;
  cancelChange(): void;
  save(name: string): Promise<void>;
}

export function useReviewer(): Reviewer {
  const { t } = wordingOf(useTranslation('panels'));
  const { reportError, announce } = useStatus();
  const [loaded, setLoaded] = useState(false);
  const [name, setName] = useState<string | null>(null);
  const [changing, setChanging] = useState(false);

  useEffect(() => {
    let current = true;
    api()
      .getSettings({})
      .then(
        (settings) => {
          if (!current) return;
          setName(settings.reviewerName);
          setLoaded(true);
        },
        (error: unknown) => reportError(error, t('name.readFailed')),
      );
    return () => {
      current = false;
    };
  }, [reportError, t]);

  const save = useCallback(
    async (next: string) => {
      // Errors reach the prompt, which keeps the typed name and shows why.
      const settings = await api().updateSettings({ reviewerName: next.trim() });
      setName(settings.reviewerName);
      setChanging(false);
      announce(t('name.announce', { name: settings.reviewerName ?? next.trim() }));
    },
    [announce, t],
  );

  const required = loaded && name === null;
  return {
    name,
    loaded,
    prompting: required || changing,
    required,
    askToChange: useCallback(() => setChanging(true), []),
    cancelChange: useCallback(() => setChanging(false), []),
    save,
  };
}
