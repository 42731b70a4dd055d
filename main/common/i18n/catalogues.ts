// Every message Factdesk shows, by language and namespace. One namespace per audience, so each
// side loads only what it shows: `common` (statuses, counts: everyone), `workbench` (the renderer),
// `reports` (Markdown/HTML/PDF), `cli` (the command line's own sentences).
import deCli from './locales/de/cli.json';
import deCommon from './locales/de/common.json';
import deReports from './locales/de/reports.json';
import deWorkbench from './locales/de/workbench.json';
import enCli from './locales/en/cli.json';
import enCommon from './locales/en/common.json';
import enReports from './locales/en/reports.json';
import enWorkbench from './locales/en/workbench.json';
import type { Language } from './languages';

export const NAMESPACES = ['common', 'workbench', 'reports', 'cli'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** A catalogue: nested keys, ICU MessageFormat strings at the leaves. */
export interface Messages {
  [key: string]: string | Messages;
}

export const CATALOGUES: Record<Language, Record<Namespace, Messages>> = {
  en: { common: enCommon, workbench: enWorkbench, reports: enReports, cli: enCli },
  de: { common: deCommon, workbench: deWorkbench, reports: deReports, cli: deCli },
};
