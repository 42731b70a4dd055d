// The import worker thread (its own build entry, import-worker.js): reads import files into
// articles and annotation files into annotations, off the thread that answers the API. Whatever a
// file does here (stall, exhaust the heap, overflow the stack) costs this thread only; the reader
// on the main side stops it and refuses that one file.
import { parentPort } from 'node:worker_threads';
import { FactdeskError } from '@common/domain/errors';
import { parseAnnotationExport } from './annotation-format.js';
import { parseArticleFile, readImportFileSync } from './index.js';
import { problemText } from '@common/i18n/problems';
import { importFailure, importProblem } from './problems.js';
import { tooDeepUncounted } from './limits.js';
import { checkJsonStructure } from './structure.js';
import type { ReadAnswer, ReadJob, ReadResult, ReadTask } from './thread-protocol.js';

function read(task: ReadTask): ReadResult {
  try {
    if (task.kind === 'article') return { ok: true, kind: 'article', article: parseArticleFile(task.fileName, task.bytes) };
    if (task.kind === 'article-file') return { ok: true, kind: 'article', article: parseArticleFile(task.fileName, readFile(task.fileName, task.path)) };
    checkJsonStructure(task.fileName, task.json);
    let json: unknown;
    try {
      json = JSON.parse(task.json);
    } catch (e) {
      throw new FactdeskError('bad_import', `${task.fileName} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
    return { ok: true, kind: 'annotations', annotations: parseAnnotationExport(json) };
  } catch (e) {
    if (e instanceof FactdeskError) return { ok: false, error: e.toJSON() };
    if (e instanceof RangeError && /call stack/i.test(e.message)) return { ok: false, error: tooDeepUncounted(task.fileName).toJSON() };
    const message = e instanceof Error ? e.message : String(e);
    const problem = importProblem('readFailed', { file: task.fileName, detail: message });
    return { ok: false, error: { code: 'bad_import', message: problemText('en', problem), details: { fileName: task.fileName, problem } } };
  }
}

/** A file's bytes; a refusal names the file as the main thread's import always has. */
function readFile(fileName: string, path: string): Uint8Array {
  try {
    return readImportFileSync(path);
  } catch (e) {
    throw new FactdeskError('bad_import', importFailure(fileName, e), e instanceof FactdeskError ? e.details : { fileName });
  }
}

const port = parentPort;
if (!port) throw new Error('import-worker.js runs as a worker thread only.');
port.on('message', (job: ReadJob) => {
  job.tasks.forEach((task, index) => {
    const answer: ReadAnswer = { index, result: read(task) };
    port.postMessage(answer);
  });
});
