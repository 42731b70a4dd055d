// Byline and date lines as pages print them above the text: "By Maria Ortiz | Published March 4,
// 2024", "Von Jonas Keller und Ana Lima", "Updated 10 June 2025". Recognised only when the whole
// line is names, roles and a date, so a sentence that starts with "By" stays article text.
import { createRequire } from 'node:module';
import type * as ChronoModule from 'chrono-node';

// Loaded on first use, as html.ts loads jsdom: importing text and seed files never pays for it.
const loadCommonJs = createRequire(import.meta.url);
let chronoModule: typeof ChronoModule | null = null;
function chrono(): typeof ChronoModule {
  chronoModule ??= loadCommonJs('chrono-node') as typeof ChronoModule;
  return chronoModule;
}

export interface BylineLine {
  /** The names, joined with ", ". */
  names: string;
  /** The date the line gives, as YYYY-MM-DD (a byline's clock time has no time zone we could trust). */
  publishedOn: string | null;
}

const MAX_LINE_CHARACTERS = 140;
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|von|de|da|der|del|di|la|le|al|bin|ibn)`;
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?: ${NAME_WORD}){1,3}`;
const BYLINE = new RegExp(String.raw`^(?:[Bb]y|[Vv]on|[Pp]or|[Pp]ar|[Dd]i)\s+(${NAME}(?:\s*(?:,|and|und|y|et|e|&)\s+${NAME})*)(?:\s*[,|·•—–-]\s*(.*))?$`, 'iu');
const NAME_SEPARATOR = /\s*(?:,|\band\b|\bund\b|\by\b|\bet\b|\be\b|&)\s+/u;
/** First words that make "By Monday …" or "By The time …" a phrase, not a name. */
const NOT_FIRST_NAMES = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|then|this|that|now|law|car|train|plane|far)$/i;
/** One piece after the names: a role or agency ("Staff Writer", "Reuters"), or a date. */
const ROLE = /^\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,4}$/u;
const DATE_LABEL = /^(?:(published|posted|veröffentlicht(?: am)?|publié le|publicado(?: el)?)|updated|last updated|aktualisiert(?: am)?|mis à jour le|actualizado(?: el)?)?\s*:?\s*(?:on\s+|am\s+)?/iu;

export function bylineLine(text: string): BylineLine | null {
  if (text.length > MAX_LINE_CHARACTERS) return null;
  const match = BYLINE.exec(text);
  if (!match) return null;
  const names = match[1]!.split(NAME_SEPARATOR).map((name) => name.trim()).filter((name) => name.length > 0);
  if (names.some((name) => NOT_FIRST_NAMES.test(name.split(' ')[0]!))) return null;
  let publishedOn: string | null = null;
  for (const piece of (match[2] ?? '').split(/\s*[|·•—–]\s*/u).filter((p) => p.length > 0)) {
    const date = dateLine(piece);
    if (date) publishedOn ??= date.published ?? null;
    else if (!ROLE.test(piece)) return null;
  }
  return { names: names.join(', '), publishedOn };
}

export interface DateLine {
  /** Set when the line gives the publication date (not an update's). */
  published: string | null;
}

/** "Published March 4, 2024", "Updated 10 June 2025, 08:30", "4. März 2024": a line that is only a date. */
export function dateLine(text: string): DateLine | null {
  if (text.length > 80 || !/\d/.test(text)) return null;
  const label = DATE_LABEL.exec(text)!;
  const rest = text.slice(label[0].length);
  const parsed = [...chrono().strict.parse(rest), ...chrono().de.strict.parse(rest)].find((result) => result.start.isCertain('year'));
  if (!parsed) return null;
  // What the date parser did not read may only be clock time and punctuation.
  const leftover = (rest.slice(0, parsed.index) + rest.slice(parsed.index + parsed.text.length)).replace(/\d{1,2}[:.]\d{2}|\b[ap]\.?m\.?|\b(?:uhr|[A-Z]{2,4}T|UTC|GMT)\b|[\s,.|·•—–-]/giu, '');
  if (leftover.length > 0) return null;
  const updated = label[0].trim().length > 0 && label[1] === undefined;
  const { year, month, day } = { year: parsed.start.get('year'), month: parsed.start.get('month'), day: parsed.start.get('day') };
  if (year === null || month === null || day === null) return null;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { published: updated ? null : iso };
}
