// `npm run bench` carries the evidence benchmark (issue 13): a file added with `factdesk evidence
// add` and read back with `evidence get`, each in its own CLI process, with wall time and peak
// RSS, the copy checked against the original. Here with a small file: only that the rows are
// there and the copy is identical; the figures themselves belong to the benchmark, not to tests.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, ROOT } from './run';

function bench(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'out', 'tools', 'bench.js'), ...args], { cwd: ROOT, env: { ...process.env, BENCH_EVIDENCE_MB: '3' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('npm run bench: the evidence scenario', () => {
  it('adds and reads back a file in CLI processes, reporting time and peak RSS, with --only evidence', async () => {
    assertBuilt();
    if (!existsSync(join(ROOT, 'out', 'tools', 'bench.js'))) throw new Error('out/tools/bench.js is missing: run `npx vite build --config vite.tools.config.ts`.');
    const run = await bench(['--only', 'evidence']);
    expect(run.code, run.stderr).toBe(0);
    const json = /JSON: (.+\.json)/.exec(run.stdout)?.[1] ?? '';
    try {
      const result = JSON.parse(readFileSync(json, 'utf8')) as { rows: Array<{ id: string; unit: string; samples: number[]; details?: Record<string, unknown> }> };
      expect(result.rows.map((r) => [r.id, r.unit])).toEqual([
        ['evidence-add', 's'],
        ['evidence-add-rss', 'MB'],
        ['evidence-get', 's'],
        ['evidence-get-rss', 'MB'],
      ]);
      for (const row of result.rows) expect(row.samples.length).toBeGreaterThan(0);
      expect(result.rows[2]?.details).toMatchObject({ megabytes: 3, identical: true });
      expect(run.stdout).toMatch(/evidence add, 3 MB file/);
    } finally {
      rmSync(json, { force: true });
    }
  }, 180_000);

  it('names the evidence scenario among those --only accepts', async () => {
    const run = await bench(['--only', 'nonsense']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Unknown scenario "nonsense" \(.*\bevidence\b.*\)/);
  });
});
