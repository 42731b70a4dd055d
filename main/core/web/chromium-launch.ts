// Starting Debian's Chromium (driven by playwright-core) for the command line and `factdesk serve`:
// printing reports to PDF and archiving web pages share this one launch. The app uses Electron's
// own renderer instead.
import type { Browser } from 'playwright-core';
import { FactdeskError } from '@common/domain/errors';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const LAUNCH_ARGS = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface LaunchOptions {
  /** What the browser is for, in the refusal's sentence ("print the PDF"). */
  purpose: string;
  /**
   * A browser kept by a long-lived process, which closes it on shutdown; Playwright's own signal
   * handlers would close it behind that process's back. A one-shot command leaves them on, so
   * Ctrl+C takes the browser down with it.
   */
  kept: boolean;
}

export async function launchChromium({ purpose, kept }: LaunchOptions): Promise<Browser> {
  const executablePath = process.env.FACTDESK_CHROMIUM || DEFAULT_CHROMIUM;
  try {
    // Loaded on first use: playwright-core is large, and most commands never start a browser.
    const { chromium } = await import('playwright-core');
    // Chromium's own sandbox where the system allows it: not for root, whom Chromium refuses to
    // sandbox. Playwright turns it off unless asked (`chromiumSandbox`), so ask.
    const sandbox = process.getuid?.() !== 0;
    const signals = kept ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {};
    return await chromium.launch({ executablePath, args: LAUNCH_ARGS, chromiumSandbox: sandbox, timeout: 60_000, ...signals });
  } catch (e) {
    throw new FactdeskError(
      'internal',
      `Could not start Chromium at ${executablePath} to ${purpose} (set FACTDESK_CHROMIUM to its path): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
    );
  }
}
