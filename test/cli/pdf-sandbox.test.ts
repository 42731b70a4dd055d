// Chromium's sandbox for PDF reports: a plain user's `factdesk export --format pdf` starts Chromium
// with its sandbox on (Playwright turns it off unless asked); only root, for whom Chromium refuses
// the sandbox, gets --no-sandbox. A wrapper named by FACTDESK_CHROMIUM writes down the arguments
// Chromium was started with and then runs the real one, so the report is really printed.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cliAsNobody } from './nobody';
import { assertBuilt, cli, SAMPLE } from './run';
import { CHROMIUM } from '../support/served-app';

let dir: string;
let wrapper: string;
const argsFile = (): string => join(dir, 'chromium-args.txt');

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'factdesk-pdf-sandbox-'));
  chmodSync(dir, 0o777);
  wrapper = join(dir, 'chromium');
  writeFileSync(wrapper, `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile()}'\nexec '${CHROMIUM}' "$@"\n`);
  chmodSync(wrapper, 0o755);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

it('a plain user prints the PDF with Chromium’s sandbox on; root gets --no-sandbox', async () => {
  const db = join(dir, 'desk.db');
  expect((await cli(['import', SAMPLE, '--db', db])).code).toBe(0);
  chmodSync(db, 0o666);

  const asUser = await cliAsNobody(dir, ['export', '--format', 'pdf', '--out', join(dir, 'user.pdf'), '--db', db], { FACTDESK_CHROMIUM: wrapper });
  expect(asUser.code, asUser.stderr).toBe(0);
  expect(readFileSync(join(dir, 'user.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  const userArgs = readFileSync(argsFile(), 'utf8').split('\n');
  expect(userArgs).toContain('--headless');
  expect(userArgs).not.toContain('--no-sandbox');

  const asRoot = await cli(['export', '--format', 'pdf', '--out', join(dir, 'root.pdf'), '--db', db], { FACTDESK_CHROMIUM: wrapper });
  expect(asRoot.code, asRoot.stderr).toBe(0);
  expect(readFileSync(argsFile(), 'utf8').split('\n')).toContain('--no-sandbox');
}, 120_000);
