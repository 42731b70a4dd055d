// What a failing disk, a read-only file or a damaged search index means for the person working,
// as sentences: what happened, that nothing was lost, what to do. SQLite's own messages
// ("SQLITE_FULL: database or disk is full") never reach the screen.
import { FactdeskError } from '../domain/errors';

const KEEP_WORKING = 'You can still read, search and export it';

export function readOnlyError(path: string, reason: string | null): FactdeskError {
  return new FactdeskError(
    'read_only',
    `"${path}" is open read-only, so this change was not saved; nothing else was changed.${reason ? ` ${reason}` : ''} ${KEEP_WORKING}. To make changes, copy it to a folder you can write to and open the copy, or ask for write access.`,
    { path },
  );
}
