// Where the Electron window's page comes from (issue 10, point 13): the dev server only in an
// unpackaged run; otherwise the built renderer over app://, from its own folder and nowhere else.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, appProtocolHandler, isAppUrl, rendererUrl } from '../../main/shell/app-protocol';

describe('the renderer URL', () => {
  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(rendererUrl(true, 'http://evil.example/')).toBe(APP_ENTRY_URL);
    expect(rendererUrl(false, 'http://localhost:5173')).toBe('http://localhost:5173');
    expect(rendererUrl(false, undefined)).toBe('app://factdesk/index.html');
  });

  it('compares origins, not prefixes', () => {
    expect(isAppUrl('app://factdesk/assets/x.js', APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://factdesk.evil/index.html', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('http://localhost:5173.evil.example/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('file:///etc/passwd', 'file:///opt/factdesk/index.html')).toBe(false);
    expect(isAppUrl('not a url', APP_ENTRY_URL)).toBe(false);
  });
});

describe('the app:// handler', () => {
  it('serves files under the renderer folder with their type, and refuses the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-app-protocol-'));
    const root = join(dir, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'export {}');
    await writeFile(join(dir, 'secret.txt'), 'secret');
    const serve = appProtocolHandler(root, "default-src 'self'");
    const script = await serve(new Request('app://factdesk/assets/app.js'));
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await serve(new Request('app://factdesk/'))).status).toBe(200);
    expect((await serve(new Request('app://factdesk/assets/missing.js'))).status).toBe(404);
    for (const url of ['app://factdesk/..%2fsecret.txt', 'app://factdesk/assets/..%2f..%2fsecret.txt', 'app://factdesk/%00', 'app://factdesk/%E0%A4%A']) {
      const r = await serve(new Request(url));
      expect(r.status, url).toBeGreaterThanOrEqual(400);
      expect(await r.text()).not.toContain('secret');
    }
  });
});
