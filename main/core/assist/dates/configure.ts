// The chrono parser for each language: chrono's own casual configuration plus what it lacks for
// resolving news text against a publication date.
import * as chrono from 'chrono-node';

export type DateLanguage = 'de' | 'en';

const parsers = new Map<DateLanguage, chrono.Chrono>();

export function dateParser(lang: DateLanguage): chrono.Chrono {
  let parser = parsers.get(lang);
  if (!parser) {
    parser = new chrono.Chrono(lang === 'de' ? chrono.de.createCasualConfiguration() : chrono.en.configuration.createCasualConfiguration());
    parsers.set(lang, parser);
  }
  return parser;
}
