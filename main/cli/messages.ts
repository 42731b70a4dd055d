// The command line's own sentences in the person's language: German or English from the POSIX
// environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), or `factdesk --lang de|en …`. Commander's
// help and parse errors: ./help.ts. Terminal escaping is the printer's (say/tell).
import type { TFunction } from 'i18next';
import { createI18n, isLanguage, languageFromEnvironment, type Language } from '@common/i18n';
import { formatDecimal, localeOf } from '@common/i18n/format';
import { FactdeskError } from '@common/domain/errors';
import { refusalText } from '@common/i18n/problems';

let language: Language = languageFromEnvironment(process.env);
let i18n = createI18n(language, ['cli', 'common']);
let t: TFunction = i18n.getFixedT(language, 'cli');

export function cliLanguage(): Language {
  return language;
}

/** `--lang`: overrides the environment for this command; anything but en/de is a usage error. */
export function setCliLanguage(value: string, usageError: (message: string) => Error): void {
  const wanted = value.trim().toLowerCase();
  if (!isLanguage(wanted)) throw usageError(msg('error.lang', { value }));
  language = wanted;
  i18n = createI18n(language, ['cli', 'common']);
  t = i18n.getFixedT(language, 'cli');
}

/**
 * A message of the `cli` catalogue. Ids, revisions and offsets are passed as strings: a plain
 * ICU number would be written "1,234", which is not the id a person types back.
 */
export function msg(key: string, values: Record<string, string | number> = {}): string {
  return t(key, values);
}

/** Whether the `cli` catalogue has `key` (help texts fall back to the code's words without one). */
export function has(key: string): boolean {
  return i18n.exists(key, { ns: 'cli' });
}

/** "a, b or c" in the person's language, for the choices an option takes. */
export function orList(items: readonly string[]): string {
  return new Intl.ListFormat(localeOf(language), { type: 'disjunction' }).format(items);
}

/** A score as a fixed-point number in the person's language ("0.637", "0,637"), ungrouped like a column. */
export function decimal(value: number, digits: number): string {
  return formatDecimal(language, value, digits);
}

/** A claim status in the person's language (the `common` catalogue). */
export function statusLabel(status: string): string {
  return t(`common:status.${status}`);
}

/** The core's refusals the CLI says in German itself; null for what it leaves in the core's English. */
function germanRefusal(err: FactdeskError): string | null {
  const details = err.details ?? {};
  const path = typeof details.path === 'string' ? details.path : null;
  const entity = typeof details.entity === 'string' ? details.entity : null;
  // Said by key (a rule, a refused argument): the catalogue's sentence, whatever the code.
  const keyed = refusalText('de', err.code, details);
  if (keyed !== null) return keyed;
  switch (err.code) {
    case 'not_found':
      return entity !== null && typeof details.id === 'number' && ['article', 'claim', 'source', 'evidence'].includes(entity)
        ? msg('error.notFound', { entity, id: String(details.id) })
        : null;
    case 'conflict': {
      if (entity === null || typeof details.expectedRevision !== 'number') return null;
      const current = details.current as { revision?: unknown } | null | undefined;
      if (current === null) return msg('error.conflictDeleted', { entity });
      return typeof current?.revision === 'number'
        ? msg('error.conflict', { entity, expected: String(details.expectedRevision), current: String(current.revision) })
        : null;
    }
    case 'busy':
      return msg('error.busy');
    case 'read_only':
      return path === null ? null : msg('error.readOnly', { path });
    case 'disk_full':
      return path === null ? null : msg('error.diskFull', { path });
    case 'refused_file':
      // The one refusal with a number to say: a file from a newer Factdesk.
      return path !== null && typeof details.schemaVersion === 'number' ? msg('error.newerSchema', { path, version: String(details.schemaVersion) }) : null;
    default:
      return null;
  }
}

/**
 * What a core error says to this person. English: the core's own sentence (the most specific one).
 * German: the common refusals from the catalogue, by code and details (a refused argument by its
 * Problem or its issues), a rule's refusal by its Problem; anything else stays in the core's English.
 */
export function refusalMessage(err: FactdeskError): string {
  return language === 'de' ? (germanRefusal(err) ?? err.message) : err.message;
}
