// The headless command line over the core: `factdesk …`. Exit codes: 0 ok, 1 bad input or
// refused file (message on stderr), 2 usage, 3 conflict.
import { CommanderError, type Command } from 'commander';
import { LocalCommand } from './help';
import { registerArticleUpdateCommand } from './commands/article-update';
import { registerArticleCommands } from './commands/articles';
import { registerCheckworthyCommand } from './commands/checkworthy';
import { registerClaimCommands } from './commands/claims';
import { registerEvidenceCommands } from './commands/evidence';
import { registerVersionCommands } from './commands/versions';
import { registerDatesCommand } from './commands/dates';
import { registerSimilarCommand } from './commands/similar';
import { registerExportCommand } from './commands/export';
import { registerPublishingCommands } from './commands/publishing';
import { registerServeCommand } from './commands/serve';
import { registerSettingsCommands } from './commands/settings';
import { registerSampleCommands } from './commands/sample';
import { EXIT, errorMessage, exitCodeFor, UsageError } from './common';
import { say, tell } from './terminal';
import { msg, setCliLanguage } from './messages';

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new LocalCommand('factdesk')
    .description('Factdesk: articles, claims, sources and verdicts for fact-checkers')
    .version('0.1.0')
    // `factdesk --version` is the program's; after a command, `show ID --version N` is that command's.
    .enablePositionalOptions()
    // Commander echoes what was typed (an unknown option, a bad argument): escape it like all output.
    .configureOutput({ writeOut: say, writeErr: tell })
    .exitOverride()
    // `verdicts --db X` lists, `verdicts add --db X` adds: options belong to the command they follow.
    .enablePositionalOptions()
    // The language of Factdesk's own sentences; before the command, like --version.
    .option('--lang <en|de>', "the language of Factdesk's messages (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)")
    // As soon as it is parsed, before the command's own options: their help and parse errors follow it.
    .on('option:lang', (lang: string) => setCliLanguage(lang, (message) => new UsageError(message)));
  registerArticleCommands(program, setExit);
  registerArticleUpdateCommand(program);
  const claim = registerClaimCommands(program);
  registerCheckworthyCommand(program);
  registerEvidenceCommands(program, setExit);
  registerVersionCommands(program);
  registerDatesCommand(program);
  registerSimilarCommand(program);
  registerExportCommand(program);
  registerServeCommand(program);
  registerSettingsCommands(program, setExit);
  registerSampleCommands(program);
  registerPublishingCommands(program, claim);
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
    tell(`${msg('error.prefix', { message: errorMessage(e) })}\n`);
    return exitCodeFor(e);
  }
}
