// Running the CLI as a plain user (nobody, uid 65534): the tests run as root, whom file modes do
// not stop, so permission cases need a user they do stop.
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli, type CliResult } from './run';

export const NOBODY = 65534;

/** Runs `factdesk ARGS` as nobody, with a home folder of its own inside `dir` (which nobody must be able to enter). */
export function cliAsNobody(dir: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const home = join(dir, 'nobody-home');
  mkdirSync(home, { recursive: true });
  chmodSync(home, 0o777);
  return cli(args, { HOME: home, FACTDESK_HOME: home, FACTDESK_REVIEWER: 'Reader', ...env }, { uid: NOBODY, gid: NOBODY, cwd: home });
}
