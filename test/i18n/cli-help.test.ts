// The CLI's help says every command, argument and option from the cli catalogue (issue 15): each
// has a help.* message, and the English one says what the code registered, so the English help
// is unchanged and a new option cannot be left English in German.
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../main/cli/index';
import { has, msg, setCliLanguage } from '../../main/cli/messages';

interface Text {
  where: string;
  keys: string[];
  registered: string;
}

function texts(cmd: Command, path: string[] = []): Text[] {
  const name = path.length === 0 ? 'factdesk' : path.join(' ');
  const own: Text[] = [{ where: name, keys: [`help.commands.${name}.description`], registered: cmd.description() }];
  for (const a of cmd.registeredArguments) {
    own.push({ where: `${name} <${a.name()}>`, keys: [`help.commands.${name}.arguments.${a.name()}`], registered: a.description });
  }
  for (const o of cmd.options) {
    const flag = o.long ?? o.flags;
    own.push({ where: `${name} ${flag}`, keys: [`help.commands.${name}.options.${flag}`, `help.options.${flag}`], registered: o.description });
  }
  return [...own, ...cmd.commands.flatMap((sub) => texts(sub, [...path, sub.name()]))];
}

describe('the CLI help catalogue', () => {
  setCliLanguage('en', (message) => new Error(message));
  const all = texts(buildProgram(() => {})).filter((t) => t.registered !== '');

  it.each(all.map((t) => [t.where, t] as const))('has %s, in English as registered', (_, text) => {
    const key = text.keys.find(has);
    expect(key, `no ${text.keys.join(' or ')}`).toBeDefined();
    expect(msg(key!)).toBe(text.registered);
  });
});
