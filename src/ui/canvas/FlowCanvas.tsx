import {
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
} from 'react';
import { NodeContextMenu } from './NodeContextMenu';
import { useSimulationStore } from '../../state/useSimulation';
import { DesignerStoreContext } from '../../state/useDesignerStore';
import { findCommand } from '../../app/commands';
import {
  applyNodeChanges,
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Edge,
  type NodeChange,
} from '@xyflow/react';
import { reuseUnchanged, sameEdge, sameNode } from './reuseElements';
import { useSimulatedEdges } from './useSimulatedEdges';
import '@xyflow/react/dist/style.css';
import { useDesignerStore } from '../../state/useDesignerStore';
import { selectDiagnostics, selectGraph } from '../../state/selectors';
import { NODE_TYPES } from './nodeTypes';
import { toFlowElements, type DesignFlowNode } from './toFlowElements';
import { useCanvasHandlers } from './useCanvasHandlers';
import { PALETTE_MIME } from '../palette/Palette';
import { findPaletteItem } from '../palette/paletteItems';
import { useAddFromPalette } from '../palette/useAddFromPalette';

/** The design graph on a React Flow canvas: drag, connect, delete, drop palette items. */
/** From this many nodes on, the canvas renders only the nodes in view. */
const LARGE_DESIGN_NODES = 300;

export function FlowCanvas() {
  const graph = useDesignerStore(selectGraph);
  const diagnostics = useDesignerStore(selectDiagnostics);
  const positions = useDesignerStore((s) => s.positions);
  const selected = useDesignerStore((s) => s.selectedNodeId);
  const selectNode = useDesignerStore((s) => s.selectNode);
  const previousEdges = useRef<Edge[]>([]);
  const derived = useMemo(() => {
    const fresh = toFlowElements(graph, diagnostics, positions);
    previousEdges.current = reuseUnchanged(previousEdges.current, fresh.edges, sameEdge);
    return { nodes: fresh.nodes, edges: previousEdges.current };
  }, [graph, diagnostics, positions]);
  const [selection, setSelection] = useState<ReadonlySet<string>>(
    () => new Set(selected ? [selected] : []),
  );
  // The store holds the primary selection (the inspector's node); the canvas may hold more. A
  // selection made elsewhere (YAML cursor, undo) replaces the canvas's unless it is already part of it.
  useEffect(() => {
    setSelection((current) =>
      selected === null
        ? current.size
          ? new Set()
          : current
        : current.has(selected)
          ? current
          : new Set([selected]),
    );
  }, [selected]);
  const [nodes, setNodes] = useState<DesignFlowNode[]>(derived.nodes);
  // Unchanged nodes keep the objects React Flow already measured, so an edit re-renders (and
  // re-measures) only the nodes it touched.
  useEffect(
    () =>
      setNodes((current) =>
        reuseUnchanged(
          current,
          derived.nodes.map((n) => (selection.has(n.id) ? { ...n, selected: true } : n)),
          sameNode,
        ),
      ),
    [derived.nodes, selection],
  );
  const handlers = useCanvasHandlers();
  const [menu, setMenu] = useState<{ x: number; y: number; node: DesignFlowNode } | null>(null);
  const closeMenu = useCallback(() => setMenu(null), []);
  const sim = useSimulationStore();
  const designer = useContext(DesignerStoreContext);
  const edges = useSimulatedEdges(derived.edges, derived.nodes);
  const onNodesChange = (all: NodeChange<DesignFlowNode>[]) => {
    // Removal goes through the design (onNodesDelete): a refused delete must leave the node shown.
    const changes = all.filter((c) => c.type !== 'remove');
    setNodes((ns) => applyNodeChanges(changes, ns));
    // Drags and arrow-key moves both end in position changes with dragging false: one history step.
    const settled = changes.flatMap((c) =>
      c.type === 'position' && c.dragging === false && c.position
        ? [{ id: c.id, position: c.position }]
        : [],
    );
    if (settled.length) handlers.onMoved(settled, nodes);
    const picks = changes.flatMap((c) => (c.type === 'select' ? [c] : []));
    if (picks.length === 0) return;
    const next = new Set(selection);
    let primary = selected;
    for (const c of picks) {
      if (c.selected) {
        next.add(c.id);
        primary = c.id;
      } else {
        next.delete(c.id);
        if (primary === c.id) primary = null;
      }
    }
    primary ??= [...next][0] ?? null;
    setSelection(next);
    if (primary !== selected) selectNode(primary);
  };
  const add = useAddFromPalette();
  const flow = useReactFlow();
  // When nodes are added or removed, bring the whole design into view.
  const idList = derived.nodes.map((n) => n.id).join('\n');
  useEffect(() => {
    const t = setTimeout(() => void flow.fitView({ padding: 0.12, maxZoom: 1.25 }), 30);
    return () => clearTimeout(t);
  }, [idList, flow]);

  const onDrop = (e: DragEvent) => {
    const item = findPaletteItem(e.dataTransfer.getData(PALETTE_MIME));
    if (!item) return;
    e.preventDefault();
    add(item, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
  };

  return (
    <div
      className="canvas"
      data-testid="canvas"
      onDragOver={(e) => e.dataTransfer.types.includes(PALETTE_MIME) && e.preventDefault()}
      onDrop={onDrop}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        onNodesChange={onNodesChange}
        onConnect={handlers.onConnect}
        onNodesDelete={handlers.onDelete}
        onNodeClick={(_, node) => selectNode(node.id)}
        onPaneClick={() => selectNode(null)}
        onNodeContextMenu={(e, node) => {
          e.preventDefault();
          selectNode(node.id);
          setMenu({ x: e.clientX, y: e.clientY, node });
        }}
        deleteKeyCode={['Delete', 'Backspace']}
        snapToGrid
        snapGrid={[10, 10]}
        fitView
        fitViewOptions={{ padding: 0.12, maxZoom: 1.25 }}
        // Big designs render only what is in view: an edit or a pan then lays out tens of cards, not
        // a thousand. Small designs keep every node in the page for Tab and screen readers.
        onlyRenderVisibleElements={nodes.length > LARGE_DESIGN_NODES}
        aria-label="Pipeline canvas"
        colorMode="system"
      >
        <Background gap={20} size={1} />
        <Controls />
        <MiniMap pannable zoomable ariaLabel="Canvas overview" nodeStrokeWidth={2} />
      </ReactFlow>
      {menu && designer && (
        <NodeContextMenu
          x={menu.x}
          y={menu.y}
          title={`${menu.node.data.label} actions`}
          onClose={closeMenu}
          items={[
            ...(menu.node.data.kind === 'event'
              ? [
                  {
                    label: 'Send a test event',
                    run: () =>
                      sim
                        .getState()
                        .chooseEvent(menu.node.data.simKey.replace(/^event:/, ''), true),
                  },
                ]
              : []),
            {
              label: 'Duplicate',
              run: () => void findCommand('designer:duplicate-selection')?.run(designer),
            },
            {
              label: 'Delete',
              run: () => void findCommand('designer:delete-selection')?.run(designer),
            },
          ]}
        />
      )}
    </div>
  );
}
