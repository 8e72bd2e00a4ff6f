import { useEffect, useState } from 'react';
import { useDesignerStore } from '../../state/useDesignerStore';

/** Shows the latest notice (a refused connection, an invalid name) for a few seconds. */
export function Notice() {
  const notice = useDesignerStore((s) => s.notice);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!notice) return;
    setVisible(true);
    const t = setTimeout(() => setVisible(false), 6000);
    return () => clearTimeout(t);
  }, [notice]);
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
