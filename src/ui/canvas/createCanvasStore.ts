import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyNodeChanges, type Edge, type NodeChange } from '@xyflow/react';
import type { DesignerState, DesignerStore } from '../../state/createDesignerStore';
import { selectDiagnostics, selectGraph } from '../../state/selectors';
import { reuseUnchanged, sameEdge, sameNode } from './reuseElements';
import { toFlowElements, type DesignFlowNode } from './toFlowElements';

export interface CanvasState {
  /** The nodes React Flow draws: the design's, with what React Flow measured and the live drag. */
  nodes: DesignFlowNode[];
  edges: Edge[];
  /** React Flow's changes: drags and measurements stay here, selection and settled moves go to the design. */
  onNodesChange: (changes: NodeChange<DesignFlowNode>[]) => void;
}

export type CanvasStore = StoreApi<CanvasState>;

/**
 * The canvas's view of a design, kept outside React: it follows the designer store (graph,
 * problems, positions, selection) and takes React Flow's changes. Unchanged nodes keep their
 * objects (and so what React Flow measured), so an edit re-renders only the nodes it touched.
 */
export function createCanvasStore(designer: DesignerStore): CanvasStore {
  const derive = (s: DesignerState, previous: CanvasState | null) => {
    const fresh = toFlowElements(selectGraph(s), selectDiagnostics(s), s.positions);
    const selected = new Set(s.selection.ids);
    const measured = new Map(previous?.nodes.map((n) => [n.id, n.measured]) ?? []);
    const nodes = fresh.nodes.map((n) => ({
      ...n,
      selected: selected.has(n.id),
      ...(measured.get(n.id) ? { measured: measured.get(n.id) } : {}),
    }));
    return {
      nodes: reuseUnchanged(previous?.nodes ?? [], nodes, sameNode),
      edges: reuseUnchanged(previous?.edges ?? [], fresh.edges, sameEdge),
    };
  };
  const canvas = createStore<CanvasState>()((set, get) => ({
    ...derive(designer.getState(), null),
    onNodesChange: (all) => {
      // Removal goes through the design (the Delete key's onNodesDelete): a refused delete must
      // leave the node shown.
      const changes = all.filter((c) => c.type !== 'remove');
      const current = get().nodes;
      set({ nodes: applyNodeChanges(changes, current) });
      const picks = changes.flatMap((c) => (c.type === 'select' ? [c] : []));
      if (picks.length) {
        const { selection, select } = designer.getState();
        const ids = new Set(selection.ids);
        let primary = selection.primary;
        for (const c of picks) {
          if (c.selected) {
            ids.add(c.id);
            primary = c.id;
          } else ids.delete(c.id);
        }
        select([...ids], primary);
      }
      // Drags and arrow-key moves end in position changes with dragging false: one history step.
      // Nodes inside a Sensor are laid out by it, so only top-level positions are kept.
      const moved: Record<string, { x: number; y: number }> = {};
      for (const c of changes)
        if (c.type === 'position' && c.dragging === false && c.position) {
          if (current.find((n) => n.id === c.id)?.parentId) continue;
          moved[c.id] = { x: Math.round(c.position.x), y: Math.round(c.position.y) };
        }
      if (Object.keys(moved).length)
        designer.getState().dispatch({ type: 'moveNodes', positions: moved });
    },
  }));
  designer.subscribe((s, prev) => {
    if (
      s.goodAnalysis === prev.goodAnalysis &&
      s.analysis === prev.analysis &&
      s.positions === prev.positions &&
      s.selection === prev.selection
    )
      return;
    canvas.setState(derive(s, canvas.getState()));
  });
  return canvas;
}
