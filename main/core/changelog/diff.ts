// The "from what to what" of a change-log entry: only the fields that actually changed.

export interface FieldChanges {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** Fields of `next` whose value differs from `current` (deep-compared as JSON), with both values. */
export function changedFields<T extends object>(current: T, next: Partial<T>): FieldChanges {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof T & string)[]) {
    const value = next[key];
    if (value === undefined) continue;
    if (JSON.stringify(value) !== JSON.stringify(current[key])) {
      before[key] = current[key] ?? null;
      after[key] = value ?? null;
    }
  }
  return { before, after };
}

export function isEmpty(changes: FieldChanges): boolean {
  return Object.keys(changes.after).length === 0;
}
