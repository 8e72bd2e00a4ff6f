import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import type { DesignerState, DesignerStore, XY } from '../../state/createDesignerStore';
import { selectDiagnostics, selectGraph } from '../../state/selectors';
import { reuseUnchanged, sameEdge, sameNode } from './reuseElements';
import {
  flowElementSteps,
  toFlowElements,
  type DesignFlowEdge,
  type DesignFlowNode,
} from './toFlowElements';
import { placeNewNodes } from './placeNewNodes';
import { resourceNodeId } from '../../domain/graph/ids';
import {
  OVERVIEW_MIN_NODES,
  overviewBoxesWork,
  overviewLinesWork,
  type OverviewBox,
} from './overviewModel';
import { runInTasks, type TaskScheduler } from '../../lib/slicedWork';

interface CanvasState {
  /** The nodes React Flow draws: the design's, with what React Flow measured and the live drag. */
  nodes: DesignFlowNode[];
  edges: DesignFlowEdge[];
  /** EventSources and Sensors drawn without their parts (this design's view only, not its YAML). */
  collapsed: ReadonlySet<string>;
  /** Collapses or expands an EventSource or Sensor. */
  toggleCollapsed: (id: string) => void;
  /** Expands whatever hides this node (before going to it). */
  reveal: (id: string) => void;
  /** React Flow's changes: drags and measurements stay here, selection and settled moves go to the design. */
  onNodesChange: (changes: NodeChange<DesignFlowNode>[]) => void;
}

export type CanvasStore = StoreApi<CanvasState>;

/**
 * The canvas's view of a design, kept outside React: it follows the designer store (graph,
 * problems, positions, selection) and takes React Flow's changes. Unchanged nodes keep their
 * objects (and so what React Flow measured), so an edit re-renders only the nodes it touched.
 * Nodes an edit adds (palette, quick-fix, paste, duplicate) are moved off any node they would
 * cover, and that placement joins the edit's undo step.
 */
export function createCanvasStore(designer: DesignerStore): CanvasStore {
  /** The design's node ids at the last derive (collapsed parts included), to tell which are new. */
  let known: ReadonlySet<string> = new Set();
  const derive = (
    s: DesignerState,
    previous: CanvasState | null,
    collapsed: ReadonlySet<string>,
  ): Pick<CanvasState, 'nodes' | 'edges'> => {
    const graph = selectGraph(s);
    const fresh = toFlowElements(graph, selectDiagnostics(s), s.positions, null, collapsed);
    const before = known;
    known = new Set(graph.nodes.map((n) => n.id));
    const selected = new Set(s.selection.ids);
    const measured = new Map<string, NonNullable<DesignFlowNode['measured']>>();
    for (const n of previous?.nodes ?? []) if (n.measured) measured.set(n.id, n.measured);
    // Nothing selected or measured yet (a design just opened): the fresh nodes as they are, not
    // a copy of each (130,000 of them in a 10 MB file).
    let nodes =
      selected.size === 0 && measured.size === 0
        ? fresh.nodes
        : fresh.nodes.map((n) => ({
            ...n,
            selected: selected.has(n.id),
            ...(measured.get(n.id) ? { measured: measured.get(n.id) } : {}),
          }));
    const moved = s.readOnly ? {} : placeNewNodes(before, nodes);
    if (Object.keys(moved).length) {
      nodes = nodes.map((n) => (moved[n.id] ? { ...n, position: moved[n.id]! } : n));
      // Outside the store update that is running; folded into the edit's undo step.
      queueMicrotask(() =>
        designer.getState().dispatch({ type: 'moveNodes', positions: moved }, 'merge'),
      );
    }
    return {
      nodes: reuseUnchanged(previous?.nodes ?? [], nodes, sameNode),
      edges: reuseUnchanged(previous?.edges ?? [], fresh.edges, sameEdge),
    };
  };
  const setCollapsed = (collapsed: ReadonlySet<string>) =>
    canvas.setState({ collapsed, ...derive(designer.getState(), canvas.getState(), collapsed) });
  const canvas = createStore<CanvasState>()((set, get) => ({
    ...derive(designer.getState(), null, new Set()),
    collapsed: new Set(),
    toggleCollapsed: (id) => {
      const next = new Set(get().collapsed);
      if (!next.delete(id)) next.add(id);
      setCollapsed(next);
    },
    reveal: (id) => {
      const owner = resourceNodeId(id);
      if (owner && owner !== id && get().collapsed.has(owner)) {
        const next = new Set(get().collapsed);
        next.delete(owner);
        setCollapsed(next);
      }
    },
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
      const moved: Record<string, XY> = {};
      for (const c of changes)
        if (c.type === 'position' && c.dragging === false && c.position) {
          if (current.find((n) => n.id === c.id)?.parentId) continue;
          moved[c.id] = { x: Math.round(c.position.x), y: Math.round(c.position.y) };
        }
      if (Object.keys(moved).length)
        designer.getState().dispatch({ type: 'moveNodes', positions: moved });
    },
  }));
  // A big design's new analysis is built over many short tasks after the one that received it
  // from the worker, then drawn in one of its own: no task while opening does it all.
  /** Stops the build under way, if any. */
  let pending: (() => void) | null = null;
  const redraw = () => {
    pending = null;
    canvas.setState(derive(designer.getState(), canvas.getState(), canvas.getState().collapsed));
  };
  // The overview picture's boxes and lines are worked out in tasks too, then the nodes are set (the
  // canvas finds the picture's parts done); what changed meanwhile is derived again then.
  const drawBig = () => {
    const from = designer.getState();
    const next = derive(from, canvas.getState(), canvas.getState().collapsed);
    let boxes: OverviewBox[] = [];
    pending = runInTasks(
      [
        function* () {
          boxes = yield* overviewBoxesWork(next.nodes);
        },
        () => overviewLinesWork(boxes, next.edges),
      ],
      () => {
        if (designer.getState() !== from) return redraw();
        pending = null;
        canvas.setState(next);
      },
      timers,
    );
  };
  designer.subscribe((s, prev) => {
    if (
      s.goodAnalysis === prev.goodAnalysis &&
      s.analysis === prev.analysis &&
      s.positions === prev.positions &&
      s.selection === prev.selection
    )
      return;
    if (pending) {
      // A build under way draws the state it finds when it ends; a new analysis starts over.
      if (s.goodAnalysis === prev.goodAnalysis) return;
      pending();
      pending = null;
    }
    const onlySelection =
      s.goodAnalysis === prev.goodAnalysis &&
      s.analysis === prev.analysis &&
      s.positions === prev.positions;
    if (onlySelection) {
      canvas.setState({ nodes: reselect(canvas.getState().nodes, s.selection.ids) });
      return;
    }
    if (s.goodAnalysis !== prev.goodAnalysis && selectGraph(s).nodes.length > OVERVIEW_MIN_NODES) {
      const steps = flowElementSteps(
        selectGraph(s),
        selectDiagnostics(s),
        s.positions,
        canvas.getState().collapsed,
      );
      pending = runInTasks(steps, drawBig, timers);
    } else redraw();
  });
  return canvas;
}

const timers: TaskScheduler = {
  later: (task) => void setTimeout(task, 0),
  now: () => performance.now(),
};

/** The nodes with `ids` selected: only nodes whose selection changed are new objects. */
function reselect(nodes: DesignFlowNode[], ids: readonly string[]): DesignFlowNode[] {
  const selected = new Set(ids);
  let changed = false;
  const next = nodes.map((n) => {
    const on = selected.has(n.id);
    if ((n.selected ?? false) === on) return n;
    changed = true;
    return { ...n, selected: on };
  });
  return changed ? next : nodes;
}
