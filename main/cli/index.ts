// The headless command line over the core: `factdesk …`. Exit codes: 0 ok, 1 bad input or
// refused file (message on stderr), 2 usage, 3 conflict.
import { Command, CommanderError } from 'commander';
import { registerArticleUpdateCommand } from './commands/article-update';
import { registerArticleCommands } from './commands/articles';
import { registerCheckworthyCommand } from './commands/checkworthy';
import { registerClaimCommands } from './commands/claims';
import { registerDatesCommand } from './commands/dates';
import { registerSimilarCommand } from './commands/similar';
import { registerExportCommand } from './commands/export';
import { registerServeCommand } from './commands/serve';
import { registerSettingsCommands } from './commands/settings';
import { EXIT, errorMessage, exitCodeFor, printJson, withCommonOptions, withCore, type CommonOptions } from './common';
import { oneLine, say, tell } from './terminal';

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('factdesk')
    .description('Factdesk: articles, claims, sources and verdicts for fact-checkers')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    // Commander echoes what was typed (an unknown option, a bad argument): escape it like all output.
    .configureOutput({ writeOut: say, writeErr: tell })
    .exitOverride();
  registerArticleCommands(program, setExit);
  registerArticleUpdateCommand(program);
  registerClaimCommands(program);
  registerCheckworthyCommand(program);
  registerDatesCommand(program);
  registerSimilarCommand(program);
  registerExportCommand(program);
  registerServeCommand(program);
  registerSettingsCommands(program, setExit);
  withCommonOptions(program.command('verdicts').description('list the verdict scale')).action(
    async (opts: CommonOptions) => {
      await withCore(opts, async (core) => {
        const scale = await core.getVerdictScale({});
        if (opts.json) printJson(scale);
        else
          for (const v of scale.verdicts)
            say(`${oneLine(v.key)}\t${oneLine(v.label)}\t${v.ratingValue ?? '—'}\n`);
      });
    },
  );
  // Subcommands inherit exitOverride only when set on them too.
  const override = (cmd: Command): void => {
    cmd.exitOverride();
    cmd.commands.forEach(override);
  };
  override(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram((code) => {
    exitCode = Math.max(exitCode, code);
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with exit code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    tell(`error: ${errorMessage(e)}\n`);
    return exitCodeFor(e);
  }
}
