// `npm run train:checkworthy [-- --lang en|de] [--c N] [--no-cues] [--dry-run]`: builds
// main/core/assist/checkworthy/models/<lang>.json from ../shared/data/checkworthiness and prints
// its grouped cross-validation. Every fold is scored by the core's own scorer on the quantised
// model, so the figures are those of the file that ships.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CheckworthyLanguage } from '../../main/core/assist/checkworthy/features';
import { CheckworthyModel, type CheckworthyModelFile } from '../../main/core/assist/checkworthy/model';
import { englishSet, germanSet, type TrainingSet } from './data';
import { fitLogistic } from './logistic';
import { internCorpus, modelFile, sparseRows, vocabulary, type Corpus } from './vectorise';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = resolve(ROOT, '../shared/data/checkworthiness');
const MODELS = join(ROOT, 'main/core/assist/checkworthy/models');
const FOLDS = 5;
const MIN_DF = { word: 2, char: 3 };
const MAX_ITERATIONS = 300;

interface Options {
  langs: CheckworthyLanguage[];
  c: number;
  useCues: boolean;
  dryRun: boolean;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i === -1 ? undefined : argv[i + 1];
  };
  const lang = value('lang');
  if (lang !== undefined && lang !== 'en' && lang !== 'de') throw new Error('--lang is en or de.');
  return { langs: lang ? [lang] : ['en', 'de'], c: Number(value('c') ?? 4), useCues: !argv.includes('--no-cues'), dryRun: argv.includes('--dry-run') };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function counts(scores: readonly number[], positive: readonly boolean[], threshold: number): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  scores.forEach((s, i) => {
    if (s >= threshold && positive[i]) c.tp++;
    else if (s >= threshold) c.fp++;
    else if (positive[i]) c.fn++;
  });
  return c;
}

function f1(c: Counts): { f1: number; precision: number; recall: number } {
  const precision = c.tp / Math.max(1, c.tp + c.fp);
  const recall = c.tp / Math.max(1, c.tp + c.fn);
  return { f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), precision, recall };
}

/** The probability threshold with the best F1 on these scores (a grid of 0.01 steps). */
function bestThreshold(scores: readonly number[], positive: readonly boolean[]): number {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.05; t < 0.95; t += 0.01) {
    const score = f1(counts(scores, positive, t)).f1;
    if (score > best.f1) best = { threshold: Math.round(t * 100) / 100, f1: score };
  }
  return best.threshold;
}

function train(corpus: Corpus, rows: readonly number[], positive: readonly boolean[], options: Options) {
  const vocab = vocabulary(corpus, rows, MIN_DF, options.useCues);
  const fit = fitLogistic(sparseRows(corpus, rows, vocab), Uint8Array.from(rows, (r) => (positive[r] ? 1 : 0)), { c: options.c, maxIterations: MAX_ITERATIONS });
  return { vocab, fit };
}

function run(set: TrainingSet, options: Options): void {
  const started = Date.now();
  // Sorted by the source's order, then cut into contiguous blocks: a fold is a run of debates.
  const rowsInOrder = [...set.rows].sort((a, b) => a.order - b.order);
  const texts = rowsInOrder.map((r) => r.text);
  const positive = rowsInOrder.map((r) => r.positive);
  const corpus = internCorpus(texts, set.lang);
  const foldOf = (r: number): number => Math.floor((r * FOLDS) / texts.length);
  const oof = new Array<number>(texts.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const trainRows = texts.map((_, r) => r).filter((r) => foldOf(r) !== fold);
    const { vocab, fit } = train(corpus, trainRows, positive, options);
    const model = new CheckworthyModel(modelFile(corpus, vocab, fit, placeholderMeta(set.lang)));
    texts.forEach((text, r) => {
      if (foldOf(r) === fold) oof[r] = model.score(text);
    });
    process.stderr.write(`${set.lang}: fold ${fold + 1}/${FOLDS} done (${Math.round((Date.now() - started) / 1000)} s)\n`);
  }
  // Each fold is judged at a threshold chosen on the other folds' out-of-fold scores, never its own.
  const pooled: Counts = { tp: 0, fp: 0, fn: 0 };
  const perFold: string[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = (r: number): boolean => foldOf(r) === fold;
    const others = oof.map((_, r) => r).filter((r) => !inFold(r));
    const threshold = bestThreshold(others.map((r) => oof[r]!), others.map((r) => positive[r]!));
    const mine = oof.map((_, r) => r).filter(inFold);
    const c = counts(mine.map((r) => oof[r]!), mine.map((r) => positive[r]!), threshold);
    pooled.tp += c.tp;
    pooled.fp += c.fp;
    pooled.fn += c.fn;
    perFold.push(`${f1(c).f1.toFixed(3)}@${threshold.toFixed(2)}`);
  }
  const cv = f1(pooled);
  const threshold = bestThreshold(oof, positive);
  const crossValidation = { scheme: `${FOLDS} folds, ${set.scheme}; each fold's threshold chosen on the other folds`, folds: FOLDS, ...round(cv) };
  console.log(
    `${set.lang}: ${texts.length} rows (${positive.filter(Boolean).length} positive), C=${options.c}, cues ${options.useCues ? 'on' : 'off'}\n` +
      `  grouped CV (${crossValidation.scheme}):\n` +
      `  F1 ${cv.f1.toFixed(3)}  precision ${cv.precision.toFixed(3)}  recall ${cv.recall.toFixed(3)}  per fold ${perFold.join(' ')}\n` +
      `  model threshold ${threshold.toFixed(2)} (best F1 on all out-of-fold scores)`,
  );
  if (options.dryRun) return;
  const all = texts.map((_, r) => r);
  const { vocab, fit } = train(corpus, all, positive, options);
  const draft = modelFile(corpus, vocab, fit, placeholderMeta(set.lang));
  const digest = createHash('sha256').update(JSON.stringify([draft.word, draft.char, draft.cues, draft.bias, threshold])).digest('hex').slice(0, 12);
  const file: CheckworthyModelFile = modelFile(corpus, vocab, fit, {
    version: `${set.lang}-${digest}`,
    threshold,
    training: { sources: set.sources, rows: texts.length, positives: positive.filter(Boolean).length, crossValidation },
  });
  const json = JSON.stringify(file);
  writeFileSync(join(MODELS, `${set.lang}.json`), `${json}\n`);
  console.log(`  wrote models/${set.lang}.json: ${(json.length / 1e6).toFixed(2)} MB, ${file.word.terms.length} word and ${file.char.terms.length} char terms, version ${file.version} (${Math.round((Date.now() - started) / 1000)} s)`);
}

function placeholderMeta(lang: CheckworthyLanguage): Pick<CheckworthyModelFile, 'version' | 'threshold' | 'training'> {
  return { version: `${lang}-fold`, threshold: 0.5, training: { sources: [], rows: 0, positives: 0, crossValidation: { scheme: '', folds: 0, f1: 0, precision: 0, recall: 0 } } };
}

function round(m: { f1: number; precision: number; recall: number }) {
  return { f1: Number(m.f1.toFixed(3)), precision: Number(m.precision.toFixed(3)), recall: Number(m.recall.toFixed(3)) };
}

const options = parseArgs(process.argv.slice(2));
for (const lang of options.langs) run(lang === 'en' ? englishSet(DATA) : germanSet(DATA), options);
