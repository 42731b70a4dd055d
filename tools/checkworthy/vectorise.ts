// Turns labelled texts into the sparse TF-IDF rows the logistic regression fits, and a fit back
// into the model file the core scores with. Terms are interned once for all folds; each fold
// chooses its own vocabulary and idf from its own training rows only.
import { CUE_NAMES, sentenceCues, sentenceTerms, type CheckworthyLanguage } from '../../main/core/assist/checkworthy/features';
import { IDF_SCALE, type CheckworthyModelFile, type TermFamilyFile } from '../../main/core/assist/checkworthy/model';
import type { LogisticFit, SparseRows } from './logistic';

const FAMILIES = ['word', 'char'] as const;
type Family = (typeof FAMILIES)[number];

/** One family's counts for one text, as interned term ids. */
interface Counted {
  readonly ids: Int32Array;
  readonly counts: Int32Array;
}

export interface Corpus {
  readonly lang: CheckworthyLanguage;
  readonly terms: Record<Family, string[]>;
  readonly rows: readonly { readonly word: Counted; readonly char: Counted; readonly cues: readonly number[] }[];
}

export function internCorpus(texts: readonly string[], lang: CheckworthyLanguage): Corpus {
  const ids: Record<Family, Map<string, number>> = { word: new Map(), char: new Map() };
  const terms: Record<Family, string[]> = { word: [], char: [] };
  const intern = (family: Family, counts: Map<string, number>): Counted => {
    const out = { ids: new Int32Array(counts.size), counts: new Int32Array(counts.size) };
    let k = 0;
    for (const [term, count] of counts) {
      let id = ids[family].get(term);
      if (id === undefined) {
        id = terms[family].length;
        ids[family].set(term, id);
        terms[family].push(term);
      }
      out.ids[k] = id;
      out.counts[k++] = count;
    }
    return out;
  };
  const rows = texts.map((text) => {
    const t = sentenceTerms(text);
    return { word: intern('word', t.word), char: intern('char', t.char), cues: sentenceCues(text, lang) };
  });
  return { lang, terms, rows };
}

/** A fold's vocabulary: which interned terms it keeps (document frequency ≥ minDf) and their idf. */
export interface Vocabulary {
  readonly column: Record<Family, Int32Array>; // interned id → column, or -1
  readonly kept: Record<Family, number[]>; // column → interned id
  readonly idf: Record<Family, Float64Array>; // column → idf, rounded as the model file stores it
  readonly offset: Record<Family, number>;
  readonly columns: number;
  readonly useCues: boolean;
}

export function vocabulary(corpus: Corpus, trainRows: readonly number[], minDf: Record<Family, number>, useCues: boolean): Vocabulary {
  const column = {} as Record<Family, Int32Array>;
  const kept = {} as Record<Family, number[]>;
  const idf = {} as Record<Family, Float64Array>;
  const offset = {} as Record<Family, number>;
  let columns = 0;
  for (const family of FAMILIES) {
    const df = new Int32Array(corpus.terms[family].length);
    for (const r of trainRows) for (const id of corpus.rows[r]![family].ids) df[id]!++;
    column[family] = new Int32Array(df.length).fill(-1);
    kept[family] = [];
    for (let id = 0; id < df.length; id++) {
      if (df[id]! >= minDf[family]) {
        column[family][id] = kept[family].length;
        kept[family].push(id);
      }
    }
    // scikit-learn's smooth idf, rounded to what the model file can hold.
    idf[family] = Float64Array.from(kept[family], (id) => Math.round((Math.log((1 + trainRows.length) / (1 + df[id]!)) + 1) * IDF_SCALE) / IDF_SCALE);
    offset[family] = columns;
    columns += kept[family].length;
  }
  return { column, kept, idf, offset, columns: columns + CUE_NAMES.length, useCues };
}

export function sparseRows(corpus: Corpus, rows: readonly number[], vocab: Vocabulary): SparseRows {
  const start = [0];
  const index: number[] = [];
  const value: number[] = [];
  const cueOffset = vocab.columns - CUE_NAMES.length;
  for (const r of rows) {
    const row = corpus.rows[r]!;
    for (const family of FAMILIES) {
      const { ids, counts } = row[family];
      const from = index.length;
      let norm = 0;
      for (let k = 0; k < ids.length; k++) {
        const c = vocab.column[family][ids[k]!]!;
        if (c < 0) continue;
        const x = (1 + Math.log(counts[k]!)) * vocab.idf[family][c]!;
        index.push(vocab.offset[family] + c);
        value.push(x);
        norm += x * x;
      }
      const length = Math.sqrt(norm);
      for (let k = from; k < value.length; k++) value[k] = value[k]! / length;
    }
    if (vocab.useCues) {
      row.cues.forEach((v, i) => {
        if (v !== 0) {
          index.push(cueOffset + i);
          value.push(v);
        }
      });
    }
    start.push(index.length);
  }
  return { start: Int32Array.from(start), index: Int32Array.from(index), value: Float64Array.from(value), columns: vocab.columns };
}

/** Weights quantised to 8 bits per family; terms whose weight rounds to 0 still count in the norm. */
export function modelFile(
  corpus: Corpus,
  vocab: Vocabulary,
  fit: LogisticFit,
  meta: Pick<CheckworthyModelFile, 'version' | 'threshold' | 'training'>,
): CheckworthyModelFile {
  const family = (name: Family): TermFamilyFile => {
    const from = vocab.offset[name];
    const weights = Array.from(vocab.kept[name], (_, c) => fit.weight[from + c]!);
    const scale = weights.reduce((max, w) => Math.max(max, Math.abs(w)), 1e-9) / 127;
    return {
      terms: vocab.kept[name].map((id) => corpus.terms[name][id]!),
      idf: Array.from(vocab.idf[name], (v) => Math.round(v * IDF_SCALE)),
      weight: weights.map((w) => Math.round(w / scale)),
      scale,
    };
  };
  const cueOffset = vocab.columns - CUE_NAMES.length;
  return {
    format: 1,
    lang: corpus.lang,
    version: meta.version,
    threshold: meta.threshold,
    bias: fit.bias,
    cues: { names: [...CUE_NAMES], weight: CUE_NAMES.map((_, i) => (vocab.useCues ? fit.weight[cueOffset + i]! : 0)) },
    word: family('word'),
    char: family('char'),
    training: meta.training,
  };
}
