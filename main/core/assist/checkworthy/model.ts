// The check-worthy model: its file format (written by tools/checkworthy/train.ts, committed under
// models/) and scoring one sentence with it. TF-IDF over each n-gram family (sublinear tf, idf
// from the training data, L2-normalised per family), plus the cues, into a logistic regression.
import { CUE_NAMES, sentenceCues, sentenceTerms, type CheckworthyLanguage } from './features';

/** idf values are stored as integers: idf × IDF_SCALE (two decimals are far finer than needed). */
export const IDF_SCALE = 100;

export interface TermFamilyFile {
  readonly terms: readonly string[];
  /** Integers: idf × IDF_SCALE. */
  readonly idf: readonly number[];
  /** Integers in [-127, 127]: the weight divided by `scale`. */
  readonly weight: readonly number[];
  readonly scale: number;
}

export interface CrossValidation {
  readonly scheme: string;
  readonly folds: number;
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
}

export interface CheckworthyModelFile {
  readonly format: 1;
  readonly lang: CheckworthyLanguage;
  /** Names the trained weights: recorded with every accepted or dismissed suggestion. */
  readonly version: string;
  /** The model's own decision threshold on the probability (chosen by cross-validated F1). */
  readonly threshold: number;
  readonly bias: number;
  readonly cues: { readonly names: readonly string[]; readonly weight: readonly number[] };
  readonly word: TermFamilyFile;
  readonly char: TermFamilyFile;
  /** What the training script measured, kept beside the weights it describes. */
  readonly training: { readonly sources: readonly string[]; readonly rows: number; readonly positives: number; readonly crossValidation: CrossValidation };
}

interface TermFamily {
  readonly index: Map<string, number>;
  readonly idf: Float64Array;
  readonly weight: Float64Array;
}

export class CheckworthyModel {
  readonly lang: CheckworthyLanguage;
  readonly version: string;
  readonly threshold: number;
  private readonly bias: number;
  private readonly cueWeights: readonly number[];
  private readonly word: TermFamily;
  private readonly char: TermFamily;

  constructor(file: CheckworthyModelFile) {
    if (file.format !== 1) throw new Error(`Unknown check-worthy model format ${String(file.format)}.`);
    if (file.cues.names.join() !== CUE_NAMES.join()) {
      throw new Error(`The ${file.lang} check-worthy model was trained on other cues (${file.cues.names.join(', ')}); retrain it.`);
    }
    this.lang = file.lang;
    this.version = file.version;
    this.threshold = file.threshold;
    this.bias = file.bias;
    this.cueWeights = file.cues.weight;
    this.word = unpack(file.word);
    this.char = unpack(file.char);
  }

  /** The probability that a sentence is worth checking, in [0, 1]. */
  score(sentence: string): number {
    const terms = sentenceTerms(sentence);
    let z = this.bias + familyScore(this.word, terms.word) + familyScore(this.char, terms.char);
    const cues = sentenceCues(sentence, this.lang);
    for (let i = 0; i < cues.length; i++) z += cues[i]! * this.cueWeights[i]!;
    return 1 / (1 + Math.exp(-z));
  }
}

function unpack(file: TermFamilyFile): TermFamily {
  const index = new Map<string, number>();
  file.terms.forEach((term, i) => index.set(term, i));
  return {
    index,
    idf: Float64Array.from(file.idf, (v) => v / IDF_SCALE),
    weight: Float64Array.from(file.weight, (v) => v * file.scale),
  };
}

/** Terms the model does not know are left out of the norm too, as in training. */
function familyScore(family: TermFamily, counts: Map<string, number>): number {
  let dot = 0;
  let norm = 0;
  for (const [term, count] of counts) {
    const i = family.index.get(term);
    if (i === undefined) continue;
    const x = (1 + Math.log(count)) * family.idf[i]!;
    dot += x * family.weight[i]!;
    norm += x * x;
  }
  return norm === 0 ? 0 : dot / Math.sqrt(norm);
}
