// `npm start` on a checkout whose Electron binary is missing (this machine's real situation, issue
// 17): one sentence instead of a stack trace, then the workbench on a loopback URL, served from the
// database the desktop app would have opened, and the system browser asked to show it. The
// checkout is a copy (its own out/ folder, so the build it runs never disturbs other tests) with
// HOME and the XDG folders in a temp folder; the "system browser" is a stand-in xdg-open.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cli, ROOT } from './run';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const URL_LINE = /^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+$/m;
const MISSING_SENTENCE = "Electron's binary is not installed on this machine, so Factdesk opens in your browser instead.";

let dir: string;
let checkout: string;
let fakeBin: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-npm-start-'));
  checkout = join(dir, 'checkout');
  for (const part of ['bin', 'main', 'preload', 'renderer', 'package.json', 'electron.vite.config.ts', 'tsconfig.json', 'tsconfig.base.json', 'tsconfig.node.json', 'tsconfig.web.json']) {
    await cp(join(ROOT, part), join(checkout, part), { recursive: true });
  }
  // The installed packages as `npm install` left them: electron without its binary.
  await symlink(join(ROOT, 'node_modules'), join(checkout, 'node_modules'), 'dir');
  fakeBin = join(dir, 'fake-bin');
  await mkdir(fakeBin);
  await writeFile(join(fakeBin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$1" >> "${join(dir, 'opened.txt')}"\n`);
  await chmod(join(fakeBin, 'xdg-open'), 0o755);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  url: string;
  output: () => { stdout: string; stderr: string };
}

/** A person's environment with its own home: nothing of Factdesk's or Electron's set. */
function personEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(FACTDESK_|ELECTRON_|XDG_|npm_)/.test(key)) env[key] = value;
  }
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    PATH: `${fakeBin}:${process.env.PATH ?? ''}`,
    ...extra,
  };
}

/** `npm start` in its own process group (so the whole tree can be stopped), until it prints a loopback URL. */
function npmStart(home: string, args: string[] = [], extra: Record<string, string> = {}): Promise<Started> {
  const child = spawn('npm', ['start', ...(args.length ? ['--', ...args] : [])], {
    cwd: checkout,
    env: personEnv(home, extra),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  const output = (): { stdout: string; stderr: string } => ({ stdout, stderr });
  return new Promise((resolve, reject) => {
    // Only a hang ends here: a minute is what the issue allows from `npm start` to a URL.
    const timer = setTimeout(() => reject(new Error(`No URL within a minute.\n${stdout}\n${stderr}`)), 60_000);
    // Ready once the URL is out (stdout) and the server has said which file it serves (stderr).
    const check = (): void => {
      const url = URL_LINE.exec(stdout)?.[0];
      if (url && stderr.includes('Factdesk is serving')) {
        clearTimeout(timer);
        resolve({ child, url, output });
      }
    };
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      check();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      check();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code}) before printing a URL.\n${stdout}\n${stderr}`));
    });
  });
}

/** SIGTERM to the whole process group (npm, the launcher, the server), then wait until none is left. */
async function stopTree(child: ChildProcess): Promise<void> {
  const group = child.pid!;
  const exited = child.exitCode !== null ? Promise.resolve() : new Promise<void>((r) => child.once('exit', () => r()));
  process.kill(-group, 'SIGTERM');
  await exited;
  await vi.waitFor(() => expect(groupAlive(group)).toBe(false), { timeout: 10_000, interval: 100 });
}

function groupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

async function fetchWorkbench(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return response.text();
}

describe('npm start without an Electron binary', () => {
  it('says so in one sentence, serves the workbench on the default database in the user-data folder and opens the browser', async () => {
    const home = join(dir, 'first-home');
    await mkdir(home);
    const started = await npmStart(home);
    try {
      expect(await fetchWorkbench(started.url)).toContain('<div id="root"></div>');
      const userData = join(home, '.config', 'factdesk');
      const { stderr } = started.output();
      expect(stderr).toContain(MISSING_SENTENCE);
      expect(stderr).not.toMatch(/^\s+at /m); // no stack trace
      expect(stderr).not.toContain('Electron uninstall');
      expect(stderr).toContain(`Factdesk is serving ${join(userData, 'factdesk.db')}`);
      expect(existsSync(join(userData, 'factdesk.db'))).toBe(true);
      // The desktop app's recent list now names it, as the app's own start would.
      expect(JSON.parse(await readFile(join(userData, 'recent-databases.json'), 'utf8'))).toEqual([join(userData, 'factdesk.db')]);
      await vi.waitFor(async () => expect(await readFile(join(dir, 'opened.txt'), 'utf8')).toContain(started.url), { timeout: 10_000 });
    } finally {
      await stopTree(started.child);
    }
    // Closed, not killed: the last connection's clean close folds the WAL back into the file.
    expect(existsSync(join(home, '.config', 'factdesk', 'factdesk.db-wal'))).toBe(false);
  });

  it('with --browser, serves the database opened last, without the sentence about Electron', async () => {
    const home = join(dir, 'returning-home');
    const userData = join(home, '.config', 'factdesk');
    await mkdir(userData, { recursive: true });
    const desk = join(dir, 'team.factdesk');
    expect((await cli(['verdicts', '--db', desk])).code).toBe(0); // made earlier, by the CLI
    await writeFile(join(userData, 'recent-databases.json'), JSON.stringify([desk]));
    const started = await npmStart(home, ['--browser']);
    try {
      expect(await fetchWorkbench(started.url)).toContain('<div id="root"></div>');
      const { stderr } = started.output();
      expect(stderr).toContain(`Factdesk is serving ${desk}`);
      expect(stderr).not.toContain(MISSING_SENTENCE);
      expect(existsSync(join(userData, 'factdesk.db'))).toBe(false);
    } finally {
      await stopTree(started.child);
    }
  });

  it('says why when the last database has gone, serves the default one and never recreates the lost file', async () => {
    const home = join(dir, 'moved-home');
    const userData = join(home, '.config', 'factdesk');
    await mkdir(userData, { recursive: true });
    const gone = join(dir, 'moved-away.factdesk');
    await writeFile(join(userData, 'recent-databases.json'), JSON.stringify([gone]));
    const started = await npmStart(home);
    try {
      const { stderr } = started.output();
      expect(stderr).toMatch(/^The last database could not be opened \(.*moved-away\.factdesk.*\); serving the default one instead\.$/m);
      expect(stderr).toContain(`Factdesk is serving ${join(userData, 'factdesk.db')}`);
      expect(existsSync(gone)).toBe(false);
    } finally {
      await stopTree(started.child);
    }
  });
});

describe('npm start with an Electron binary', () => {
  it('starts the desktop app through electron-vite preview, as before', async () => {
    const fakeElectron = join(dir, 'fake-electron');
    await writeFile(fakeElectron, `#!/bin/sh\necho "desktop app started with: $*"\n`);
    await chmod(fakeElectron, 0o755);
    const home = join(dir, 'desktop-home');
    await mkdir(home);
    const child = spawn('npm', ['start'], { cwd: checkout, env: personEnv(home, { ELECTRON_EXEC_PATH: fakeElectron }), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((r) => child.once('close', r));
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('desktop app started with:');
    expect(stdout).not.toMatch(URL_LINE);
    expect(stderr).not.toContain(MISSING_SENTENCE);
  });
});
