// What every CLI command shares: opening the database, printing, and mapping errors to exit codes
// (0 ok, 1 bad input or refused file, 2 usage, 3 conflict).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { openFactdesk, type FactdeskCore } from '../core/service';
import { FactdeskError } from '@common/domain/errors';
import { toFactdeskError } from '../core/dispatch';
import { printPdfWithChromium } from '../core/export/pdf-chromium';
import { capturePageWithChromium } from '../core/web/capture-chromium';
import { jsonForTerminal, oneLine, tell } from './terminal';
import { appSettingsDir, resolveReviewerName } from '../core/settings/app-settings';
import { calendarDateProblem, type DateSubject } from '@common/domain/dates';
import type { Problem } from '@common/domain/problem';
import { problemText } from '@common/i18n/problems';
import { cliLanguage, msg, refusalMessage } from './messages';

export const EXIT = { ok: 0, badInput: 1, usage: 2, conflict: 3 } as const;

export interface CommonOptions {
  db?: string;
  json?: boolean;
  reviewer?: string;
}

export function withCommonOptions(cmd: Command): Command {
  return cmd
    .option(
      '--db <path>',
      'database file, relative to this folder (created if missing, name as given; its folder must exist); default $FACTDESK_DB or ~/.local/share/factdesk/factdesk.db',
    )
    .option('--json', 'machine-readable output')
    .option(
      '--reviewer <name>',
      'who is making the change; default $FACTDESK_REVIEWER, else the name saved in $FACTDESK_HOME (the workbench asks for it on first start), else your login name',
    );
}

export function defaultDatabasePath(): string {
  if (process.env.FACTDESK_DB) return process.env.FACTDESK_DB;
  const dataHome = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(dataHome, 'factdesk', 'factdesk.db');
}

/** Who this command acts as (see resolveReviewerName for the order). */
export function reviewerName(opts: CommonOptions): Promise<string> {
  return resolveReviewerName(appSettingsDir(), opts.reviewer);
}

/**
 * The database a command works on, as an absolute path: `--db` (or $FACTDESK_DB) relative to the
 * working folder, exactly as named (no extension added: scripts name their files); otherwise the
 * default file, whose folder is Factdesk's own and so the one folder it creates.
 */
export function databasePath(opts: CommonOptions): string {
  if (opts.db) return resolve(opts.db);
  const path = resolve(defaultDatabasePath());
  if (!process.env.FACTDESK_DB) mkdirSync(dirname(path), { recursive: true });
  return path;
}

/** Tells the person where a database was just created, or what was repaired (stderr: stdout stays the command's output). */
export function reportCreated(core: FactdeskCore): void {
  if (core.created) tell(`${msg('database.created', { path: oneLine(core.path) })}\n`);
  if (core.notice) tell(`${core.notice}\n`);
}

/**
 * Opens the core for one command and always closes it, whatever the command does. With `keep`, a
 * database this command had to create is removed again when the command fails or `keep` says its
 * result put nothing in it (a refused import must change nothing, not leave an empty file behind);
 * its creation is then told only once it is kept.
 */
export async function withCore<T>(opts: CommonOptions, run: (core: FactdeskCore) => Promise<T>, keep?: (result: T) => boolean): Promise<T> {
  const path = databasePath(opts);
  const isNew = keep !== undefined && !existsSync(path);
  const core = await openFactdesk({
    path,
    create: true,
    reviewer: await reviewerName(opts),
    host: { printPdf: printPdfWithChromium, capturePage: capturePageWithChromium },
  });
  if (!isNew) reportCreated(core);
  let kept = !isNew;
  try {
    const result = await run(core);
    kept ||= keep?.(result) ?? true;
    return result;
  } finally {
    await core.close();
    if (!kept) removeDatabaseFiles(path);
    else if (isNew) reportCreated(core);
  }
}

/** The database file and SQLite's companions (journal, WAL, shared memory). */
function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

/** Thrown for command-line misuse the parser cannot see (e.g. a malformed number). */
export class UsageError extends Error {}

export function exitCodeFor(e: unknown): number {
  const err = toFactdeskError(e);
  if (err instanceof UsageError) return EXIT.usage;
  if (err instanceof FactdeskError) {
    if (err.code === 'conflict') return EXIT.conflict;
    return EXIT.badInput;
  }
  return EXIT.badInput;
}

export function errorMessage(e: unknown): string {
  const err = toFactdeskError(e);
  if (err instanceof FactdeskError) return refusalMessage(err);
  return err instanceof Error ? err.message : String(err);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${jsonForTerminal(value, 2)}\n`);
}

/**
 * A date option: a calendar date (YYYY-MM-DD), else bad input (exit 1) with a sentence that names
 * the option, before anything is opened or written. `what` names it for a month or year alone.
 */
export function parseDateArg(
  value: string,
  option: string,
  what: DateSubject = 'date',
  problemOf: (value: string, what: DateSubject) => Problem | null = calendarDateProblem,
): string {
  const problem = problemOf(value, what);
  if (problem !== null) throw new FactdeskError('invalid_input', msg('error.dateOption', { option, problem: problemText(cliLanguage(), problem) }));
  return value;
}

export function parseIntArg(value: string, name: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(msg('error.wholeNumber', { option: name, value }));
  return Number(value);
}
