// `factdesk serve`: the renderer and the API on 127.0.0.1, for a browser (and browser tests).
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { startBridge } from '../../bridge/server';
import { openInSystemBrowser } from '../../bridge/open-external';
import { databasePath, errorMessage, parseIntArg, reportCreated, UsageError, withCommonOptions, type CommonOptions } from '../common';
import { openFactdesk } from '../../core/service';
import { Workspace, type WorkspaceOptions } from '../../core/workspace';
import { appSettingsDir, resolveReviewerName } from '../../core/settings/app-settings';
import { DEFAULT_DATABASE_NAME, desktopUserDataDir, RECENT_FILE_NAME } from '../../core/settings/desktop-data';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { keptChromiumPrinter } from '../../core/export/pdf-chromium';
import { jsonForTerminal, oneLine, say, tell } from '../terminal';
import { msg } from '../messages';

export function registerServeCommand(program: Command): void {
  withCommonOptions(
    program
      .command('serve')
      .description('serve the workbench and its API on 127.0.0.1; prints the URL (with a per-run token) first')
      .option('--port <n>', 'port to listen on (0 picks a free one)', '0')
      .option('--desktop', "the desktop app's files: its settings, its last database or else factdesk.db in its user-data folder (npm start without Electron)")
      .option('--open', 'also open the URL in the system browser (not fatal when there is none)'),
  ).action(async (opts: ServeOptions) => {
    const port = parseIntArg(opts.port, '--port');
    if (opts.desktop && opts.db) throw new UsageError(msg('serve.desktopAndDb'));
    const settingsDir = opts.desktop ? desktopUserDataDir() : appSettingsDir();
    // One browser for every PDF this server prints and page it archives (started with the first), closed on shutdown.
    const pdf = keptChromiumPrinter();
    // Resolved at each open: a name given in the workbench since applies to the next file too.
    const open = async (path: string, create: boolean) =>
      openFactdesk({
        path,
        create,
        reviewer: await resolveReviewerName(settingsDir, opts.reviewer),
        settingsDir,
        host: { printPdf: pdf.print, capturePage: pdf.capture, openExternal: (url) => openInSystemBrowser(url) },
        // Files opened from the workbench show their list at once; writes wait for quick_check.
        integrityCheck: 'background',
      });
    const options = { open, recentFile: join(settingsDir, RECENT_FILE_NAME) };
    const session = opts.desktop ? await resumeDesktop(options, settingsDir) : await Workspace.start(options, databasePath(opts));
    // A file named on the command line is refused before the URL is printed, as every command
    // refuses it, when its check takes moments. A large one is served at once (quick_check of a
    // desk of a million articles reads 10 GB: most of a minute): reading goes on while it runs,
    // and if it fails, the file is closed, calls get the refusal and serve says why and stops.
    const checkFirst = statSync(session.current.path).size <= checkFirstBytes();
    if (checkFirst) {
      await session.current.integrity.catch(async (e: unknown) => {
        await session.close();
        throw e;
      });
    }
    reportCreated(session.current);
    // The CLI bundle lives in out/main; the built renderer beside it in out/renderer.
    const rendererDir = process.env.FACTDESK_RENDERER_DIR ?? fileURLToPath(new URL('../renderer', import.meta.url));
    const bridge = await startBridge({ api: session.api(), rendererDir, port });
    say(`${bridge.url}\n`);
    if (opts.json) printJsonLine({ url: bridge.url, port: bridge.port });
    tell(`${msg('serve.serving', { path: oneLine(session.current.path) })}\n`);
    if (opts.open && !(await openInSystemBrowser(bridge.url))) tell(`${msg('serve.noBrowser')}\n`);
    let lateRefusal: unknown = null;
    await new Promise<void>((resolve) => {
      const stop = (): void => resolve();
      if (!checkFirst) {
        session.current.integrity.catch((e: unknown) => {
          lateRefusal = e;
          stop();
        });
      }
      // `on`, not `once`: a signal can come twice (Ctrl+C reaches `npm start`'s launcher too, which
      // passes it on), and a second one must not kill the server while it closes the database.
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    try {
      await bridge.close();
      await session.close();
    } finally {
      await pdf.close();
    }
    if (lateRefusal !== null) throw lateRefusal;
  });
}

/** Files up to this size are checked before serving (64 MB: well under a second); FACTDESK_SERVE_CHECK_FIRST_BYTES overrides it for tests. */
function checkFirstBytes(): number {
  const override = Number(process.env.FACTDESK_SERVE_CHECK_FIRST_BYTES);
  return process.env.FACTDESK_SERVE_CHECK_FIRST_BYTES !== undefined && Number.isFinite(override) ? override : 64 * 1024 * 1024;
}

type ServeOptions = CommonOptions & { port: string; desktop?: boolean; open?: boolean };

/** The file the desktop app would open, in its own user-data folder (created, as the app does). */
async function resumeDesktop(options: WorkspaceOptions, userData: string): Promise<Workspace> {
  mkdirSync(userData, { recursive: true });
  return Workspace.resume(options, join(userData, DEFAULT_DATABASE_NAME), (e) =>
    tell(`${msg('serve.lastFailed', { reason: oneLine(errorMessage(e)).replace(/\.$/, '') })}\n`),
  );
}

function printJsonLine(value: unknown): void {
  process.stdout.write(`${jsonForTerminal(value)}\n`);
}
