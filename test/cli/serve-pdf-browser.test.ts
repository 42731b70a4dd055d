// `factdesk serve` keeps one Chromium for its PDF reports (issue 16): starting a browser is most of
// a report's time, so the second PDF reuses the first one's browser, and stopping the server
// closes it: no Chromium process outlives the server.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serve } from '../../bench/lib/workbench';
import { commandLine, descendants, parentPid } from '../../bench/lib/proc';
import { openFactdesk } from '../../main/core/service';
import { removeTempDirs, tempDir } from '../core/store/temp';

afterAll(removeTempDirs);

/**
 * The Chromium processes under `root`, and the browser process among them: the one the server
 * started itself. (Its helpers are its descendants; some, like the crash handler, carry no --type=,
 * so the command line cannot tell them apart — a CI run once counted one as a second browser.)
 */
function chromiumUnder(root: number): { all: number[]; browser: number[] } {
  const all = descendants(root).filter((pid) => /chrom/i.test(commandLine(pid)));
  return { all, browser: all.filter((pid) => parentPid(pid) === root) };
}

/** Gone, or a zombie nobody has reaped yet (it holds no resources). */
function gone(pid: number): boolean {
  if (!existsSync(`/proc/${pid}`)) return true;
  try {
    return /^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return true;
  }
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; ) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return condition();
}

describe('factdesk serve and its PDF browser', () => {
  it('prints two PDFs with the same browser and leaves no Chromium behind when stopped', async () => {
    const dir = tempDir('factdesk-serve-pdf-');
    const path = join(dir, 'desk.db');
    const core = await openFactdesk({ path, reviewer: 'ada', settingsDir: join(dir, 'settings') });
    try {
      const text = 'Bericht\n\nDie Stadt meldet neue Zahlen zu Haushalt und Verkehr.\nSchluss.';
      const [outcome] = await core.importFiles({ files: [{ name: 'bericht.txt', data: Buffer.from(text).toString('base64') }] });
      await core.createClaimFromQuote({ articleId: outcome?.articleId ?? 0, quote: 'Die Stadt meldet neue Zahlen' });
    } finally {
      await core.close();
    }

    const served = await serve(path, 'ada');
    const pid = served.process.pid ?? -1;
    let seen: number[] = [];
    try {
      expect(chromiumUnder(pid).all).toEqual([]); // launched on the first PDF, not at start
      const first = await served.call<{ content: string }>('renderExport', { format: 'pdf', filter: {} });
      expect(Buffer.from(first.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
      const afterFirst = chromiumUnder(pid);
      expect(afterFirst.browser).toHaveLength(1);
      const second = await served.call<{ content: string }>('renderExport', { format: 'pdf', filter: {} });
      expect(Buffer.from(second.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
      const afterSecond = chromiumUnder(pid);
      expect(afterSecond.browser).toEqual(afterFirst.browser); // the same browser process printed both
      seen = [...new Set([...afterFirst.all, ...afterSecond.all])];
    } finally {
      await served.stop();
    }
    expect(served.process.exitCode).toBe(0); // stopped by its own shutdown, not killed after the grace time
    expect(seen.length).toBeGreaterThan(0);
    expect(await until(() => seen.every(gone), 10_000), `still running: ${seen.filter((p) => !gone(p)).join(', ')}`).toBe(true);
  }, 120_000);
});
