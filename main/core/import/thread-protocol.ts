// Messages between the import worker thread (worker.ts) and the import reader (reader-thread.ts).
// Only structured-cloneable data crosses: bytes, strings and plain objects.
import type { SerializedError } from '@common/domain/errors';
import type { ParsedArticle } from '@common/domain/types';
import type { ImportedAnnotation } from './annotation-format.js';

export type ReadTask =
  | { kind: 'article'; fileName: string; bytes: Uint8Array }
  /** A file on disk, read by the worker itself. */
  | { kind: 'article-file'; fileName: string; path: string }
  | { kind: 'annotations'; fileName: string; json: string };

export type ReadResult =
  | { ok: true; kind: 'article'; article: ParsedArticle }
  | { ok: true; kind: 'annotations'; annotations: ImportedAnnotation[] }
  | { ok: false; error: SerializedError };

/** main → worker: read these, in order. */
export interface ReadJob {
  tasks: ReadTask[];
}

/** worker → main: one per task, in order, as soon as it is read. */
export interface ReadAnswer {
  index: number;
  result: ReadResult;
}
