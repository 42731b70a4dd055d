// Every refusal of an import file goes through here, so the message always names the file and
// the reason, and callers (CLI, UI, import service) can branch on `details.reason`.
import { FactdeskError } from '@common/domain/errors';

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

export function refuseImport(fileName: string, reason: ImportRefusal, message: string): FactdeskError {
  return new FactdeskError('bad_import', message, { fileName, reason });
}

/** The sentence for a file that could not be imported: the error's, naming the file. */
export function importFailure(fileName: string, e: unknown): string {
  if (e instanceof FactdeskError) return e.message.includes(fileName) ? e.message : `${fileName}: ${e.message}`;
  return `${fileName}: ${e instanceof Error ? e.message : String(e)}`;
}
