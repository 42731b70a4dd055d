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

export function tooDeep(fileName: string, depth: number): FactdeskError {
  return refuseImport(fileName, 'too_complex', 'tooDeep', { depth, max: IMPORT_LIMITS.maxNestingDepth });
}

/** A nesting deeper than the limit whose exact depth is not known (the parser ran out of stack). */
export function tooDeepUncounted(fileName: string): FactdeskError {
  return refuseImport(fileName, 'too_complex', 'tooDeepUncounted', { max: IMPORT_LIMITS.maxNestingDepth });
}

export function tooManyElements(fileName: string): FactdeskError {
  return refuseImport(fileName, 'too_complex', 'tooManyElements', { max: IMPORT_LIMITS.maxElements });
}

export function tooSlow(fileName: string): FactdeskError {
  return refuseImport(fileName, 'too_complex', 'tooSlow', { seconds: IMPORT_LIMITS.maxSecondsPerFile });
}

export function tooMuchMemory(fileName: string): FactdeskError {
  return refuseImport(fileName, 'too_complex', 'tooMuchMemory', { max: IMPORT_LIMITS.maxWorkerHeapMb });
}

export function readerCrashed(fileName: string, reason: string): FactdeskError {
  return refuseImport(fileName, 'too_complex', 'readerCrashed', { detail: reason });
}
