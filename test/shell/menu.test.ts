// The desktop shell's own words (issue 15): the native menu, built by a pure function, and the
// dialogs' titles, filters and questions, in English and German, on macOS and elsewhere. Every
// label must be a message of the `shell` catalogue in the chosen language, so no English is left
// in the German menu (Electron would otherwise fill role items such as Undo or Zoom In in English).
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, translator, type Language, type Messages } from '../../main/common/i18n';
import { applicationMenuTemplate, type MenuActions } from '../../main/shell/menu';
import {
  exportDialog,
  exportFormatFromPath,
  importDialog,
  importSummary,
  newDatabaseDialog,
  openDatabaseDialog,
  unsavedChangesQuestion,
} from '../../main/shell/dialogs';
import { shellLanguage } from '../../main/shell/language';

const APP = 'Factdesk';

/** Every message of the shell catalogue in `language`, formatted as the shell formats it. */
function catalogueTexts(language: Language): Set<string> {
  const t = translator(language, 'shell');
  const keys = (messages: Messages, prefix = ''): string[] =>
    Object.entries(messages).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
  return new Set(keys(CATALOGUES[language].shell).map((key) => t(key, { app: APP })));
}

function labels(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.type === 'separator' ? [] : [item.label ?? `(no label: ${item.role ?? 'item'})`]),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
  ]);
}

const calls: string[] = [];
const actions: MenuActions = {
  newDatabase: () => calls.push('new'),
  openDatabase: () => calls.push('open'),
  openRecent: (path) => calls.push(`recent ${path}`),
  importArticles: () => calls.push('import'),
  exportDatabase: () => calls.push('export'),
  openSettings: () => calls.push('settings'),
};

const menu = (language: Language, platform: NodeJS.Platform, recent: string[] = []): MenuItemConstructorOptions[] =>
  applicationMenuTemplate({ t: translator(language, 'shell'), platform, appName: APP, recent, actions });

const find = (items: readonly MenuItemConstructorOptions[] | undefined, label: string): MenuItemConstructorOptions | undefined =>
  items?.find((i) => i.label === label);
const sub = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];

describe('the application menu', () => {
  for (const language of ['en', 'de'] as const) {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      it(`has every label from the ${language} catalogue on ${platform}, role items included`, () => {
        const texts = catalogueTexts(language);
        const shown = labels(menu(language, platform)).filter((l) => l !== APP);
        expect(shown.filter((l) => !texts.has(l))).toEqual([]);
        expect(shown.length).toBeGreaterThan(25);
      });
    }
  }

  it('leaves no English label in the German menu', () => {
    const english = catalogueTexts('en');
    const german = labels(menu('de', 'darwin')).concat(labels(menu('de', 'linux'))).filter((l) => l !== APP);
    expect(german.filter((l) => english.has(l))).toEqual([]);
    expect(menu('de', 'linux').map((m) => m.label)).toEqual(['Datei', 'Bearbeiten', 'Darstellung', 'Fenster']);
  });

  it('keeps Settings… (Ctrl+,) and Quit in File on Windows and Linux', () => {
    const template = menu('en', 'linux', ['/desk/a.factdesk']);
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window']);
    const file = sub(template[0]);
    expect(find(file, 'Settings…')).toMatchObject({ accelerator: 'CmdOrCtrl+,' });
    expect(file.at(-1)).toMatchObject({ role: 'quit', label: 'Quit' });
  });

  it('puts About, Settings… (Cmd+,), Services, Hide and Quit in the app menu on macOS, and Settings… not in File', () => {
    const template = menu('de', 'darwin');
    expect(template.map((m) => m.label)).toEqual([APP, 'Datei', 'Bearbeiten', 'Darstellung', 'Fenster']);
    const appMenu = sub(template[0]);
    expect(appMenu.filter((i) => i.type !== 'separator').map((i) => i.role ?? i.label)).toEqual([
      'about',
      'Einstellungen…',
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(find(appMenu, 'Einstellungen…')).toMatchObject({ accelerator: 'CmdOrCtrl+,' });
    expect(find(appMenu, 'Factdesk beenden')).toMatchObject({ role: 'quit' });
    expect(find(appMenu, 'Über Factdesk')).toMatchObject({ role: 'about' });
    const file = sub(template[1]);
    expect(find(file, 'Einstellungen…')).toBeUndefined();
    expect(file.some((i) => i.role === 'quit')).toBe(false);
    expect(template.at(-1)).toMatchObject({ role: 'windowMenu', label: 'Fenster' });
  });

  it('lists recent databases, or says there are none, and runs each action', () => {
    calls.length = 0;
    const none = sub(find(sub(menu('de', 'linux')[0]), 'Zuletzt geöffnet'));
    expect(none).toEqual([{ label: 'Keine zuletzt geöffneten Datenbanken', enabled: false }]);
    const file = sub(menu('en', 'linux', ['/desk/a.factdesk', '/desk/b.factdesk'])[0]);
    sub(find(file, 'Open Recent')).forEach((item) => item.click?.({} as never, undefined, {} as never));
    for (const label of ['New Database…', 'Open Database…', 'Import…', 'Export Whole Database…', 'Settings…']) {
      find(file, label)?.click?.({} as never, undefined, {} as never);
    }
    expect(calls).toEqual(['recent /desk/a.factdesk', 'recent /desk/b.factdesk', 'new', 'open', 'import', 'export', 'settings']);
    expect(find(file, 'New Database…')).toMatchObject({ accelerator: 'CmdOrCtrl+N' });
    expect(find(file, 'Open Database…')).toMatchObject({ accelerator: 'CmdOrCtrl+O' });
    expect(find(file, 'Import…')).toMatchObject({ accelerator: 'CmdOrCtrl+I' });
  });

  it('labels the role items Electron would fill in English', () => {
    const template = menu('de', 'linux');
    const edit = sub(template[1]);
    expect(edit.filter((i) => i.role).map((i) => [i.role, i.label])).toEqual([
      ['undo', 'Rückgängig'],
      ['redo', 'Wiederholen'],
      ['cut', 'Ausschneiden'],
      ['copy', 'Kopieren'],
      ['paste', 'Einfügen'],
      ['delete', 'Löschen'],
      ['selectAll', 'Alles auswählen'],
    ]);
    expect(sub(template[2]).find((i) => i.role === 'togglefullscreen')?.label).toBe('Vollbildmodus ein/aus');
    expect(sub(template[3]).find((i) => i.role === 'minimize')?.label).toBe('Minimieren');
  });
});

describe('the shell’s dialogs', () => {
  it('are titled and filtered in German', () => {
    const t = translator('de', 'shell');
    expect(openDatabaseDialog(t)).toMatchObject({ title: 'Factdesk-Datenbank öffnen', filters: [{ name: 'Factdesk-Datenbank' }] });
    expect(newDatabaseDialog(t)).toMatchObject({ title: 'Neue Factdesk-Datenbank', filters: [{ name: 'Factdesk-Datenbank' }] });
    expect(importDialog(t)).toMatchObject({ title: 'Artikel importieren', filters: [{ name: 'Artikel' }] });
    const texts = catalogueTexts('de');
    const exportOptions = exportDialog(t);
    expect(texts.has(exportOptions.title ?? '')).toBe(true);
    expect((exportOptions.filters ?? []).filter((f) => !texts.has(f.name))).toEqual([]);
    const question = unsavedChangesQuestion(t);
    expect(question.buttons).toEqual(['Bleiben und speichern', 'Schließen ohne zu speichern']);
    expect(texts.has(question.message)).toBe(true);
    expect(importSummary(translator('en', 'shell'), 3, 1)).toBe('3 articles imported, 1 not imported (refused or skipped)');
  });

  it('offer WACZ in Export Whole Database…', () => {
    const filters = exportDialog(translator('en', 'shell')).filters ?? [];
    expect(filters.find((f) => f.extensions.includes('wacz'))?.name).toBe('WACZ web archive (captured pages and evidence)');
    expect(exportFormatFromPath('/desk/desk.wacz')).toBe('wacz');
    expect(exportFormatFromPath('/desk/desk.claimreview.json')).toBe('claimreview');
    expect(exportFormatFromPath('/desk/desk.annotations.json')).toBe('annotations');
    expect(exportFormatFromPath('/desk/desk.pdf')).toBe('pdf');
    expect(exportFormatFromPath('/desk/desk')).toBe('html');
  });
});

describe('the shell’s language', () => {
  it('is the reviewer’s preference when set, else German for a de* system locale, else English', () => {
    expect(shellLanguage('de', 'en-US')).toBe('de');
    expect(shellLanguage('en', 'de-DE')).toBe('en');
    expect(shellLanguage(null, 'de-AT')).toBe('de');
    expect(shellLanguage(null, 'de')).toBe('de');
    expect(shellLanguage(null, 'fr-FR')).toBe('en');
    expect(shellLanguage(null, '')).toBe('en');
  });
});
