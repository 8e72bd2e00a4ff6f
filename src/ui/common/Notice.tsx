import { useEffect, useState } from 'react';
import { useDesignerStore } from '../../state/useDesignerStore';

/** Shows the latest notice (a refused connection, an invalid name) for a few seconds. */
export function Notice() {
  const notice = useDesignerStore((s) => s.notice);
  // Each notice shows until its own timer hides it; a newer notice (a new seq) shows afresh.
  const [hidden, setHidden] = useState<number | null>(null);
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => setHidden(notice.seq), 6000);
    return () => clearTimeout(t);
  }, [notice]);
  const visible = notice !== null && notice.seq !== hidden;
  return (
    <div
      role="status"
      aria-live="polite"
      className={`notice${visible && notice ? ' is-visible' : ''}`}
    >
      {visible && notice ? notice.text : ''}
    </div>
  );
}
