// Opening a source's web address in the user's own browser when Factdesk runs as `factdesk serve`
// (the Electron app uses shell.openExternal instead). Only http(s) URLs, and never through a
// shell, so a crafted URL cannot become a command.
import { spawn } from 'node:child_process';
import { parseHttpUrl } from '@common/domain/http-url';

export function openerFor(platform: NodeJS.Platform, url: string): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  if (platform === 'win32') return ['rundll32', ['url.dll,FileProtocolHandler', url]];
  return ['xdg-open', [url]];
}

export function openInSystemBrowser(url: string, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  const parsed = parseHttpUrl(url);
  if (parsed === null) return Promise.resolve(false);
  const [command, args] = openerFor(platform, parsed.href);
  return new Promise((resolve) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', shell: false });
    child.once('error', () => resolve(false)); // no opener installed (e.g. a headless server)
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}
