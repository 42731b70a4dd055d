// Deterministic, realistic test data for the benchmarks: articles in the seed format (German and
// English, 1–5 KB), so the import path measured is the one users hit. Same seed, same bytes.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { prng } from '../test/support/prng';

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const DE = {
  people: [
    'Lukaschenko', 'Putin', 'Scholz', 'Macron', 'Selenskyj', 'Baerbock', 'Stoltenberg', 'von der Leyen',
    'Habeck', 'Lindner', 'Merz', 'Faeser', 'Pistorius', 'Lagarde', 'Orbán', 'Tusk',
  ],
  places: [
    'BERLIN', 'MOSKAU', 'MINSK', 'KIEW', 'BRÜSSEL', 'ST PETERSBURG', 'WARSCHAU', 'PARIS',
    'HAMBURG', 'MÜNCHEN', 'WIEN', 'ZÜRICH', 'FRANKFURT', 'PRAG', 'BUDAPEST', 'ROM',
  ],
  verbs: ['sagte', 'erklärte', 'betonte', 'behauptete', 'kündigte an', 'bestätigte', 'versicherte', 'räumte ein'],
  topics: [
    'dass der Einsatz russischer Atomwaffen im {month} abgeschlossen sei',
    'dass die Inflation im vergangenen Jahr auf {pct} Prozent gesunken sei',
    'dass mehr als {n} Soldaten an der Grenze stationiert seien',
    'dass die Gaslieferungen um {pct} Prozent gestiegen seien',
    'dass das Abkommen noch vor Jahresende unterzeichnet werde',
    'dass die Arbeitslosigkeit den niedrigsten Stand seit {year} erreicht habe',
    'dass die Regierung {n} Millionen Euro für Flüchtlinge bereitgestellt habe',
    'dass die Strompreise seit {month} um {pct} Prozent gefallen seien',
    'dass {n} Wohnungen im vergangenen Jahr fertiggestellt worden seien',
    'dass die Rentenkasse bis {year} ausgeglichen sei',
    'dass die Bahn {pct} Prozent ihrer Züge pünktlich betrieben habe',
    'dass die Exporte nach China im {month} eingebrochen seien',
  ],
  filler: [
    'Die Staats- und Regierungschefs trafen sich am Montag zu Gesprächen über die weitere Zusammenarbeit.',
    'Beobachter werteten das Treffen als Zeichen einer engeren Partnerschaft beider Länder.',
    'Kritiker warnten vor den Folgen für die Sicherheit in der Region.',
    'Eine unabhängige Bestätigung der Angaben lag zunächst nicht vor.',
    'Das Ministerium äußerte sich auf Anfrage nicht zu den Einzelheiten.',
    'Die Opposition forderte eine Untersuchung der Vorgänge im Parlament.',
    'Wirtschaftsverbände begrüßten die Ankündigung, mahnten aber schnellere Genehmigungen an.',
    'Nach Angaben der Polizei verliefen die Kundgebungen in der Innenstadt weitgehend friedlich.',
    'Die Zahlen des Statistischen Bundesamtes sollen Ende des Monats veröffentlicht werden.',
    'Umweltverbände kritisierten den Beschluss als unzureichend.',
    'Der Sprecher verwies auf eine frühere Stellungnahme der Behörde.',
    'Mehrere Abgeordnete kündigten an, das Gesetz im Ausschuss zu blockieren.',
  ],
  months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  decimal: ',',
  thousands: '.',
  category: 'toi-allgemeines',
};

const EN = {
  people: [
    'Lukashenko', 'Putin', 'Biden', 'Sunak', 'Zelenskyy', 'Stoltenberg', 'Modi', 'Lula',
    'Starmer', 'Trudeau', 'Albanese', 'Ramaphosa', 'Erdogan', 'Milei', 'Kishida', 'Harris',
  ],
  places: [
    'LONDON', 'WASHINGTON', 'NEW DELHI', 'MOSCOW', 'KYIV', 'BRUSSELS', 'GENEVA', 'TOKYO',
    'MUMBAI', 'OTTAWA', 'CANBERRA', 'NAIROBI', 'ANKARA', 'BUENOS AIRES', 'SEOUL', 'JAKARTA',
  ],
  verbs: ['said', 'claimed', 'stated', 'announced', 'insisted', 'confirmed', 'told reporters', 'argued'],
  topics: [
    'that the deployment of Russian nuclear weapons was completed in {month}',
    'that inflation fell to {pct} percent last year',
    'that more than {n} troops were stationed along the border',
    'that gas deliveries had risen by {pct} percent',
    'that the agreement would be signed before the end of the year',
    'that unemployment had reached its lowest level since {year}',
    'that the government had spent {n} million dollars on flood relief',
    'that electricity prices had fallen by {pct} percent since {month}',
    'that {n} new homes were completed last year',
    'that the pension fund would be balanced by {year}',
    'that {pct} percent of trains had run on time',
    'that exports to China collapsed in {month}',
  ],
  filler: [
    'The leaders met on Monday for talks on closer cooperation between the two countries.',
    'Observers saw the meeting as a sign of a deepening partnership.',
    'Critics warned of the consequences for security in the region.',
    'There was no independent confirmation of the figures.',
    'The ministry declined to comment on the details when asked.',
    'The opposition called for a parliamentary inquiry into the matter.',
    'Business groups welcomed the announcement but urged faster approvals.',
    'Police said the rallies in the city centre had been largely peaceful.',
    'The statistics office is due to publish its figures at the end of the month.',
    'Environmental groups criticised the decision as inadequate.',
    'A spokesperson referred to an earlier statement by the agency.',
    'Several lawmakers vowed to block the bill in committee.',
  ],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  decimal: '.',
  thousands: ',',
  category: 'toi-world',
};

type Language = typeof DE;

/** A topic with its numbers and month filled in, so figures vary as they do in real reporting. */
function fillTopic(r: Rand, lang: Language, topics: readonly string[] = lang.topics): string {
  return pick(r, topics)
    .replace('{month}', () => pick(r, lang.months))
    .replace('{year}', () => String(1970 + Math.floor(r() * 50)))
    .replace('{pct}', () => `${1 + Math.floor(r() * 40)}${lang.decimal}${Math.floor(r() * 10)}`)
    .replace('{n}', () => {
      const n = 1_000 + Math.floor(r() * 99) * 1_000;
      return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang.thousands);
    });
}

const fold = (s: string): string =>
  s
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .replace(/[^\x20-\x7e]/g, '');

export interface GeneratedArticle {
  fileName: string;
  content: string;
  /** Sentences that make good claims, as they appear in the body. */
  claimQuotes: string[];
}

/** One seed-format article. `index` makes it unique; about 60% are German, 40% English. */
export function generateArticle(seed: number, index: number): GeneratedArticle {
  const r = prng(seed * 1_000_003 + index);
  const lang = r() < 0.6 ? DE : EN;
  const targetBytes = 1_000 + Math.floor(r() * 4_000);
  return seedArticle(r, lang, index, (size) => size < targetBytes);
}

/**
 * One long seed-format article with at least `claims` claim-worthy sentences (the reader's worst
 * case: a long speech or a debate transcript under review).
 */
export function generateLongArticle(seed: number, index: number, claims: number): GeneratedArticle {
  const r = prng(seed * 1_000_003 + index);
  return seedArticle(r, DE, index, (_size, quotes) => quotes < claims);
}

/** Share of an article's claims about its own story (its people and topics); the rest quote anyone. */
const ON_STORY = 0.8;

function seedArticle(
  r: Rand,
  lang: Language,
  index: number,
  more: (size: number, quotes: number) => boolean,
): GeneratedArticle {
  // An article follows one story: two or three people and one or two topics, as real reports do
  // (so a name or a topic word is in a realistic share of the archive, not in every article).
  const cast = [pick(r, lang.people), pick(r, lang.people), ...(r() < 0.5 ? [pick(r, lang.people)] : [])];
  const story = [pick(r, lang.topics), ...(r() < 0.4 ? [pick(r, lang.topics)] : [])];
  const who = cast[0] as string;
  const place = pick(r, lang.places);
  const headline = `${who} ${pick(r, lang.verbs)} ${fillTopic(r, lang, story).replace(/^(dass|that) /, '')} (${index})`;
  const paragraphs: string[] = [];
  const claimQuotes: string[] = [];
  let size = 0;
  while (more(size, claimQuotes.length)) {
    const sentences: string[] = [];
    const count = 2 + Math.floor(r() * 3);
    for (let s = 0; s < count; s++) {
      if (r() < 0.35) {
        const onStory = r() < ON_STORY;
        const speaker = onStory ? pick(r, cast) : pick(r, lang.people);
        const claim = `${speaker} ${pick(r, lang.verbs)}, ${fillTopic(r, lang, onStory ? story : lang.topics)}.`;
        sentences.push(claim);
        claimQuotes.push(claim);
      } else sentences.push(pick(r, lang.filler));
    }
    const text = (paragraphs.length === 0 ? `${place}: ` : '') + sentences.join(' ');
    paragraphs.push(text);
    size += Buffer.byteLength(text) + 1;
  }
  const teaser = fold(headline).slice(0, 70);
  const content = `${headline} |\n\n${teaser}\n${paragraphs.join('\n')}\n\n${lang.category}`;
  const hash = createHash('sha1').update(content).digest('hex').slice(0, 10);
  return { fileName: `${String(index).padStart(6, '0')}_${hash}.txt`, content, claimQuotes };
}

/**
 * Writes articles `start` … `start + count - 1` into `dir`; returns their claim quotes by file
 * name. Files are written a few at a time: one by one, writing 100,000 takes minutes.
 */
export async function writeSeedFolder(dir: string, count: number, seed: number, start = 0): Promise<Map<string, string[]>> {
  await mkdir(dir, { recursive: true });
  const quotes = new Map<string, string[]>();
  const pending: Promise<void>[] = [];
  for (let i = start; i < start + count; i++) {
    const a = generateArticle(seed, i);
    pending.push(writeFile(join(dir, a.fileName), a.content));
    quotes.set(a.fileName, a.claimQuotes);
    if (pending.length >= 64) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  return quotes;
}
