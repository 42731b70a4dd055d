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
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('denies new windows and navigation away from the app', () => {
    type Listener = (event: { preventDefault(): void; url?: string; isMainFrame?: boolean }, url?: string) => void;
    const listeners = new Map<string, Listener>();
    let openHandler: ((d: { url: string }) => { action: 'deny' }) | undefined;
    const contents: GuardedContents = {
      setWindowOpenHandler: (h: (d: { url: string }) => { action: 'deny' }) => (openHandler = h),
      on: (event: string, listener: Listener) => listeners.set(event, listener),
    } as unknown as GuardedContents;
    const opened: string[] = [];
    guardNavigation(contents, 'app://factdesk/index.html', (u) => opened.push(u));

    expect(openHandler!({ url: 'https://example.org/evidence' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.org/evidence']);

    let prevented = 0;
    const event = { preventDefault: () => void prevented++ };
    listeners.get('will-navigate')!(event, 'https://evil.example/');
    listeners.get('will-redirect')!(event, 'file:///etc/passwd');
    expect(prevented).toBe(2);
    listeners.get('will-navigate')!(event, 'app://factdesk/index.html');
    expect(prevented).toBe(2);
    listeners.get('will-navigate')!(event, 'app://factdesk.evil/index.html');
    expect(prevented).toBe(3);
    listeners.get('will-attach-webview')!(event);
    expect(prevented).toBe(4);

    // Every frame, not only the main one: a frame inside the page holds only an inline document.
    const frameNavigation = listeners.get('will-frame-navigate')!;
    frameNavigation({ ...event, url: 'https://evil.example/', isMainFrame: false });
    frameNavigation({ ...event, url: 'app://factdesk/index.html', isMainFrame: false });
    frameNavigation({ ...event, url: 'https://evil.example/', isMainFrame: true });
    expect(prevented).toBe(7);
    frameNavigation({ ...event, url: 'about:srcdoc', isMainFrame: false });
    frameNavigation({ ...event, url: 'app://factdesk/index.html', isMainFrame: true });
    expect(prevented).toBe(7);
  });
});
