// Which database file is open, and what it says about itself. The session methods (choosing the
// file) are served by a window's workspace, not by a database's core.
import { z } from 'zod';
import { returns } from './shared';

export interface DatabaseInfo {
  path: string;
  articleCount: number;
  journalMode: string;
  schemaVersion: number;
  /** Where the file lives, and the advice that goes with it (shared-file review). */
  location: { kind: 'local' | 'network' | 'synced' | 'memory'; warning: string | null };
  /** Factdesk created this database when it opened it (a new file, or an empty .factdesk/.db file). */
  created: boolean;
  /** The file (or its folder, disk or share) cannot be written: it is shown and exported, never changed. */
  readOnly: boolean;
  /** Why it is read-only, as a sentence; null when it is not. */
  readOnlyReason: string | null;
  /** Something to tell the person about this file (e.g. its damaged search index was rebuilt), or null. */
  notice: string | null;
}

export const databaseContract = {
  getDatabaseInfo: { input: z.object({}).strict(), output: returns<DatabaseInfo>() },
} as const;

export const sessionContract = {
  /** Recently opened database files, newest first. */
  getRecentDatabases: { input: z.object({}).strict(), output: returns<string[]>() },
  /**
   * Opens another database file (creating it when asked); the window then shows that file. A
   * relative or ~ path is taken from the home folder; `create` adds .factdesk to a name without
   * .factdesk or .db. The answer's `path` and `created` say which file it is.
   */
  switchDatabase: {
    input: z.object({ path: z.string().min(1).max(4_096), create: z.boolean().optional() }).strict(),
    output: returns<DatabaseInfo>(),
  },
  /** The desktop's native file chooser; `supported: false` where there is none (browser bridge). */
  pickDatabaseFile: {
    input: z.object({ mode: z.enum(['open', 'new']) }).strict(),
    output: returns<{ supported: boolean; path: string | null }>(),
  },
} as const;
