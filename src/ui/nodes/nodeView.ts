import { useConnection, useStore } from '@xyflow/react';

/** Below this zoom nodes are drawn as their names only (the overview). */
const OVERVIEW_ZOOM = 0.5;
/** Zoom steps of the overview: nodes re-render when a step is crossed, not on every frame of a zoom. */
const STEPS = [0.45, 0.35, 0.28, 0.22, 0.16, 0.12, 0.08, 0.05];

/**
 * The overview step the canvas is zoomed out to, or null at reading zoom. Only the step is
 * selected, so zooming re-renders each node a handful of times, not once per frame.
 */
export function useOverviewStep(): number | null {
  return useStore((s) => {
    const z = s.transform[2];
    if (z >= OVERVIEW_ZOOM) return null;
    return STEPS.find((step) => z >= step) ?? STEPS.at(-1)!;
  });
}

/** Font size (flow pixels) that reads as about 12 screen pixels at `step`, at most `max`. */
export function overviewFontSize(step: number, max: number): number {
  return Math.min(max, Math.round(12 / step));
}

/** While a connection is being drawn from another node, this node's whole box takes the drop. */
export function useTakesDrop(id: string): boolean {
  return useConnection((c) => c.inProgress && c.fromNode.id !== id);
}
