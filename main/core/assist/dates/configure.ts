// The chrono parser for each language: chrono's own casual configuration plus what it lacks for
// resolving news text against a publication date (see parsers.ts, refiners.ts, qualifiers.ts).
import * as chrono from 'chrono-node';
import { CurrentPeriodParser, GermanMonthParser, RollingPeriodParser, YearParser } from './parsers';
import { QualifierRefiner } from './qualifiers';
import { CalendarMonthRefiner, EndOfMonthRefiner, NewsRuleRefiner, NoiseFilter, TrimRefiner, WeekdayDateRefiner } from './refiners';

export type DateLanguage = 'de' | 'en';

const parsers = new Map<DateLanguage, chrono.Chrono>();

export function dateParser(lang: DateLanguage): chrono.Chrono {
  let parser = parsers.get(lang);
  if (!parser) {
    parser = new chrono.Chrono(configuration(lang));
    parsers.set(lang, parser);
  }
  return parser;
}

function configuration(lang: DateLanguage): ReturnType<typeof chrono.de.createCasualConfiguration> {
  const config =
    lang === 'de' ? chrono.de.createCasualConfiguration() : chrono.en.configuration.createCasualConfiguration();
  // First in the list: where chrono's own parser matches the same words ("this week"), chrono's
  // overlap removal keeps the earlier parser's result.
  config.parsers.unshift(new RollingPeriodParser(lang), new CurrentPeriodParser(lang), new YearParser(lang));
  if (lang === 'de') config.parsers.unshift(new GermanMonthParser());
  config.refiners.push(
    new TrimRefiner(),
    new NoiseFilter(lang),
    new WeekdayDateRefiner(),
    new CalendarMonthRefiner(),
    new NewsRuleRefiner(lang),
    new EndOfMonthRefiner(),
    new QualifierRefiner(lang),
  );
  return config;
}
