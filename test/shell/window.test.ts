// The window's security settings and navigation guards, with a fake WebContents.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, guardNavigation, mainWindowOptions, type GuardedContents } from '../../main/shell/window';

describe('main window', () => {
  it('is sandboxed and isolated, with no Node in the page', () => {
    const prefs = mainWindowOptions('/app/out/preload/index.cjs').webPreferences!;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(prefs.preload).toMatch(/\.cjs$/);
  });

  it('has a CSP that allows no remote or inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('denies new windows and navigation away from the app', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
    let openHandler: ((d: { url: string }) => { action: 'deny' }) | undefined;
    const contents: GuardedContents = {
      setWindowOpenHandler: (h) => (openHandler = h),
      on: (event: string, listener: (event: { preventDefault(): void }, url?: string) => void) =>
        listeners.set(event, listener),
    } as GuardedContents;
    const opened: string[] = [];
    guardNavigation(contents, 'file:///app/out/renderer/', (u) => opened.push(u));

    expect(openHandler!({ url: 'https://example.org/evidence' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.org/evidence']);

    let prevented = 0;
    const event = { preventDefault: () => void prevented++ };
    listeners.get('will-navigate')!(event, 'https://evil.example/');
    listeners.get('will-redirect')!(event, 'file:///etc/passwd');
    expect(prevented).toBe(2);
    listeners.get('will-navigate')!(event, 'file:///app/out/renderer/index.html');
    expect(prevented).toBe(2);
    listeners.get('will-attach-webview')!(event);
    expect(prevented).toBe(3);
  });
});
