// One reviewer's copy of Factdesk in its own OS process, for the multi-process tests: it opens
// the core on a shared file with its own connection and makes edits the way the workbench does
// (read the claim, then save naming the revision it started from), printing one JSON line per
// acknowledged or refused save. The line is written after the core returned, so whatever line
// the parent has read is a save the core acknowledged (or refused). SIGTERM stops it after the
// current edit; SIGKILL is what the crash test sends.
//
// Built to out/tools/review-worker.js by vite.tools.config.ts (the core's `?raw` SQL imports
// need Vite). Usage:
//   node out/tools/review-worker.js --db FILE --worker NAME --claims 1,2,3 [--ops N] [--seed N]
//     [--location local|network|synced] [--think-ms N] [--poll-every N] [--excerpt-bytes N]
import { parseArgs } from 'node:util';
import { FactdeskError } from '@common/domain/errors';
import type { Claim, ClaimStatus } from '@common/domain/types';
import { openFactdesk, type FactdeskCore } from '../../main/core/service';
import type { LocationKind } from '../../main/core/store/location';
import type { ClaimPatch } from '@common/contract';
import type { AckLine, RefusedLine, WorkerLine } from './protocol';
import { prng } from '../support/prng';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    worker: { type: 'string' },
    claims: { type: 'string' },
    ops: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    location: { type: 'string' },
    'think-ms': { type: 'string', default: '0' },
    'poll-every': { type: 'string', default: '0' },
    'excerpt-bytes': { type: 'string', default: '0' },
    // Unset: Factdesk's defaults. 0 turns SQLite's own busy wait off, so every lock met is a retry of ours.
    'busy-timeout-ms': { type: 'string' },
    'busy-retries': { type: 'string' },
  },
});

function emit(line: WorkerLine): void {
  // A pipe is written synchronously on Linux: once this returns the line is in the kernel's pipe
  // buffer and survives a SIGKILL that follows.
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function required(name: string, value: string | undefined): string {
  if (value === undefined || value === '') throw new Error(`--${name} is required`);
  return value;
}

function count(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
  return n;
}

function locationOf(value: string | undefined): LocationKind | undefined {
  if (value === undefined) return undefined;
  if (value === 'local' || value === 'network' || value === 'synced') return value;
  throw new Error(`--location must be local, network or synced, got "${value}"`);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

class Reviewer {
  private seq = 0;
  private acked = 0;
  private refused = 0;
  private feedAfter = 0;
  /** The article each claim belongs to: the workbench reads a claim through its article. */
  readonly articleOf = new Map<number, number>();

  constructor(
    private readonly core: FactdeskCore,
    private readonly name: string,
    private readonly claimIds: number[],
    private readonly random: () => number,
    private readonly thinkMs: number,
    private readonly excerptBytes: number,
    private readonly verdictKeys: string[],
  ) {}

  get stats(): { acked: number; refused: number } {
    return { acked: this.acked, refused: this.refused };
  }

  private pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.random() * items.length)];
    if (item === undefined) throw new Error('nothing to pick from');
    return item;
  }

  /** A value no other save carries (every worker has its own name), to find the save in the file. */
  private token(): string {
    return `${this.name}#${++this.seq}`;
  }

  /** Time between reading and saving, as a person takes: widens the window for conflicts. */
  private think(): Promise<void> {
    return this.thinkMs > 0 ? sleep(this.random() * this.thinkMs) : Promise.resolve();
  }

  async edit(): Promise<void> {
    const claimId = this.pick(this.claimIds);
    const roll = this.random();
    if (roll < 0.6) return this.updateClaim(claimId);
    if (roll < 0.8) return this.addSource(claimId);
    if (roll < 0.93) return this.addComment(claimId);
    return this.resolveComment(claimId);
  }

  private async readClaim(claimId: number): Promise<Claim> {
    const articleId = this.articleOf.get(claimId);
    if (articleId === undefined) throw new Error(`claim ${claimId} is unknown to this worker`);
    const detail = await this.core.getArticle({ id: articleId });
    const claim = detail.claims.find((c) => c.id === claimId);
    if (!claim) throw new Error(`claim ${claimId} is missing from article ${articleId}`);
    return claim;
  }

  /** A patch that is legal for the claim as this reviewer last saw it (workflow rules included). */
  private planPatch(current: Claim, token: string): ClaimPatch {
    const me = this.name;
    if (current.status === 'needs_review' && current.verdict !== null && current.verdictSetBy !== me && this.random() < 0.4) {
      return { status: 'approved', rationale: token };
    }
    // A change outside what the report says (the approval stands): the token rides in the assignee.
    // Workers no longer publish: since issue 12 a published claim is locked (sources added by other
    // workers would need a correction note), and publishing is tested in test/cli/publishing.test.ts.
    if (current.status === 'approved' && this.random() < 0.3) return { assignee: token };
    const roll = this.random();
    if (roll < 0.35) {
      const verdict = this.pick(this.verdictKeys.filter((k) => k !== current.verdict));
      return { verdict, status: 'needs_review', rationale: token };
    }
    if (roll < 0.5) {
      const status: ClaimStatus = this.random() < 0.8 ? 'in_research' : 'rejected';
      return { status, rationale: token };
    }
    return { rationale: token };
  }

  private async updateClaim(claimId: number): Promise<void> {
    const current = await this.readClaim(claimId);
    await this.think();
    const token = this.token();
    const patch = this.planPatch(current, token);
    await this.save('updateClaim', claimId, current.revision, async () => {
      const saved = await this.core.updateClaim({ id: claimId, expectedRevision: current.revision, patch });
      return {
        t: 'ack',
        op: 'updateClaim',
        id: saved.id,
        expectedRevision: current.revision,
        revision: saved.revision,
        token,
        status: saved.status,
        verdict: saved.verdict,
      };
    });
  }

  private async addSource(claimId: number): Promise<void> {
    const token = this.token();
    const stance = this.pick(['supports', 'refutes', 'context'] as const);
    const excerpt = this.excerptBytes > 0 ? `${token} `.padEnd(this.excerptBytes, 'Beleg ') : null;
    await this.save('addSource', claimId, undefined, async () => {
      const source = await this.core.addSource({
        claimId,
        fields: { url: `https://example.org/evidence/${encodeURIComponent(token)}`, title: token, stance, excerpt },
      });
      return { t: 'ack', op: 'addSource', id: source.id, claimId, token };
    });
  }

  private async addComment(claimId: number): Promise<void> {
    const existing = this.random() < 0.4 ? await this.core.listComments({ claimId }) : [];
    const parentId = existing.length > 0 ? this.pick(existing).id : null;
    const token = this.token();
    await this.save('addComment', claimId, undefined, async () => {
      const comment = await this.core.addComment({ claimId, parentId, body: `Please check ${token}.` });
      return { t: 'ack', op: 'addComment', id: comment.id, claimId, parentId, token };
    });
  }

  private async resolveComment(claimId: number): Promise<void> {
    const comments = await this.core.listComments({ claimId });
    if (comments.length === 0) return this.addComment(claimId);
    const comment = this.pick(comments);
    await this.think();
    await this.save('resolveComment', comment.id, comment.revision, async () => {
      const saved = await this.core.resolveComment({ id: comment.id, expectedRevision: comment.revision, resolved: !comment.resolved });
      return { t: 'ack', op: 'resolveComment', id: saved.id, expectedRevision: comment.revision, revision: saved.revision, resolved: saved.resolved };
    });
  }

  private async save(op: string, id: number, expectedRevision: number | undefined, run: () => Promise<AckLine>): Promise<void> {
    let line: AckLine;
    emit({ t: 'saving', op });
    try {
      line = await run();
    } catch (e) {
      this.refused++;
      emit(refusal(op, id, expectedRevision, e));
      return;
    }
    this.acked++;
    emit(line);
  }

  /** Follows the change feed like an open window does; the ids must arrive gap-free and in order. */
  async pollFeed(): Promise<void> {
    for (;;) {
      const afterId = this.feedAfter;
      const result = await this.core.changesSince({ afterId });
      const ids = result.entries.map((e) => e.id);
      const consecutive = ids.every((id, i) => id === afterId + 1 + i);
      emit({
        t: 'feed',
        afterId,
        lastId: result.lastId,
        count: ids.length,
        first: ids[0] ?? null,
        last: ids.at(-1) ?? null,
        consecutive,
      });
      this.feedAfter = Math.max(afterId, result.lastId);
      if (ids.length < 1_000) return;
    }
  }
}

function refusal(op: string, id: number, expectedRevision: number | undefined, e: unknown): RefusedLine {
  if (e instanceof FactdeskError) {
    const current = (e.details as { current?: { revision?: number } | null } | undefined)?.current;
    return {
      t: 'refused',
      op,
      id,
      code: e.code,
      message: e.message,
      expectedRevision,
      currentRevision: current === undefined ? undefined : (current?.revision ?? null),
    };
  }
  // Anything else is a bug the parent must see: report it, with where it came from.
  return { t: 'refused', op, id, code: 'unexpected', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}

async function main(): Promise<void> {
  const db = required('db', values.db);
  const name = required('worker', values.worker);
  const claimIds = required('claims', values.claims).split(',').map((s) => count('claims', s));
  const ops = count('ops', values.ops);
  const seed = count('seed', values.seed);
  const pollEvery = count('poll-every', values['poll-every']);
  const started = Date.now();
  let stopping = false;
  process.once('SIGTERM', () => {
    stopping = true;
  });

  let busyRetries = 0;
  const core = await openFactdesk({
    path: db,
    create: false,
    reviewer: name,
    location: locationOf(values.location),
    onBusyRetry: () => busyRetries++,
    busyTimeoutMs: values['busy-timeout-ms'] === undefined ? undefined : count('busy-timeout-ms', values['busy-timeout-ms']),
    busyRetries: values['busy-retries'] === undefined ? undefined : count('busy-retries', values['busy-retries']),
  });
  try {
    const info = await core.getDatabaseInfo({});
    const scale = await core.getVerdictScale({});
    const reviewer = new Reviewer(
      core,
      name,
      claimIds,
      prng(seed),
      count('think-ms', values['think-ms']),
      count('excerpt-bytes', values['excerpt-bytes']),
      scale.verdicts.map((v) => v.key),
    );
    for (const article of (await core.listArticles({ limit: 10_000 })).articles) {
      for (const claim of (await core.getArticle({ id: article.id })).claims) reviewer.articleOf.set(claim.id, article.id);
    }
    emit({ t: 'ready', worker: name, pid: process.pid, journalMode: info.journalMode, location: info.location.kind, startupMs: Math.round(performance.now()) });
    if (pollEvery > 0) await reviewer.pollFeed();
    let done = 0;
    for (; done < ops && !stopping; done++) {
      await reviewer.edit();
      if (done % 25 === 0) await core.heartbeat({ editing: `claim ${claimIds[done % claimIds.length]}` });
      if (pollEvery > 0 && done % pollEvery === 0) await reviewer.pollFeed();
    }
    if (pollEvery > 0) await reviewer.pollFeed();
    emit({ t: 'done', ops: done, ...reviewer.stats, busyRetries, ms: Date.now() - started });
  } finally {
    await core.close();
  }
}

main().catch((e: unknown) => {
  emit({ t: 'fatal', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  process.exitCode = 1;
});
