// The lines a review worker prints, one JSON object per line on stdout. A line is written only
// after the core returned, so every `ack` the parent reads is a save the core acknowledged.

export interface ReadyLine {
  t: 'ready';
  worker: string;
  pid: number;
  journalMode: string;
  location: string;
  /** From process start to an open, checked database. */
  startupMs: number;
}

/** Printed just before a save is handed to the core: a kill after it and before the outcome landed mid-save. */
export interface SavingLine {
  t: 'saving';
  op: string;
}

export type AckLine =
  | {
      t: 'ack';
      op: 'updateClaim';
      id: number;
      /** The revision the edit started from, and the one the core returned. */
      expectedRevision: number;
      revision: number;
      token: string;
      status: string;
      verdict: string | null;
    }
  | { t: 'ack'; op: 'addSource'; id: number; claimId: number; token: string }
  | { t: 'ack'; op: 'addComment'; id: number; claimId: number; parentId: number | null; token: string }
  | { t: 'ack'; op: 'resolveComment'; id: number; expectedRevision: number; revision: number; resolved: boolean };

/** A save the core refused; `code` is the FactdeskError code ('conflict' is the only expected one). */
export interface RefusedLine {
  t: 'refused';
  op: string;
  id: number;
  code: string;
  message: string;
  expectedRevision?: number;
  /** The row's revision when the save was refused (from the conflict's details). */
  currentRevision?: number | null;
}

/** One poll of the change feed: the entries' ids, compressed (they must be consecutive). */
export interface FeedLine {
  t: 'feed';
  afterId: number;
  lastId: number;
  count: number;
  first: number | null;
  last: number | null;
  consecutive: boolean;
}

export interface DoneLine {
  t: 'done';
  ops: number;
  acked: number;
  refused: number;
  busyRetries: number;
  ms: number;
}

export interface FatalLine {
  t: 'fatal';
  message: string;
}

export type WorkerLine = ReadyLine | SavingLine | AckLine | RefusedLine | FeedLine | DoneLine | FatalLine;
