// The printer long-lived processes keep (`factdesk serve`; issue 16) prepares the next report's
// page after each report, so a report does not wait for a new renderer process. Each report must
// still get a page nothing else used: reports one after another and at the same time each print
// their own text only, and closing the printer leaves no Chromium process behind.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keptChromiumPrinter } from '../../../main/core/export/pdf-chromium';
import { commandLine, descendants } from '../../../bench/lib/proc';
import { removeTempDirs, tempDir } from '../store/temp';

afterAll(removeTempDirs);

const dir = tempDir('factdesk-kept-');

function report(marker: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page { size: A4; }</style></head><body><h1>Report ${marker}</h1><p>Only ${marker} is in this one.</p></body></html>`;
}

function textOf(pdf: Uint8Array, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

const chromiumProcesses = (): number[] => descendants(process.pid).filter((pid) => /chrom/i.test(commandLine(pid)));

describe('the kept printer', () => {
  it('prints reports one after another and at once, each with its own text only; close leaves no Chromium', async () => {
    const printer = keptChromiumPrinter();
    try {
      const first = textOf(await printer.print(report('ALPHA')), 'alpha');
      // Printed on the page prepared after ALPHA.
      const second = textOf(await printer.print(report('BRAVO')), 'bravo');
      // Two at once: one takes the prepared page, the other gets a fresh one.
      const [third, fourth] = await Promise.all([printer.print(report('CHARLIE')), printer.print(report('DELTA'))]);
      const texts = { ALPHA: first, BRAVO: second, CHARLIE: textOf(third, 'charlie'), DELTA: textOf(fourth, 'delta') };
      for (const [marker, text] of Object.entries(texts)) {
        expect(text).toContain(`Report ${marker}`);
        for (const other of Object.keys(texts).filter((m) => m !== marker)) expect(text).not.toContain(other);
      }
      expect(chromiumProcesses().length).toBeGreaterThan(0);
    } finally {
      await printer.close();
    }
    // The prepared page is closed with the browser; nothing outlives the printer.
    for (let i = 0; i < 50 && chromiumProcesses().length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(chromiumProcesses()).toEqual([]);
  }, 120_000);

  it('prints again after close (a new browser), and after its browser was closed under it', async () => {
    const printer = keptChromiumPrinter();
    try {
      expect(textOf(await printer.print(report('ECHO')), 'echo')).toContain('Report ECHO');
      await printer.close();
      expect(textOf(await printer.print(report('FOXTROT')), 'foxtrot')).toContain('Report FOXTROT');
      // The browser dies with the spare page prepared in it: the next report still prints.
      for (const pid of chromiumProcesses()) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone with its parent
        }
      }
      await new Promise((r) => setTimeout(r, 500));
      expect(textOf(await printer.print(report('GOLF')), 'golf')).toContain('Report GOLF');
    } finally {
      await printer.close();
    }
  }, 120_000);
});
