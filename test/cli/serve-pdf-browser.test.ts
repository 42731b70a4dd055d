// `factdesk serve` keeps one Chromium for its PDF reports (issue 16): starting a browser is most of
// a report's time, so the second PDF reuses the first one's browser, and stopping the server
// closes it: no Chromium process outlives the server.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/** A database with one article, one claim and one source at `url`. */
async function deskWithSource(path: string, settingsDir: string, url?: string): Promise<void> {
  const core = await openFactdesk({ path, reviewer: 'ada', settingsDir });
  try {
    const text = 'Bericht\n\nDie Stadt meldet neue Zahlen zu Haushalt und Verkehr.\nSchluss.';
    const [outcome] = await core.importFiles({ files: [{ name: 'bericht.txt', data: Buffer.from(text).toString('base64') }] });
    const claim = await core.createClaimFromQuote({ articleId: outcome?.articleId ?? 0, quote: 'Die Stadt meldet neue Zahlen' });
    if (url) await core.addSource({ claimId: claim.id, fields: { url, title: 'Page' } });
  } finally {
    await core.close();
  }
}

/**
 * A page whose answer to Chromium waits until the test lets it go (so the test can look at the
 * processes while the page renders), setting a cookie; it remembers the cookies Chromium sent.
 */
function heldPage() {
  const cookiesSeen: Array<string | null> = [];
  const waiting: Array<() => void> = [];
  let arrived: () => void = () => undefined;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const send = (): void => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'visit=seen; Path=/' });
      res.end('<!DOCTYPE html><html><head><title>Held</title></head><body><p>A page to archive.</p></body></html>');
    };
    if (!/Chrome/.test(req.headers['user-agent'] ?? '')) return send(); // the core's own fetch of the bytes
    if (req.url === '/favicon.ico') return res.writeHead(404).end();
    cookiesSeen.push(req.headers.cookie ?? null);
    waiting.push(send);
    arrived();
  });
  return {
    cookiesSeen,
    listen: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/page`))),
    /** Resolves when Chromium asks for the page. */
    nextRequest: () => new Promise<void>((resolve) => (arrived = resolve)),
    release: () => waiting.splice(0).forEach((send) => send()),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('factdesk serve and its PDF browser', () => {
  it('archives sources with the browser it keeps for PDFs, each capture in a fresh context', async () => {
    const dir = tempDir('factdesk-serve-archive-');
    const path = join(dir, 'desk.db');
    const page = heldPage();
    const url = await page.listen();
    await deskWithSource(path, join(dir, 'settings'), url);
    const served = await serve(path, 'ada');
    const pid = served.process.pid ?? -1;
    try {
      await served.call('renderExport', { format: 'pdf', filter: {} });
      const printer = chromiumUnder(pid).browser;
      expect(printer).toHaveLength(1);
      for (let i = 0; i < 2; i++) {
        const asked = page.nextRequest();
        const archived = served.call<Array<{ kind: string }>>('archiveSource', { sourceId: 1 });
        archived.catch(() => undefined); // awaited below; a failed check above must not leave it unhandled
        await asked;
        // While the page renders, the only browser is the one that printed the PDF.
        expect(chromiumUnder(pid).browser).toEqual(printer);
        page.release();
        expect((await archived).map((e) => e.kind)).toEqual(['page', 'screenshot', 'pdf']);
      }
      // The first capture's cookie did not reach the second: no session is shared between captures.
      expect(page.cookiesSeen).toEqual([null, null]);
    } finally {
      page.release();
      await served.stop();
      await page.close();
    }
  }, 120_000);


  it('prints two PDFs with the same browser and leaves no Chromium behind when stopped', async () => {
    const dir = tempDir('factdesk-serve-pdf-');
    const path = join(dir, 'desk.db');
    await deskWithSource(path, join(dir, 'settings'));

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
