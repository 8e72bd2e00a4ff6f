import { useEffect, useRef } from 'react';

/** A <dialog> shown as a modal while `open` (Escape and Close both end in the dialog's onClose). */
export function useModal(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    else if (!open && d.open) d.close();
  }, [open]);
  return dialog;
}
