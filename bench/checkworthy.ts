// `npm run bench:checkworthy`: how long the check-worthy models take to load and to score a
// sentence (the issue asks for well under a millisecond), and to rank a whole article. Speed only:
// the sentences are the training sentences, so no quality figure is printed here (the training
// script prints the cross-validation).
import { resolve } from 'node:path';
import { checkworthyModel, rankArticle, splitSentences } from '../main/core/assist/checkworthy';
import { PARAGRAPH_SEPARATOR } from '@common/domain/types';
import { englishSet, germanSet } from '../tools/checkworthy/data';

const DATA = resolve(import.meta.dirname, '../../shared/data/checkworthiness');
const PASSES = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

for (const set of [englishSet(DATA), germanSet(DATA)]) {
  const loadStart = performance.now();
  const model = await checkworthyModel(set.lang);
  const loadMs = performance.now() - loadStart;
  // German rows are whole comments: score their sentences, as the reader would.
  const sentences = set.rows.flatMap((r) => splitSentences(r.text, set.lang).map((s) => s.text)).slice(0, 5000);
  const perSentence: number[] = [];
  let sink = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const start = performance.now();
    for (const s of sentences) sink += model.score(s);
    perSentence.push(((performance.now() - start) * 1000) / sentences.length);
  }
  // An article of 40 body paragraphs of two sentences each, plus headline and teaser.
  const body = Array.from({ length: 40 }, (_, i) => `${sentences[2 * i]!} ${sentences[2 * i + 1]!}`).join(PARAGRAPH_SEPARATOR);
  const article = { title: sentences[100]!, subtitle: sentences[101]!, byline: null, text: body };
  const rankMs: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const start = performance.now();
    rankArticle(article, model);
    rankMs.push(performance.now() - start);
  }
  console.log(
    `checkworthy ${set.lang} (${model.version}): load ${loadMs.toFixed(0)} ms; score ${median(perSentence).toFixed(1)} µs per sentence ` +
      `(median of ${PASSES} passes over ${sentences.length} sentences); rank an 82-sentence article ${median(rankMs).toFixed(2)} ms` +
      (Number.isNaN(sink) ? ' (NaN seen!)' : ''),
  );
}
