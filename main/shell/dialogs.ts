// The options of the shell's native dialogs (open, save, the close question), every word from the
// `shell` catalogue; kept apart from main/index.ts so they are unit-tested without Electron.
import type { MessageBoxSyncOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { TFunction } from 'i18next';
import { exportFormat, type ExportFormat } from '@common/contract';

export function openDatabaseDialog(t: TFunction): OpenDialogOptions {
  return {
    title: t('dialog.openDatabase'),
    properties: ['openFile'],
    filters: [{ name: t('dialog.databaseFilter'), extensions: ['factdesk', 'db', 'sqlite'] }],
  };
}

export function newDatabaseDialog(t: TFunction): SaveDialogOptions {
  return {
    title: t('dialog.newDatabase'),
    defaultPath: 'team.factdesk',
    filters: [{ name: t('dialog.databaseFilter'), extensions: ['factdesk', 'db'] }],
  };
}

export function importDialog(t: TFunction): OpenDialogOptions {
  return {
    title: t('dialog.import'),
    properties: ['openFile', 'openDirectory', 'multiSelections'],
    filters: [{ name: t('dialog.articlesFilter'), extensions: ['txt', 'md', 'markdown', 'html', 'htm'] }],
  };
}

/** The file endings of each format; the two JSON-LD kinds are told apart by a double ending. */
const EXPORT_EXTENSIONS: ReadonlyArray<[ExportFormat, string[]]> = [
  ['html', ['html']],
  ['pdf', ['pdf']],
  ['md', ['md']],
  ['csv', ['csv']],
  ['claimreview', ['claimreview.json']],
  ['annotations', ['annotations.json', 'jsonld']],
  ['wacz', ['wacz']],
];

export function exportDialog(t: TFunction): SaveDialogOptions {
  return {
    title: t('dialog.export'),
    defaultPath: 'factdesk-report.html',
    filters: EXPORT_EXTENSIONS.map(([format, extensions]) => ({ name: t(`dialog.filter.${format}`), extensions })),
  };
}

/** The format the reviewer chose, read from the file name the save dialog returned. */
export function exportFormatFromPath(path: string): ExportFormat {
  if (path.endsWith('.claimreview.json')) return 'claimreview';
  if (path.endsWith('.annotations.json') || path.endsWith('.jsonld')) return 'annotations';
  const ext = path.split('.').pop() ?? 'html';
  const parsed = exportFormat.safeParse(ext);
  return parsed.success ? parsed.data : 'html';
}

export function importSummary(t: TFunction, imported: number, failed: number): string {
  return t('dialog.importSummary', { imported, failed });
}

/** Asked when the page blocks closing because a claim has unsaved edits; button 0 stays. */
export function unsavedChangesQuestion(t: TFunction): MessageBoxSyncOptions & { buttons: string[] } {
  return {
    type: 'question',
    buttons: [t('unsaved.stay'), t('unsaved.close')],
    defaultId: 0,
    cancelId: 0,
    message: t('unsaved.message'),
    detail: t('unsaved.detail'),
  };
}
