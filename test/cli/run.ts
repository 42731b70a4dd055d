// Runs the built `factdesk` CLI as a real process, as a user would (npx factdesk → bin/factdesk.js).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/factdesk.js', import.meta.url));
export const SAMPLE = fileURLToPath(new URL('../fixtures/export/putin-lukaschenko-st-petersburg.de.txt', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  /** Standard output exactly as written (a report piped with --out -). */
  stdoutBytes: Buffer;
  stderr: string;
}

export function assertBuilt(): void {
  if (!existsSync(new URL('../../out/main/cli.js', import.meta.url))) {
    throw new Error('out/main/cli.js is missing: run `npm run build` (npm test does) before the CLI tests.');
  }
}

/** The POSIX locale variables of an English run; a test passes LANG (and LC_ALL) to change it. */
export const ENGLISH: Record<string, string> = { LANGUAGE: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };

/** Where and as whom the command runs (default: this process's folder and user). */
export interface RunAs {
  cwd?: string;
  uid?: number;
  gid?: number;
}

/** Runs the CLI; `input`, when given, is written to its standard input. */
export function cli(args: string[], env: Record<string, string> = {}, as: RunAs = {}, input?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      // English unless a test asks for a language: the machine's own locale variables would
      // otherwise pick the CLI's message language (issue 15).
      env: { ...process.env, ...ENGLISH, FACTDESK_REVIEWER: 'Test Reviewer', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...as,
    });
    // Without input the command sees an empty standard input, as it did with 'ignore'.
    child.stdin.end(input ?? '');
    // Decoded once at the end, so a character split between two chunks stays whole.
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdoutBytes = Buffer.concat(out);
      resolve({ code: code ?? -1, stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** The articles printed by `factdesk articles --json`: a list, or `{ articles, total, … }` once the list is paged. */
export function articlesOf(stdout: string): unknown[] {
  const value: unknown = JSON.parse(stdout);
  if (Array.isArray(value)) return value;
  const articles = (value as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles)) throw new Error(`Not an article list: ${stdout.slice(0, 200)}`);
  return articles;
}

/** Runs a command that must succeed (exit 0, stderr shown otherwise) and returns its stdout. */
export async function cliOk(args: string[]): Promise<string> {
  const run = await cli(args);
  expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
  return run.stdout;
}

export const sha256Hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
