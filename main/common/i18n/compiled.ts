// A catalogue message formatted by intl-messageformat directly, compiled once per language and
// key. The same library and locale tag as i18next-icu (the same output), without i18next's work
// per call: an i18next `t()` copies all its options and resolves the key again every time, and a
// report of 1,000 claims formats tens of thousands of messages (most of its time, issue 16).
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES, type Messages, type Namespace } from './catalogues';
import type { Language } from './languages';

const compiled = new Map<string, IntlMessageFormat | null>();

/** The message at a dotted key of a catalogue, or undefined. */
function lookUp(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function compile(language: Language, namespace: Namespace, key: string): IntlMessageFormat | null {
  const id = `${language}\u0000${namespace}\u0000${key}`;
  let format = compiled.get(id);
  if (format === undefined) {
    // English stands in for a missing German message, as i18next's fallbackLng does; the locale
    // stays the reader's, as i18next-icu keeps it.
    const message = lookUp(CATALOGUES[language][namespace], key) ?? lookUp(CATALOGUES.en[namespace], key);
    // ignoreTag as i18next-icu sets it: markup in a message is text, not an ICU tag.
    format = message === undefined ? null : new IntlMessageFormat(message, language, undefined, { ignoreTag: true });
    compiled.set(id, format);
  }
  return format;
}

/**
 * A message of `namespace` ("ns:key" for another one) in `language`, its placeholders filled in
 * (nothing escaped). A key no catalogue has is returned as it is, as i18next does.
 */
export function formatMessage(language: Language, namespace: Namespace, key: string, values: Record<string, string | number> = {}): string {
  const colon = key.indexOf(':');
  const [ns, path] = colon > 0 && key.slice(0, colon) in CATALOGUES.en ? [key.slice(0, colon) as Namespace, key.slice(colon + 1)] : [namespace, key];
  const format = compile(language, ns, path);
  if (format === null) return key;
  const out = format.format<string>(values);
  return typeof out === 'string' ? out : out.join('');
}
