// Commander's generated help and its parse errors in the person's language (issue 15). The help's
// words come from the cli catalogue (help.*), looked up by command path ("claim add") and option
// ("--expect-rev"), with the options most commands share under help.options; the text registered
// in code is only the fallback. Parse errors are commander's own, reworded by their code.
import { Command, Help, type Argument, type ErrorOptions, type Option } from 'commander';
import { has, msg } from './messages';

/** "claim add" for `factdesk claim add`; "factdesk" for the program itself. */
function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let at: Command | null = cmd; at?.parent; at = at.parent) names.unshift(at.name());
  return names.length === 0 ? 'factdesk' : names.join(' ');
}

/** The catalogue's message for `key` when it has one, else the text registered in code. */
function described(keys: readonly string[], registered: string): string {
  const key = keys.find(has);
  return key === undefined ? registered : msg(key);
}

/** An argument's or option value's name ("path", "articleId") in the person's language. */
function placeholderName(name: string): string {
  const key = `help.placeholder.${name}`;
  return /^[A-Za-z][\w-]*$/.test(name) && has(key) ? msg(key) : name;
}

/** `<path>`, `[file]`, `<paths...>` with the placeholder's name in the person's language. */
function placeholders(term: string): string {
  return term.replace(/([<[])([A-Za-z][\w-]*)(\.\.\.)?([>\]])/g, (_, open: string, name: string, dots: string | undefined, close: string) => `${open}${placeholderName(name)}${dots ?? ''}${close}`);
}

const HEADINGS: Record<string, string> = {
  'Usage:': 'help.heading.usage',
  'Arguments:': 'help.heading.arguments',
  'Options:': 'help.heading.options',
  'Commands:': 'help.heading.commands',
  'Global Options:': 'help.heading.globalOptions',
};

class LocalHelp extends Help {
  /** The command whose help is being written: an option's description depends on it. */
  private command: Command | null = null;

  // German terms ("import [Optionen] <Pfade...>") are longer: commander stops wrapping when fewer
  // than 40 columns are left for the description, which left German lines running past 80.
  override minWidthToWrap = 24;

  override formatHelp(cmd: Command, helper: Help): string {
    this.command = cmd;
    return super.formatHelp(cmd, helper);
  }

  override styleTitle(title: string): string {
    const key = HEADINGS[title];
    return super.styleTitle(key === undefined ? title : msg(key));
  }

  override commandUsage(cmd: Command): string {
    return placeholders(super.commandUsage(cmd));
  }

  override commandDescription(cmd: Command): string {
    return described([`help.commands.${commandPath(cmd)}.description`], super.commandDescription(cmd));
  }

  override subcommandTerm(cmd: Command): string {
    return placeholders(super.subcommandTerm(cmd));
  }

  override subcommandDescription(cmd: Command): string {
    // Commander's own `help [command]` has no parent to name it by.
    if (cmd.name() === 'help' && cmd.parent === null) return msg('help.helpCommand');
    return described([`help.commands.${commandPath(cmd)}.description`], super.subcommandDescription(cmd));
  }

  override optionTerm(option: Option): string {
    return placeholders(super.optionTerm(option));
  }

  override optionDescription(option: Option): string {
    const name = option.long ?? option.flags;
    const own = this.command === null ? [] : [`help.commands.${commandPath(this.command)}.options.${name}`];
    // A shared option (--db, --json, …) says the shared text only where the code gave it one.
    const shared = option.description === '' ? [] : [`help.options.${name}`];
    return described([...own, ...shared], super.optionDescription(option));
  }

  override argumentTerm(argument: Argument): string {
    return placeholders(super.argumentTerm(argument));
  }

  override argumentDescription(argument: Argument): string {
    const path = this.command === null ? null : commandPath(this.command);
    return described(path === null ? [] : [`help.commands.${path}.arguments.${argument.name()}`], super.argumentDescription(argument));
  }
}

/** Commander's parse errors by code: the English message's parts, to say again from the catalogue. */
const PARSE_ERRORS: Record<string, { pattern: RegExp; say: (parts: Record<string, string>) => string }> = {
  'commander.unknownOption': { pattern: /^error: unknown option '(?<flag>.*?)'(?<hint>\n.*)?$/s, say: ({ flag = '' }) => msg('parse.unknownOption', { flag }) },
  'commander.unknownCommand': { pattern: /^error: unknown command '(?<name>.*?)'(?<hint>\n.*)?$/s, say: ({ name = '' }) => msg('parse.unknownCommand', { name }) },
  'commander.missingArgument': { pattern: /^error: missing required argument '(?<name>.*)'$/s, say: ({ name = '' }) => msg('parse.missingArgument', { name: placeholderName(name) }) },
  'commander.optionMissingArgument': { pattern: /^error: option '(?<flags>.*)' argument missing$/s, say: ({ flags = '' }) => msg('parse.optionMissingArgument', { flags: placeholders(flags) }) },
  'commander.missingMandatoryOptionValue': {
    pattern: /^error: required option '(?<flags>.*)' not specified$/s,
    say: ({ flags = '' }) => msg('parse.missingMandatoryOption', { flags: placeholders(flags) }),
  },
  'commander.excessArguments': {
    pattern: /^error: too many arguments(?: for '(?<name>.*)')?\. Expected (?<expected>\d+) arguments? but got (?<got>\d+)\.$/s,
    say: ({ name, expected = '0', got = '' }) =>
      msg('parse.excessArguments', { forCommand: name === undefined ? 'no' : 'yes', name: name ?? '', expected: Number(expected), got }),
  },
};

/** Commander's "(Did you mean …?)" line, reworded; its names stay as commander found them. */
function suggestion(hint: string | undefined): string | null {
  const m = /^\n\(Did you mean (?<oneOf>one of )?(?<names>.*)\?\)$/s.exec(hint ?? '');
  if (m?.groups === undefined) return null;
  return msg(m.groups.oneOf === undefined ? 'parse.didYouMean' : 'parse.didYouMeanOneOf', { suggestions: m.groups.names ?? '' });
}

/** A parse error in the person's language; commander's own words when it says something unforeseen. */
export function parseErrorMessage(message: string, code: string | undefined): string {
  const known = code === undefined ? undefined : PARSE_ERRORS[code];
  const parts = known?.pattern.exec(message)?.groups;
  if (known === undefined || parts === undefined) return message;
  const line = msg('error.prefix', { message: known.say(parts) });
  const hint = suggestion(parts.hint);
  return hint === null ? line : `${line}\n${hint}`;
}

/** A command whose help and parse errors speak the person's language, and whose subcommands do too. */
export class LocalCommand extends Command {
  override createCommand(name?: string): LocalCommand {
    return new LocalCommand(name);
  }

  override createHelp(): Help {
    return Object.assign(new LocalHelp(), this.configureHelp());
  }

  override error(message: string, errorOptions?: ErrorOptions): never {
    // The hint after an error, in the language chosen by now (--lang is read before the command's options).
    this.showHelpAfterError(msg('help.afterError'));
    return super.error(parseErrorMessage(message, errorOptions?.code), errorOptions);
  }
}
