// Every refusal of an import file goes through here, so the message always names the file and
// the reason, and callers (CLI, UI, import service) can branch on `details.reason`. The refusal is
// said by key (common:problem.import.*): the error's message is its English, details.problem lets
// the CLI and the workbench say it in their person's language.
import { FactdeskError } from '@common/domain/errors';
import type { Problem } from '@common/domain/problem';
import { problemText } from '@common/i18n/problems';

export type ImportRefusal =
  | 'missing'
  | 'not_a_file'
  | 'unreadable'
  | 'too_large'
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'no_article'
  | 'too_complex'
  | 'database'
  | 'json';

/** An import problem under common:problem.import; `web` (a web page's refusal) defaults to no. */
export function importProblem(key: string, values: Record<string, string | number>): Problem {
  return { key: `import.${key}`, values: { web: 'no', ...values } };
}

export function refuseImport(fileName: string, reason: ImportRefusal, key: string, values: Record<string, string | number> = {}): FactdeskError {
  const problem = importProblem(key, { file: fileName, ...values });
  return new FactdeskError('bad_import', problemText('en', problem), { fileName, reason, problem });
}

/** The sentence for a file that could not be imported: the error's, naming the file. */
export function importFailure(fileName: string, e: unknown): string {
  if (e instanceof FactdeskError) return e.message.includes(fileName) ? e.message : `${fileName}: ${e.message}`;
  return `${fileName}: ${e instanceof Error ? e.message : String(e)}`;
}
