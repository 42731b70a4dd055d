// Shared by the multi-process review tests: a shared database file with an article and claims,
// review workers in their own OS processes (out/tools/review-worker.js), and what they reported.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openFactdesk } from '../../main/core/service';
import type { LocationKind } from '../../main/core/store/location';
import type { AckLine, DoneLine, FeedLine, ReadyLine, RefusedLine, WorkerLine } from '../workers/protocol';

export const ROOT = resolve(import.meta.dirname, '../..');
export const WORKER = join(ROOT, 'out', 'tools', 'review-worker.js');

export function assertWorkerBuilt(): void {
  if (!existsSync(WORKER)) {
    throw new Error('The review worker is not built: run `npx vite build --config vite.tools.config.ts` (npm test does).');
  }
}

const made: string[] = [];

export function tempDir(prefix = 'factdesk-review-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The statements the claims are made on: one per paragraph, each unique in the text. */
export const CLAIM_QUOTES = [
  'Die Stadt hat im Oktober 4.000 neue Wohnungen fertiggestellt',
  'Der Haushalt für Schulen wurde um zwölf Prozent erhöht',
  'Die Arbeitslosigkeit ist auf den niedrigsten Stand seit 1990 gefallen',
  'Der neue Bahnhof wurde drei Monate früher eröffnet als geplant',
  'Jeder zweite Bus fährt inzwischen elektrisch',
  'Die Zahl der Einbrüche hat sich seit 2019 halbiert',
  'Das Krankenhaus hat 200 zusätzliche Pflegekräfte eingestellt',
  'Die Mieten sind im Jahresvergleich um 1,5 Prozent gesunken',
];

const ARTICLE = [
  'Bürgermeisterin zieht Bilanz',
  '',
  ...CLAIM_QUOTES.map((q, i) => `${q}, sagte die Bürgermeisterin in ihrer Rede Nummer ${i + 1}.`),
].join('\n');

export interface ReviewFile {
  path: string;
  articleId: number;
  claimIds: number[];
}

/** A shared file with one article and `claims` claims on it, made by a first reviewer. */
export async function createReviewFile(dir: string, location: LocationKind, claims = CLAIM_QUOTES.length): Promise<ReviewFile> {
  const path = join(dir, 'shared.db');
  const core = await openFactdesk({ path, reviewer: 'setup', location, settingsDir: join(dir, 'settings') });
  try {
    const [outcome] = await core.importFiles({ files: [{ name: 'bilanz.txt', data: Buffer.from(ARTICLE).toString('base64') }] });
    if (!outcome?.ok || outcome.articleId === undefined) throw new Error(`import failed: ${outcome?.error}`);
    const claimIds: number[] = [];
    for (const quote of CLAIM_QUOTES.slice(0, claims)) {
      claimIds.push((await core.createClaimFromQuote({ articleId: outcome.articleId, quote })).id);
    }
    return { path, articleId: outcome.articleId, claimIds };
  } finally {
    await core.close();
  }
}

export interface WorkerOptions {
  db: string;
  worker: string;
  claims: number[];
  ops?: number;
  seed?: number;
  location?: LocationKind;
  thinkMs?: number;
  pollEvery?: number;
  excerptBytes?: number;
  /** SQLite's own busy wait per statement (Factdesk's default when unset); 0 makes every lock met a retry. */
  busyTimeoutMs?: number;
  busyRetries?: number;
  /** Settings folder (FACTDESK_HOME) so no worker touches the user's own settings. */
  home: string;
}

export interface RunningWorker {
  name: string;
  child: ChildProcess;
  /** Every complete line read so far, in order. */
  lines: WorkerLine[];
  stderr: () => string;
  /** Resolves with the first `ready` line. */
  ready: Promise<ReadyLine>;
  /** Resolves when the process has exited and its stdout is fully read. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Calls back for every ack as it is read (the crash test arms its kill timer on the first). */
  onLine(listener: (line: WorkerLine) => void): void;
}

export function startWorker(o: WorkerOptions): RunningWorker {
  const args = [
    WORKER,
    '--db', o.db,
    '--worker', o.worker,
    '--claims', o.claims.join(','),
    '--ops', String(o.ops ?? 200),
    '--seed', String(o.seed ?? 1),
    '--think-ms', String(o.thinkMs ?? 0),
    '--poll-every', String(o.pollEvery ?? 0),
    '--excerpt-bytes', String(o.excerptBytes ?? 0),
  ];
  if (o.location) args.push('--location', o.location);
  if (o.busyTimeoutMs !== undefined) args.push('--busy-timeout-ms', String(o.busyTimeoutMs));
  if (o.busyRetries !== undefined) args.push('--busy-retries', String(o.busyRetries));
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, FACTDESK_HOME: o.home, FACTDESK_LOCATION: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: WorkerLine[] = [];
  const listeners: Array<(line: WorkerLine) => void> = [];
  let pending = '';
  let err = '';
  let resolveReady: (line: ReadyLine) => void = () => undefined;
  let rejectReady: (e: Error) => void = () => undefined;
  const ready = new Promise<ReadyLine>((res, rej) => {
    resolveReady = res;
    rejectReady = rej;
  });
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    for (let nl = pending.indexOf('\n'); nl !== -1; nl = pending.indexOf('\n')) {
      const line = JSON.parse(pending.slice(0, nl)) as WorkerLine;
      pending = pending.slice(nl + 1);
      lines.push(line);
      if (line.t === 'ready') resolveReady(line);
      for (const l of listeners) l(line);
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => {
    // 'close' comes after stdout has ended: every line the worker wrote has been read by then.
    child.once('close', (code, signal) => {
      const fatal = lines.flatMap((l) => (l.t === 'fatal' ? [l.message] : []));
      rejectReady(new Error(`worker ${o.worker} exited (${code ?? signal}) before it was ready: ${fatal.join('\n')} stderr: ${err}`));
      res({ code, signal });
    });
  });
  return { name: o.worker, child, lines, stderr: () => err, ready, exited, onLine: (l) => listeners.push(l) };
}

/** What a worker said about its death: its fatal line(s) and stderr, for assertion messages. */
export function whyItFailed(w: RunningWorker): string {
  const fatal = w.lines.filter((l) => l.t === 'fatal').map((l) => (l as { message: string }).message);
  return `${w.name}: ${fatal.join('\n') || '(no fatal line)'}\nstderr: ${w.stderr() || '(empty)'}`;
}

export const acks = (lines: WorkerLine[]): AckLine[] => lines.filter((l): l is AckLine => l.t === 'ack');
export const refusals = (lines: WorkerLine[]): RefusedLine[] => lines.filter((l): l is RefusedLine => l.t === 'refused');
export const feeds = (lines: WorkerLine[]): FeedLine[] => lines.filter((l): l is FeedLine => l.t === 'feed');
export const doneLine = (lines: WorkerLine[]): DoneLine | undefined => lines.find((l): l is DoneLine => l.t === 'done');
