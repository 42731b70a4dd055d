// Reads the training sets in ../shared/data/checkworthiness (see its SOURCES.md) into labelled
// sentences with a group: the unit cross-validation keeps together, so a fold is scored on
// debates (or comment threads) its model never saw.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckworthyLanguage } from '../../main/core/assist/checkworthy/features';

export interface LabelledText {
  readonly text: string;
  readonly positive: boolean;
  /** Position in the source's own order (sentence or comment id): neighbours share a debate or thread. */
  readonly order: number;
}

export interface TrainingSet {
  readonly lang: CheckworthyLanguage;
  readonly sources: readonly string[];
  readonly rows: readonly LabelledText[];
  /** How the folds are cut, in words, for the report and the model file. */
  readonly scheme: string;
}

/** RFC 4180 quoting (doubled quotes, quoted newlines) with any delimiter: both files use it. */
export function parseDelimited(content: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = content.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < content.length; i++) {
    const c = content[i]!;
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) { record.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && content[i + 1] === '\n') i++;
      record.push(field); field = '';
      if (record.some((f) => f !== '')) records.push(record);
      record = [];
    } else field += c;
  }
  record.push(field);
  if (record.some((f) => f !== '')) records.push(record);
  return records;
}

function table(path: string, delimiter: string): Record<string, string>[] {
  const [header, ...rows] = parseDelimited(readFileSync(path, 'utf8'), delimiter);
  if (!header) throw new Error(`${path} is empty.`);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

/**
 * CT24 English, train + dev (never dev-test for choices, never the official test set). Sentence ids
 * run through the debates in order, so contiguous id blocks are debate blocks: each cut splits at
 * most one debate.
 */
export function englishSet(dataDir: string): TrainingSet {
  const files = ['ct24-en/train.tsv', 'ct24-en/dev.tsv'];
  const rows = files.flatMap((file) =>
    table(join(dataDir, file), '\t').map((r) => ({
      text: required(r, 'Text', file),
      positive: required(r, 'class_label', file) === 'Yes',
      order: Number(required(r, 'Sentence_id', file)),
    })),
  );
  return { lang: 'en', sources: files, rows, scheme: 'contiguous sentence-id blocks (debates kept together)' };
}

/** GermEval 2021 comments (fact-claiming or not); comment ids run through the threads in order. */
export function germanSet(dataDir: string): TrainingSet {
  const file = 'germeval2021-de/train.csv';
  const rows = table(join(dataDir, file), ',').map((r) => ({
    text: required(r, 'comment_text', file),
    positive: required(r, 'Sub3_FactClaiming', file) === '1',
    order: Number(required(r, 'comment_id', file)),
  }));
  return { lang: 'de', sources: [file], rows, scheme: 'contiguous comment-id blocks (threads kept together)' };
}

function required(record: Record<string, string>, name: string, file: string): string {
  const value = record[name];
  if (value === undefined || value === '') throw new Error(`${file}: a row without ${name}.`);
  return value;
}
