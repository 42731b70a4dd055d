// What an import file may cost. A saved article is a few hundred KB, nested a few dozen levels; the
// limits sit far above that and far below what would stall a reader (jsdom's tree building is
// quadratic in nesting depth, Readability worse), and every refusal is a sentence naming the file.
import { FactdeskError } from '@common/domain/errors';
import { refuseImport } from './problems.js';

export const IMPORT_LIMITS = {
  /** Levels of nested HTML elements, Markdown block quotes/lists or JSON arrays/objects. Readability's test pages reach 24. */
  maxNestingDepth: 128,
  /** HTML elements in one page; Readability's test pages have at most about 2,000. */
  maxElements: 50_000,
  /** Parsing time of one file, on the import worker. */
  maxSecondsPerFile: 20,
  /** Heap of the import worker (old generation). */
  maxWorkerHeapMb: 1024,
} as const;

const count = (n: number): string => n.toLocaleString('en');

export function tooDeep(fileName: string, depth: number): FactdeskError {
  return refuseImport(
    fileName,
    'too_complex',
    `${fileName} is nested ${count(depth)} levels deep; Factdesk reads pages nested up to ${IMPORT_LIMITS.maxNestingDepth} levels. Nothing of it was imported.`,
  );
}

/** A nesting deeper than the limit whose exact depth is not known (the parser ran out of stack). */
export function tooDeepUncounted(fileName: string): FactdeskError {
  return refuseImport(
    fileName,
    'too_complex',
    `${fileName} is nested too deeply to read; Factdesk reads pages nested up to ${IMPORT_LIMITS.maxNestingDepth} levels. Nothing of it was imported.`,
  );
}

export function tooManyElements(fileName: string): FactdeskError {
  return refuseImport(
    fileName,
    'too_complex',
    `${fileName} has more than ${count(IMPORT_LIMITS.maxElements)} HTML elements, more than any article page; nothing of it was imported.`,
  );
}

export function tooSlow(fileName: string): FactdeskError {
  return refuseImport(
    fileName,
    'too_complex',
    `${fileName} took longer than ${IMPORT_LIMITS.maxSecondsPerFile} seconds to read and was stopped; nothing of it was imported.`,
  );
}

export function tooMuchMemory(fileName: string): FactdeskError {
  return refuseImport(
    fileName,
    'too_complex',
    `${fileName} needed more than ${count(IMPORT_LIMITS.maxWorkerHeapMb)} MB of memory to read and was stopped; nothing of it was imported.`,
  );
}

export function readerCrashed(fileName: string, reason: string): FactdeskError {
  return refuseImport(fileName, 'too_complex', `Reading ${fileName} stopped unexpectedly (${reason}); nothing of it was imported.`);
}
