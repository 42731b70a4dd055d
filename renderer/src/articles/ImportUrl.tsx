// "Import from URL": a small form in the header for one or more web addresses, and an address
// pasted anywhere outside a text field, both handed to the core's importUrls (issue 13).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isHttpUrl } from '@common/domain/http-url';

/** The http(s) addresses in pasted or typed text, one per line or separated by spaces. */
export function webAddresses(text: string): string[] {
  return text
    .split(/\s+/)
    .map((t) => t.trim())
    .filter((t) => t !== '' && isHttpUrl(t));
}

export function ImportUrlButton({ onUrls, disabled }: { onUrls: (urls: string[]) => void; disabled: boolean }) {
  const { t } = useTranslation('workbench');
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const urls = webAddresses(value);
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} disabled={disabled}>
        {t('importUrl.button')}
      </button>
    );
  }
  return (
    <form
      className="import-url"
      aria-label={t('importUrl.form')}
      onSubmit={(e) => {
        e.preventDefault();
        if (urls.length === 0) return;
        onUrls(urls);
        setValue('');
        setOpen(false);
      }}
    >
      <input
        type="url"
        aria-label={t('importUrl.address')}
        placeholder={t('importUrl.placeholder')}
        value={value}
        autoFocus
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      />
      <button type="submit" className="primary" disabled={disabled || urls.length === 0}>
        {t('importUrl.fetch')}
      </button>
    </form>
  );
}

/** An address pasted into the window (not into a field or the reader) is imported. */
export function usePastedUrls(onUrls: (urls: string[]) => void, enabled: boolean): void {
  const handler = useRef(onUrls);
  useEffect(() => {
    handler.current = onUrls;
  });
  useEffect(() => {
    if (!enabled) return;
    const paste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null;
      // Pasting into a field or the editor is typing, not importing.
      if (target?.closest('input, textarea, [contenteditable="true"]')) return;
      const urls = webAddresses(e.clipboardData?.getData('text/plain') ?? '');
      if (urls.length === 0) return;
      e.preventDefault();
      handler.current(urls);
    };
    window.addEventListener('paste', paste);
    return () => window.removeEventListener('paste', paste);
  }, [enabled]);
}
