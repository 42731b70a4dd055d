// Keyboard-only helpers for the accessibility tests: reach a control with Tab (never a click),
// read what is focused and what is selected, and ask Chromium's accessibility tree (over CDP)
// what a screen reader is told about the focused element.
import type { Page } from 'playwright-core';

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, options: { back?: boolean; max?: number; text?: RegExp } = {}): Promise<void> {
  const { back = false, max = 60, text } = options;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const hit = await page.evaluate(
      ({ sel, pattern }) => {
        const el = document.activeElement;
        if (el === null || !el.matches(sel)) return false;
        return pattern === null || new RegExp(pattern).test(el.textContent ?? '');
      },
      { sel: selector, pattern: text?.source ?? null },
    );
    if (hit) return;
  }
  throw new Error(`Tab never reached ${selector}${text ? ` with text ${text}` : ''}`);
}

/** A short description of the focused element, for assertions and failure messages. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body) return 'body';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? '';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${name}`.trim();
  });
}

/** The text the page has selected. */
export function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}

export interface AccessibleNode {
  role: string;
  name: string;
  description: string;
}

/** What Chromium's accessibility tree says about the focused element (role, computed name and description). */
export async function focusedAccessibleNode(page: Page): Promise<AccessibleNode> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = (await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' })) as { result: { objectId?: string } };
    if (result.objectId === undefined) throw new Error('nothing focused');
    const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false })) as {
      nodes: { role?: { value?: string }; name?: { value?: string }; description?: { value?: string } }[];
    };
    const node = nodes[0];
    return { role: node?.role?.value ?? '', name: node?.name?.value ?? '', description: node?.description?.value ?? '' };
  } finally {
    await cdp.detach();
  }
}
