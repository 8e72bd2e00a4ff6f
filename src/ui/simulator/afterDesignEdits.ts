import type { DesignerState, DesignerStore } from '../../state/createDesignerStore';

/**
 * Runs `run` now, then again `delayMs` after the last of a burst of changes that `changed` cares about
 * (typing re-checks once, not per key). Returns the function that stops it.
 */
export function afterDesignEdits(
  designer: DesignerStore,
  changed: (s: DesignerState, prev: DesignerState) => boolean,
  run: () => void,
  delayMs: number,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  run();
  const unsubscribe = designer.subscribe((s, prev) => {
    if (!changed(s, prev)) return;
    clearTimeout(timer);
    timer = setTimeout(run, delayMs);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
