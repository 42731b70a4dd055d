// The main side of the import worker: hands files to one worker thread (import-worker.js, built
// beside the core) and takes back articles, so the thread that answers the API never parses. A file
// that runs past the time limit, the worker's heap or its stack is refused alone: the worker is
// stopped, a new one reads the files after it. Jobs run one after another on one worker.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FactdeskError } from '@common/domain/errors';
import { problemOf, type Problem } from '@common/domain/problem';
import type { ParsedArticle } from '@common/domain/types';
import type { ImportedAnnotation } from './annotation-format.js';
import { IMPORT_LIMITS, readerCrashed, tooMuchMemory, tooSlow } from './limits.js';
import type { ReadAnswer, ReadResult, ReadTask } from './thread-protocol.js';

/** The worker's bundle beside the core's (out/main, out/tools). Not a literal inside `new URL`, so
 *  the bundler leaves it alone instead of treating it as an asset. */
const WORKER_FILE = './import-worker.js';
/** Running the core from its sources (vitest): the test setup builds the worker and names it here. */
const WORKER_ENV = 'FACTDESK_IMPORT_WORKER';

function workerScript(): URL {
  const beside = new URL(WORKER_FILE, import.meta.url);
  if (beside.protocol === 'file:' && existsSync(fileURLToPath(beside))) return beside;
  const built = process.env[WORKER_ENV];
  if (built) return pathToFileURL(built);
  throw new FactdeskError('internal', `The import worker (import-worker.js) is missing beside ${fileURLToPath(import.meta.url)}: rebuild Factdesk (npm run build).`);
}

export type ArticleRead = { fileName: string; article: ParsedArticle } | { fileName: string; error: string; problem?: Problem };

class ImportReader {
  private worker: Worker | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  /** Articles from files' bytes, one result per file, in order. */
  readArticles(files: ReadonlyArray<{ fileName: string; bytes: Uint8Array }>): Promise<ArticleRead[]> {
    return this.articles(files.map((f): ReadTask => ({ kind: 'article', ...f })));
  }

  /** Articles from files on disk, which the worker reads itself; one result per file, in order. */
  readArticleFiles(files: ReadonlyArray<{ fileName: string; path: string }>): Promise<ArticleRead[]> {
    return this.articles(files.map((f): ReadTask => ({ kind: 'article-file', ...f })));
  }

  private async articles(tasks: ReadTask[]): Promise<ArticleRead[]> {
    const results = await this.run(tasks);
    return results.map((result, i) => {
      const fileName = tasks[i]!.fileName;
      if (result.ok && result.kind === 'article') return { fileName, article: result.article };
      if (result.ok) return { fileName, error: `${fileName} could not be read.` };
      const problem = problemOf(result.error.details);
      return { fileName, error: result.error.message, ...(problem === null ? {} : { problem }) };
    });
  }

  /** The annotations of a Web Annotation export; throws the refusal as a FactdeskError. */
  async readAnnotations(fileName: string, json: string): Promise<ImportedAnnotation[]> {
    const [result] = await this.run([{ kind: 'annotations', fileName, json }]);
    if (result?.ok && result.kind === 'annotations') return result.annotations;
    const error = result && !result.ok ? result.error : { code: 'internal' as const, message: `${fileName} could not be read.` };
    throw new FactdeskError(error.code, error.message, error.details);
  }

  private run(tasks: ReadTask[]): Promise<ReadResult[]> {
    const job = this.queue.then(() => this.runNow(tasks));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private async runNow(tasks: ReadTask[]): Promise<ReadResult[]> {
    const results: ReadResult[] = [];
    while (results.length < tasks.length) {
      const rest = tasks.slice(results.length);
      const answered = await this.attempt(rest);
      results.push(...answered.results);
      // The task the worker was on when it was stopped is refused; the next worker goes on after it.
      if (answered.failure) results.push({ ok: false, error: answered.failure(rest[answered.results.length]!.fileName).toJSON() });
    }
    return results;
  }

  /** Sends `tasks` to the worker; resolves with the answers so far and, if it had to stop, why. */
  private attempt(tasks: ReadTask[]): Promise<{ results: ReadResult[]; failure: ((fileName: string) => FactdeskError) | null }> {
    const worker = this.ensureWorker();
    return new Promise((resolve) => {
      const results: ReadResult[] = [];
      let timer: NodeJS.Timeout;
      const finish = (failure: ((fileName: string) => FactdeskError) | null): void => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (failure) {
          this.worker = null;
          void worker.terminate();
        } else worker.unref();
        resolve({ results, failure });
      };
      const arm = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => finish(tooSlow), IMPORT_LIMITS.maxSecondsPerFile * 1000);
      };
      const onMessage = (answer: ReadAnswer): void => {
        results[answer.index] = answer.result;
        if (results.length === tasks.length) finish(null);
        else arm();
      };
      const onError = (error: Error & { code?: string }): void => {
        finish(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooMuchMemory : (name) => readerCrashed(name, error.message));
      };
      const onExit = (code: number): void => finish((name) => readerCrashed(name, `the reader exited with code ${code}`));
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.ref();
      arm();
      worker.postMessage({ tasks });
    });
  }

  private ensureWorker(): Worker {
    this.worker ??= new Worker(workerScript(), {
      resourceLimits: { maxOldGenerationSizeMb: IMPORT_LIMITS.maxWorkerHeapMb },
    });
    return this.worker;
  }
}

/** One reader per process: every open database imports through it. */
export const importReader = new ImportReader();
