// `factdesk serve`: the renderer and the API on 127.0.0.1, for a browser (and browser tests).
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { startBridge } from '../../bridge/server';
import { openInSystemBrowser } from '../../bridge/open-external';
import { databasePath, parseIntArg, reportCreated, reviewerName, withCommonOptions, type CommonOptions } from '../common';
import { openFactdesk } from '../../core/service';
import { Workspace } from '../../core/workspace';
import { appSettingsDir } from '../../core/settings/app-settings';
import { join } from 'node:path';
import { printPdfWithChromium } from '../../core/export/pdf-chromium';
import { capturePageWithChromium } from '../../core/web/capture-chromium';
import { jsonForTerminal, oneLine, say, tell } from '../terminal';

export function registerServeCommand(program: Command): void {
  withCommonOptions(
    program
      .command('serve')
      .description('serve the workbench and its API on 127.0.0.1; prints the URL (with a per-run token) first')
      .option('--port <n>', 'port to listen on (0 picks a free one)', '0'),
  ).action(async (opts: CommonOptions & { port: string }) => {
    const port = parseIntArg(opts.port, '--port');
    // Resolved at each open: a name given in the workbench since applies to the next file too.
    const open = async (path: string, create: boolean) =>
      openFactdesk({
        path,
        create,
        reviewer: await reviewerName(opts),
        host: { printPdf: printPdfWithChromium, capturePage: capturePageWithChromium, openExternal: (url) => openInSystemBrowser(url) },
      });
    const session = await Workspace.start({ open, recentFile: join(appSettingsDir(), 'recent-databases.json') }, databasePath(opts));
    reportCreated(session.current);
    // The CLI bundle lives in out/main; the built renderer beside it in out/renderer.
    const rendererDir = process.env.FACTDESK_RENDERER_DIR ?? fileURLToPath(new URL('../renderer', import.meta.url));
    const bridge = await startBridge({ api: session.api(), rendererDir, port });
    say(`${bridge.url}\n`);
    if (opts.json) printJsonLine({ url: bridge.url, port: bridge.port });
    tell(`Factdesk is serving ${oneLine(session.current.path)} — open the URL above. Ctrl+C stops.\n`);
    await new Promise<void>((resolve) => {
      const stop = (): void => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await bridge.close();
    await session.close();
  });
}

function printJsonLine(value: unknown): void {
  process.stdout.write(`${jsonForTerminal(value)}\n`);
}
