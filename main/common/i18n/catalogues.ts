// Every message Factdesk shows, by language and namespace. One namespace per audience, so each
// side loads only what it shows: `common` (statuses, counts: everyone); `workbench` (the window,
// article list, reader, import, export) and `panels` (claim, review, source, assistance and
// settings panels) in the renderer; `reports` (Markdown/HTML/PDF); `cli` (the command line's own
// sentences); `shell` (the desktop app's native menus, dialogs and error boxes).
import deCli from './locales/de/cli.json';
import deCommon from './locales/de/common.json';
import dePanels from './locales/de/panels.json';
import deReports from './locales/de/reports.json';
import deShell from './locales/de/shell.json';
import deWorkbench from './locales/de/workbench.json';
import enCli from './locales/en/cli.json';
import enCommon from './locales/en/common.json';
import enPanels from './locales/en/panels.json';
import enReports from './locales/en/reports.json';
import enShell from './locales/en/shell.json';
import enWorkbench from './locales/en/workbench.json';
import type { Language } from './languages';

export const NAMESPACES = ['common', 'workbench', 'panels', 'reports', 'cli', 'shell'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** A catalogue: nested keys, ICU MessageFormat strings at the leaves. */
export interface Messages {
  [key: string]: string | Messages;
}

export const CATALOGUES: Record<Language, Record<Namespace, Messages>> = {
  en: { common: enCommon, workbench: enWorkbench, panels: enPanels, reports: enReports, cli: enCli, shell: enShell },
  de: { common: deCommon, workbench: deWorkbench, panels: dePanels, reports: deReports, cli: deCli, shell: deShell },
};
