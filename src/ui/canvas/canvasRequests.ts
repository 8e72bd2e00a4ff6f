/**
 * What other parts of the app ask of the canvas (commands, the inspector, shortcuts) without
 * holding React Flow: fit the view, bring a node into view, open a canvas dialog. One canvas is
 * mounted at a time, so a module-level channel is enough.
 */
export type CanvasRequest =
  | { type: 'fit' }
  /** Pan to a node (expanding its collapsed owner) and select it. */
  | { type: 'focus'; id: string }
  /** Open the "Go to resource" search. */
  | { type: 'goTo' }
  /** Open "Add dependency…" for a Sensor. */
  | { type: 'addDependency'; sensorId: string }
  /** Collapse or expand an EventSource or Sensor. */
  | { type: 'toggleCollapsed'; id: string };

const listeners = new Set<(r: CanvasRequest) => void>();

export function requestCanvas(request: CanvasRequest): void {
  for (const l of listeners) l(request);
}

export function onCanvasRequest(listener: (r: CanvasRequest) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
