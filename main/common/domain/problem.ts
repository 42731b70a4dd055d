// A problem with what a person typed, said by key rather than by sentence, so that the core, the
// CLI and the workbench each word it in their person's language from one catalogue message
// (common:problem.*). The core's error keeps it in details.problem beside its English message.

export interface Problem {
  /** The message under common:problem. */
  readonly key: string;
  readonly values: Readonly<Record<string, string | number>>;
  /** Values that differ in German, e.g. a verdict's German label. */
  readonly valuesDe?: Readonly<Record<string, string>>;
}

/** A Problem carried in an error's details (across IPC and HTTP it is plain JSON), else null. */
export function problemOf(details: Record<string, unknown> | undefined): Problem | null {
  const problem = details?.problem as { key?: unknown; values?: unknown } | undefined;
  if (typeof problem?.key !== 'string' || typeof problem.values !== 'object' || problem.values === null) return null;
  return problem as Problem;
}
