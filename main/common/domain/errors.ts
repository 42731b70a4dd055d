// Errors a user can cause. Each carries a code the UI and CLI map to a message and exit code;
// none is ever swallowed. They cross IPC/HTTP as { code, message, details }.

export type FactdeskErrorCode =
  | 'invalid_input' // an argument failed validation (usage error at the CLI)
  | 'not_found'
  | 'conflict' // the row changed since the revision the edit started from
  | 'refused_file' // a database file we will not open: not SQLite, not ours, newer, corrupt, tampered
  | 'bad_import' // an import file that cannot become an article
  | 'busy' // the database stayed locked by another writer past our retries
  | 'read_only' // the database (or its folder, disk or share) cannot be written: nothing was saved
  | 'disk_full' // the disk holding the database is full: the change was not saved
  | 'damaged' // part of the database (e.g. its search index) is damaged: the action could not run
  | 'forbidden' // a workflow rule, e.g. approving one's own verdict
  | 'internal';

export class FactdeskError extends Error {
  constructor(
    readonly code: FactdeskErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'FactdeskError';
  }

  toJSON(): SerializedError {
    return { code: this.code, message: this.message, details: this.details };
  }
}

export interface SerializedError {
  code: FactdeskErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

/** A save that named a stale revision. `current` is the row as it is now, for the merge UI. */
export class ConflictError<T = unknown> extends FactdeskError {
  constructor(
    readonly entity: string,
    readonly id: number,
    readonly expectedRevision: number,
    readonly current: T | null,
  ) {
    super(
      'conflict',
      current === null
        ? `This ${entity} was deleted by someone else while you were editing it.`
        : `This ${entity} was changed by someone else (you started from revision ${expectedRevision}, it is now at ${(current as { revision?: number }).revision ?? '?'}). Nothing was saved.`,
      { entity, id, expectedRevision, current },
    );
  }
}

export function isFactdeskError(e: unknown): e is FactdeskError {
  return e instanceof FactdeskError;
}

export function serializeError(e: unknown): SerializedError {
  if (e instanceof FactdeskError) return e.toJSON();
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'internal', message };
}
