// Deterministic, realistic test data for the benchmarks: articles in the seed format (German and
// English, 1–5 KB), so the import path measured is the one users hit. Same seed, same bytes.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** mulberry32: tiny, fast, and reproducible across machines. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const DE = {
  people: ['Lukaschenko', 'Putin', 'Scholz', 'Macron', 'Selenskyj', 'Baerbock', 'Stoltenberg', 'von der Leyen'],
  places: ['BERLIN', 'MOSKAU', 'MINSK', 'KIEW', 'BRÜSSEL', 'ST PETERSBURG', 'WARSCHAU', 'PARIS'],
  verbs: ['sagte', 'erklärte', 'betonte', 'behauptete', 'kündigte an', 'bestätigte'],
  topics: [
    'dass der Einsatz russischer Atomwaffen im Oktober abgeschlossen sei',
    'dass die Inflation im vergangenen Jahr auf 3,2 Prozent gesunken sei',
    'dass mehr als 40.000 Soldaten an der Grenze stationiert seien',
    'dass die Gaslieferungen um ein Drittel gestiegen seien',
    'dass das Abkommen noch vor Jahresende unterzeichnet werde',
    'dass die Arbeitslosigkeit den niedrigsten Stand seit 1990 erreicht habe',
  ],
  filler: [
    'Die Staats- und Regierungschefs trafen sich am Montag zu Gesprächen über die weitere Zusammenarbeit.',
    'Beobachter werteten das Treffen als Zeichen einer engeren Partnerschaft beider Länder.',
    'Kritiker warnten vor den Folgen für die Sicherheit in der Region.',
    'Eine unabhängige Bestätigung der Angaben lag zunächst nicht vor.',
    'Das Ministerium äußerte sich auf Anfrage nicht zu den Einzelheiten.',
    'Die Opposition forderte eine Untersuchung der Vorgänge im Parlament.',
  ],
  category: 'toi-allgemeines',
};

const EN = {
  people: ['Lukashenko', 'Putin', 'Biden', 'Sunak', 'Zelenskyy', 'Stoltenberg', 'Modi', 'Lula'],
  places: ['LONDON', 'WASHINGTON', 'NEW DELHI', 'MOSCOW', 'KYIV', 'BRUSSELS', 'GENEVA', 'TOKYO'],
  verbs: ['said', 'claimed', 'stated', 'announced', 'insisted', 'confirmed'],
  topics: [
    'that the deployment of Russian nuclear weapons was completed in October',
    'that inflation fell to 3.2 percent last year',
    'that more than 40,000 troops were stationed along the border',
    'that gas deliveries had risen by a third',
    'that the agreement would be signed before the end of the year',
    'that unemployment had reached its lowest level since 1990',
  ],
  filler: [
    'The leaders met on Monday for talks on closer cooperation between the two countries.',
    'Observers saw the meeting as a sign of a deepening partnership.',
    'Critics warned of the consequences for security in the region.',
    'There was no independent confirmation of the figures.',
    'The ministry declined to comment on the details when asked.',
    'The opposition called for a parliamentary inquiry into the matter.',
  ],
  category: 'toi-world',
};

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

/** One seed-format article. `index` makes it unique; the language alternates 60/40 German/English. */
export function generateArticle(seed: number, index: number): GeneratedArticle {
  const r = prng(seed * 1_000_003 + index);
  const lang = r() < 0.6 ? DE : EN;
  const who = pick(r, lang.people);
  const place = pick(r, lang.places);
  const headline = `${who} ${pick(r, lang.verbs)} ${pick(r, lang.topics).replace(/^(dass|that) /, '')} (${index})`;
  const targetBytes = 1_000 + Math.floor(r() * 4_000);
  const paragraphs: string[] = [];
  const claimQuotes: string[] = [];
  let size = 0;
  while (size < targetBytes) {
    const sentences: string[] = [];
    const count = 2 + Math.floor(r() * 3);
    for (let s = 0; s < count; s++) {
      if (r() < 0.35) {
        const claim = `${pick(r, lang.people)} ${pick(r, lang.verbs)}, ${pick(r, lang.topics)}.`;
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

/** Writes `count` articles into `dir`; returns the generated articles' claim quotes by file name. */
export async function writeSeedFolder(dir: string, count: number, seed: number): Promise<Map<string, string[]>> {
  await mkdir(dir, { recursive: true });
  const quotes = new Map<string, string[]>();
  for (let i = 0; i < count; i++) {
    const a = generateArticle(seed, i);
    await writeFile(join(dir, a.fileName), a.content);
    quotes.set(a.fileName, a.claimQuotes);
  }
  return quotes;
}
