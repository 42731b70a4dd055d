// A desk of 200,000 claims with varied wording (German and English), for the similar-claims
// lookup. The main desk's claims come from a dozen topics each, so nearly all of them look alike;
// these are built from subjects, measures, places and times, so words repeat as in a real archive.
// Built once through the store adapter and cached in bench/results/cache/ like the main desk.
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { openFactdesk } from '../main/core/service';
import { LATEST_SCHEMA_VERSION } from '../main/core/store/migrations';
import { openConnection, type SqlValue } from '../main/core/store/sqlite';
import { prng } from '../test/support/prng';

/** Bump when the generated claims change, so a stale cache is not reused. */
const DESK_VERSION = 1;
const CLAIMS_PER_ARTICLE = 100;
const ROWS_PER_INSERT = 50;

const WORDS = {
  de: {
    who: ['Die Bundesregierung', 'Der Kanzler', 'Die Ministerin', 'Der Verband', 'Die Opposition', 'Das Statistikamt', 'Der Konzern', 'Die Gewerkschaft', 'Der Bürgermeister', 'Die Zentralbank', 'Lukaschenko', 'Putin', 'Scholz', 'Habeck', 'Lindner', 'Baerbock'],
    what: ['die Strompreise', 'die Mietpreise', 'die Arbeitslosenquote', 'die Rüstungsausgaben', 'die Gasimporte', 'die Weizenexporte', 'der Atomwaffeneinsatz', 'die Stromerzeugung', 'die Kinderarmut', 'die Rentenbeiträge', 'die Asylanträge', 'die Verkehrsunfälle', 'die Bahnverspätungen', 'die Wohnungsbauzahlen', 'die Krankenkassenbeiträge', 'die Inflationsrate', 'die Staatsverschuldung', 'die Windkraftleistung', 'die Lebensmittelpreise', 'die Steuereinnahmen'],
    how: ['seien um {pct} Prozent gestiegen', 'seien um {pct} Prozent gesunken', 'hätten sich seit {year} verdoppelt', 'seien auf den höchsten Stand seit {year} gestiegen', 'lägen {pct} Prozent unter dem Vorjahr', 'hätten {n} Millionen Euro erreicht'],
    where: ['in Bayern', 'in Sachsen', 'in Berlin', 'in Hamburg', 'in Nordrhein-Westfalen', 'in Brandenburg', 'in Österreich', 'in der Schweiz', 'in Belarus', 'in Polen', 'in Frankreich', 'bundesweit'],
    when: ['im {month}', 'seit {month}', 'im vergangenen Jahr', 'in diesem Jahr', 'letzten Monat', 'im Jahr {year}'],
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    verb: ['sagte,', 'behauptete,', 'erklärte,', 'teilte mit,'],
  },
  en: {
    who: ['The government', 'The prime minister', 'The minister', 'The trade body', 'The opposition', 'The statistics office', 'The company', 'The union', 'The mayor', 'The central bank', 'Lukashenko', 'Putin', 'Biden', 'Sunak', 'Modi', 'Milei'],
    what: ['electricity prices', 'rents', 'unemployment', 'defence spending', 'gas imports', 'wheat exports', 'the nuclear deployment', 'power generation', 'child poverty', 'pension contributions', 'asylum applications', 'road accidents', 'train delays', 'housing completions', 'health insurance premiums', 'inflation', 'public debt', 'wind power capacity', 'food prices', 'tax revenue'],
    how: ['rose by {pct} percent', 'fell by {pct} percent', 'have doubled since {year}', 'reached their highest level since {year}', 'were {pct} percent below last year', 'reached {n} million dollars'],
    where: ['in Texas', 'in California', 'in London', 'in Scotland', 'in Ontario', 'in Bavaria', 'in India', 'in Brazil', 'in Belarus', 'in Poland', 'in France', 'nationwide'],
    when: ['in {month}', 'since {month}', 'last year', 'this year', 'last month', 'in {year}'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    verb: ['said', 'claimed', 'stated', 'told reporters'],
  },
} as const;

type Lang = keyof typeof WORDS;

export function generateClaim(r: () => number, lang: Lang): string {
  const w = WORDS[lang];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const fill = (s: string) =>
    s
      .replace('{pct}', () => String(1 + Math.floor(r() * 40)))
      .replace('{year}', () => String(1990 + Math.floor(r() * 34)))
      .replace('{n}', () => String(10 + Math.floor(r() * 990)))
      .replace('{month}', () => pick(w.months));
  return `${pick(w.who)} ${pick(w.verb)} ${pick(w.what)} ${fill(pick(w.how))} ${pick(w.where)} ${fill(pick(w.when))}.`;
}

export interface SimilarDesk {
  path: string;
  claims: number;
}

export async function cachedSimilarDesk(cacheDir: string, seed: number, claims: number, log: (s: string) => void): Promise<SimilarDesk> {
  const path = join(cacheDir, `similar-s${seed}-c${claims}-v${DESK_VERSION}-schema${LATEST_SCHEMA_VERSION}.db`);
  if (existsSync(path)) {
    log(`similar: cached ${path}`);
    return { path, claims };
  }
  await mkdir(cacheDir, { recursive: true });
  const building = `${path}.building`;
  await rm(building, { force: true });
  const settingsDir = join(cacheDir, 'settings');
  await (await openFactdesk({ path: building, reviewer: 'bench-similar', settingsDir })).close();
  const db = await openConnection(building);
  const r = prng(seed);
  const at = '2024-01-29T12:00:00.000Z';
  try {
    for (let first = 0; first < claims; first += CLAIMS_PER_ARTICLE * 100) {
      await db.write(async (tx) => {
        for (let a = first; a < Math.min(claims, first + CLAIMS_PER_ARTICLE * 100); a += CLAIMS_PER_ARTICLE) {
          const lang: Lang = (a / CLAIMS_PER_ARTICLE) % 5 < 3 ? 'de' : 'en';
          const sentences = Array.from({ length: CLAIMS_PER_ARTICLE }, () => generateClaim(r, lang));
          const text = sentences.join(' ');
          const hash = (a / CLAIMS_PER_ARTICLE).toString(16).padStart(64, '0');
          const { lastId: articleId } = await tx.run(
            "INSERT INTO article (title, text, content_hash, format, language, imported_at) VALUES (?, ?, ?, 'text', ?, ?)",
            [`Bench article ${a / CLAIMS_PER_ARTICLE + 1}`, text, hash, lang, at],
          );
          let offset = 0;
          const rows: SqlValue[][] = sentences.map((s) => {
            const row = [articleId, s, '', '', offset, offset + s.length, s, 'draft', at, at];
            offset += s.length + 1;
            return row;
          });
          for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
            const chunk = rows.slice(i, i + ROWS_PER_INSERT);
            await tx.run(
              `INSERT INTO claim (article_id, quote_exact, quote_prefix, quote_suffix, pos_start, pos_end, claim_reviewed, status, created_at, updated_at)
               VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
              chunk.flat(),
            );
          }
        }
      });
      log(`similar: ${Math.min(claims, first + CLAIMS_PER_ARTICLE * 100).toLocaleString('en')} / ${claims.toLocaleString('en')} claims`);
    }
    await db.exec('PRAGMA optimize');
  } finally {
    await db.close();
  }
  await rename(building, path);
  return { path, claims };
}
