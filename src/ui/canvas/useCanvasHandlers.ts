import { useContext } from 'react';
import type { Connection, Node, XYPosition } from '@xyflow/react';
import { parseNodeId } from '../../domain/graph/ids';
import {
  connectBus,
  connectDependencyToTrigger,
  connectEventToSensor,
  deleteNode,
  type EditResult,
} from '../../domain/edit/designEdits';
import type { DesignFile } from '../../domain/design/design';
import { DesignerStoreContext } from '../../state/useDesignerStore';
import { KIND_LABEL } from '../nodes/kindLabels';

/** Decides what a new connection means in the design, or why it is not allowed. */
export function connectionEdit(
  source: string,
  target: string,
): ((files: DesignFile[]) => EditResult) | string {
  const a = parseNodeId(source);
  const b = parseNodeId(target);
  if (!a || !b) return 'that connection does not mean anything';
  if (
    a.kind === 'event' &&
    (b.kind === 'sensor' || b.kind === 'dependency' || b.kind === 'trigger')
  )
    return (f) => connectEventToSensor(f, source, target);
  if (a.kind === 'dependency' && b.kind === 'trigger')
    return (f) => connectDependencyToTrigger(f, source, target);
  if (a.kind === 'eventBus' && (b.kind === 'eventSource' || b.kind === 'sensor'))
    return (f) => connectBus(f, source, target);
  if ((a.kind === 'eventSource' || a.kind === 'sensor') && b.kind === 'eventBus')
    return (f) => connectBus(f, target, source);
  return `an ${KIND_LABEL[a.kind]} cannot be connected to a ${KIND_LABEL[b.kind]}: connect an event to a Sensor, a dependency to a trigger, or an EventBus to a source or sensor`;
}

/** Store actions behind the canvas gestures. */
export function useCanvasHandlers() {
  const store = useContext(DesignerStoreContext);
  return {
    onConnect(c: Connection) {
      if (!store || !c.source || !c.target) return;
      const edit = connectionEdit(c.source, c.target);
      if (typeof edit === 'string') store.getState().showNotice(edit);
      else store.getState().applyEdit(edit);
    },
    onDelete(nodes: Node[]) {
      if (!store || nodes.length === 0) return;
      // Children first, so deleting a Sensor together with its trigger is one consistent edit.
      const ids = nodes
        .map((n) => n.id)
        .sort((x, y) => (x.startsWith('sensor:') ? 1 : 0) - (y.startsWith('sensor:') ? 1 : 0));
      store.getState().applyEdit((files) => {
        let current = files;
        for (const id of ids) {
          const r = deleteNode(current, id);
          if (r.ok) current = r.files;
        }
        return { ok: true, files: current };
      });
    },
    /** Keeps the settled positions of top-level nodes; nodes inside a Sensor are laid out by it. */
    onMoved(moves: { id: string; position: XYPosition }[], nodes: readonly Node[]) {
      if (!store) return;
      const moved: Record<string, XYPosition> = {};
      for (const m of moves)
        if (!nodes.find((n) => n.id === m.id)?.parentId)
          moved[m.id] = { x: Math.round(m.position.x), y: Math.round(m.position.y) };
      if (Object.keys(moved).length) store.getState().moveNodes(moved);
    },
  };
}
