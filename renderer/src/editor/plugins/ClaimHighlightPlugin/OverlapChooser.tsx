// The small menu shown under overlapping highlights: one button per claim on those words (verdict,
// status and quote), Escape or a click elsewhere closes it.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface Choice {
  x: number;
  y: number;
  claims: { id: number; label: string }[];
}

export function OverlapChooser({ choice, onPick, onClose }: { choice: Choice; onPick: (id: number) => void; onClose: () => void }) {
  const { t } = useTranslation('workbench');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    const onDown = (e: MouseEvent) => {
      if (!(e.target instanceof Node) || !ref.current?.contains(e.target)) onClose();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onDown);
    };
  }, [onClose]);
  return (
    <div ref={ref} className="overlap-chooser" role="menu" aria-label={t('highlight.chooser')} style={{ left: choice.x, top: choice.y }}>
      {choice.claims.map((c) => (
        <button key={c.id} type="button" role="menuitem" onClick={() => onPick(c.id)}>
          {t('highlight.choice', { id: String(c.id), label: c.label })}
        </button>
      ))}
    </div>
  );
}
