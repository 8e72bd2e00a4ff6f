import type { FitViewOptions } from '@xyflow/react';

const EDGE = 24;
/** The overview map's corner (React Flow's 200 × 150 map, 15 px from the edges, and a gap). */
const MAP = { width: 236, height: 186 };

/**
 * Padding for a fit that keeps every node clear of the overview map in the bottom-right corner:
 * room is kept beside the map or above it, whichever leaves the design larger.
 */
export function fitPadding(
  bounds: { width: number; height: number },
  canvas: { width: number; height: number },
  minimap: boolean,
): NonNullable<FitViewOptions['padding']> {
  const px = (n: number) => `${n}px` as const;
  const plain = { top: px(EDGE), left: px(EDGE), bottom: px(EDGE), right: px(EDGE) };
  if (!minimap || bounds.width <= 0 || bounds.height <= 0) return plain;
  const zoom = (right: number, bottom: number) =>
    Math.min(
      (canvas.width - EDGE - right) / bounds.width,
      (canvas.height - EDGE - bottom) / bounds.height,
    );
  return zoom(MAP.width, EDGE) >= zoom(EDGE, MAP.height)
    ? { ...plain, right: px(MAP.width) }
    : { ...plain, bottom: px(MAP.height) };
}
