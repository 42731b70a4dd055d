// Shared by the import tests: temp folders with real files, and asserting refusals.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { FactdeskError } from '@common/domain/errors';

// Everything the tests read lives in the repository (test/fixtures/README.md says where it came from).
export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/import');
export const SAMPLE_PATH = path.resolve(import.meta.dirname, '../../fixtures/export/putin-lukaschenko-st-petersburg.de.txt');
export const READABILITY_PAGES = path.join(FIXTURES, 'readability-pages');

export async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'factdesk-import-'));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs `action` and returns the bad_import error it must throw (sync or async). */
export async function importRefusal(action: () => unknown): Promise<FactdeskError> {
  let caught: unknown = null;
  try {
    await action();
  } catch (e) {
    caught = e;
  }
  expect(caught, 'expected the import to be refused').toBeInstanceOf(FactdeskError);
  const error = caught as FactdeskError;
  expect(error.code).toBe('bad_import');
  return error;
}
