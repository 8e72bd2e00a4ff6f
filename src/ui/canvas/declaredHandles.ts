import { Position, type NodeHandle } from '@xyflow/react';

/** The handles' drawn size (theme.css `.react-flow__handle`), in flow pixels. */
const HANDLE = 8;

/**
 * Where a node's connection handles are, declared up front as the DOM would measure them. React Flow
 * draws every node once to measure it unless its handles are known; with them declared, a big
 * design's first frame draws only the nodes in view (`onlyRenderVisibleElements`), not thousands.
 * A Sensor's frame has only a target, on its border; cards have a target left and a source right.
 */
export function declaredHandles(
  type: 'design' | 'sensorGroup',
  width: number,
  height: number,
): NodeHandle[] {
  const y = height / 2 - HANDLE / 2;
  const size = { width: HANDLE, height: HANDLE };
  if (type === 'sensorGroup')
    return [{ type: 'target', position: Position.Left, x: -HANDLE / 2, y, ...size }];
  return [
    { type: 'target', position: Position.Left, x: 0, y, ...size },
    { type: 'source', position: Position.Right, x: width - 5, y, ...size },
  ];
}
