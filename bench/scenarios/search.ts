// Scenario 2: full-text search over the 100,000-article file through the core API
// (listArticles({ search })), as a reviewer types it: names, topics, figures, partial words.
import { openFactdesk } from '../../main/core/service';
import type { Dataset } from '../dataset';
import type { Measurement } from '../lib/report';
import { percentile, summarise, timed } from '../lib/stats';

/** What reviewers type: common and rare names, topics in both languages, figures, half-typed words. */
export const QUERIES: readonly string[] = [
  'Lukaschenko',
  'Putin',
  'Atomwaffen',
  'Inflation',
  'Stoltenberg Grenze',
  'Gaslieferungen gestiegen',
  'unemployment lowest level',
  'Selenskyj',
  'Prozent gesunken',
  'flood relief',
  'Rentenkasse',
  'pension fund',
  'uber', // finds "über" (diacritics folded)
  'Luka', // half-typed
  'Habeck Strompreise',
  'trains on time',
  'Reuters',
  'Soldaten stationiert',
  'Zurich',
  'exports China collapsed',
  'Orbán',
  'Milei Buenos Aires',
  '1990',
  'Bahn pünktlich',
];

export async function searchScenario(opts: { dataset: Dataset; workDir: string; rounds: number; log: (s: string) => void }): Promise<Measurement[]> {
  const n = opts.dataset.articles.toLocaleString('en');
  const core = await openFactdesk({ path: opts.dataset.path, reviewer: 'bench-search', settingsDir: opts.workDir });
  const variants = [
    { id: 'search', label: `full-text search, ${n} articles (listArticles({search}), relevance)`, sort: undefined },
    { id: 'search-ui', label: `full-text search, ${n} articles, as the article list asks (sort by date)`, sort: 'date' as const },
  ];
  const out: Measurement[] = [];
  try {
    for (const variant of variants) {
      const perQuery = new Map<string, number[]>();
      const hits = new Map<string, number>();
      // One warm-up round: the first query after opening pays for reading the index pages.
      for (const q of QUERIES) await core.listArticles({ search: q, sort: variant.sort });
      const all: number[] = [];
      for (let round = 0; round < opts.rounds; round++) {
        for (const q of QUERIES) {
          const { value, ms } = await timed(() => core.listArticles({ search: q, sort: variant.sort }));
          all.push(ms);
          perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
          hits.set(q, value.total);
        }
      }
      const slowest = [...perQuery].map(([q, s]) => ({ q, median: summarise(s).median, hits: hits.get(q) })).sort((a, b) => b.median - a.median);
      opts.log(`${variant.id}: p95 ${percentile(all, 95).toFixed(1)} ms; slowest: ${slowest.slice(0, 4).map((s) => `${s.q} ${s.median.toFixed(1)} ms`).join(', ')}`);
      out.push({
        id: variant.id,
        label: variant.label,
        unit: 'ms',
        samples: all,
        target: { statistic: 'p95', comparison: '<', value: 30, text: 'p95 < 30 ms' },
        details: { queries: slowest },
      });
    }
  } finally {
    await core.close();
  }
  return out;
}
