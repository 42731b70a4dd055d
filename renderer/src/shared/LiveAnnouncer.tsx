// One polite live region for news a screen reader should hear without the focus moving: a
// colleague's edit, an import's progress. It is on the page from the start (a region inserted
// together with its text is often not read out) and is visually hidden: the same news is on
// screen elsewhere (the highlights, the import bar).
import { useEffect, useState } from 'react';

type Listener = (text: string) => void;
const listeners = new Set<Listener>();

/** Says `text` politely: after what the screen reader is reading now. */
export function announcePolitely(text: string): void {
  for (const listener of listeners) listener(text);
}

export function LiveAnnouncer() {
  const [said, setSaid] = useState({ text: '', serial: 0 });
  useEffect(() => {
    const listener: Listener = (text) => setSaid((last) => ({ text, serial: last.serial + 1 }));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  // The key renews the text node, so the same sentence twice is read twice.
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="live-announcer">
      <span key={said.serial}>{said.text}</span>
    </div>
  );
}
