// The export dialog's state: the choices, a live HTML preview of what they cover (debounced, the
// latest request wins), and saving in the chosen format with progress and a readable error.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ExportFormat } from '@common/contract';
import { api } from '../shared/api';
import { saveExport } from './download';
import { choiceProblem, DEFAULT_CHOICES, toExportFilter, type ExportChoices, type ExportScope, type ScopeContext } from './exportOptions';
import { errorShown } from '../shared/failureMessage';

export const PREVIEW_DELAY_MS = 350;

export function useExport(context: ScopeContext, initialScope: ExportScope) {
  const [choices, setChoices] = useState<ExportChoices>({ ...DEFAULT_CHOICES, scope: initialScope });
  // The latest preview answer, tagged with the filter it was rendered for: "updating" is simply
  // that the tag is not the current filter (the older preview stays on screen meanwhile).
  const [answer, setAnswer] = useState<{ key: string; html: string | null; error: string | null } | null>(null);
  const [saving, setSaving] = useState<ExportFormat | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [savedFile, setSavedFile] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const problem = choiceProblem(choices, context);
  const filterJson = problem === null ? JSON.stringify(toExportFilter(choices, context)) : null;
  const filter = useMemo(() => (filterJson === null ? null : (JSON.parse(filterJson) as ReturnType<typeof toExportFilter>)), [filterJson]);

  useEffect(() => {
    if (filter === null || filterJson === null) return;
    let current = true;
    const timer = window.setTimeout(() => {
      api()
        .renderExport({ format: 'html', filter })
        .then(
          (result) => {
            if (current) setAnswer({ key: filterJson, html: result.content, error: null });
          },
          (e: unknown) => {
            if (current) setAnswer({ key: filterJson, html: null, error: errorShown(e) });
          },
        );
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [filter, filterJson]);
  const previewing = filterJson !== null && answer?.key !== filterJson;
  const preview = filterJson === null ? null : (answer?.html ?? null);
  const previewError = filterJson === null || previewing ? null : (answer?.error ?? null);

  const update = useCallback((patch: Partial<ExportChoices>) => {
    setChoices((c) => ({ ...c, ...patch }));
    setSaveError(null);
    setSavedFile(null);
  }, []);

  const save = useCallback(async () => {
    if (filter === null || saving !== null) return;
    const format = choices.format;
    setSaving(format);
    setSaveError(null);
    setSavedFile(null);
    try {
      const result = await api().renderExport({ format, filter });
      if (!mounted.current) return;
      saveExport(result);
      setSavedFile(result.fileName);
    } catch (e) {
      if (mounted.current) setSaveError(errorShown(e));
    } finally {
      if (mounted.current) setSaving(null);
    }
  }, [filter, saving, choices.format]);

  return { choices, update, problem, preview, previewing, previewError, saving, saveError, savedFile, save };
}
