import {
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type MouseEvent,
} from 'react';
import { useStore } from 'zustand';
import {
  Background,
  ControlButton,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  getViewportForBounds,
  useReactFlow,
  useStore as useFlowStore,
  type Connection,
  type Node,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { NodeContextMenu, type MenuItem } from './NodeContextMenu';
import { useSimulationController, useSimulationStore } from '../../state/useSimulation';
import { sendTestEvent } from '../simulator/sendTestEvent';
import { useLayoutStore } from '../../state/useLayout';
import { DesignerStoreContext } from '../../state/useDesignerStore';
import { findCommand } from '../common/commands';
import { useSimulatedEdges } from './useSimulatedEdges';
import { EDGE_TYPES, NODE_TYPES } from './nodeTypes';
import type { DesignFlowNode } from './toFlowElements';
import { PALETTE_MIME } from '../palette/Palette';
import { findPaletteItem, paletteAction } from '../palette/paletteItems';
import type { CanvasStore } from './createCanvasStore';
import type { DesignerStore } from '../../state/createDesignerStore';
import { splitEventKey, parseNodeId } from '../../domain/graph/ids';
import { onCanvasRequest, requestCanvas } from './canvasRequests';
import { CanvasDialogs } from './CanvasDialogs';
import { useNodesBeforeEdges } from './useNodesBeforeEdges';
import { fitPadding } from './fitPadding';
import { OverviewLayer } from './OverviewLayer';
import {
  OVERVIEW_MIN_NODES,
  boxesBounds,
  needsFit,
  nodeAt,
  overviewBoxes,
  overviewLines,
  showsOverview,
} from './overviewModel';
/** Zoomed out this far a design of hundreds of resources fits (the overview rendering takes over). */
const MIN_ZOOM = 0.05;

/** A fit never magnifies a small design past this. */
const FIT_MAX_ZOOM = 1.25;

const NO_NODES: never[] = [];
const NO_EDGES: never[] = [];

/** The design graph on a React Flow canvas: drag, connect, delete, drop palette items. */
export function FlowCanvas({ canvas }: { canvas: CanvasStore }) {
  const designer = useContext(DesignerStoreContext)!;
  const nodes = useStore(canvas, (s) => s.nodes);
  const onNodesChange = useStore(canvas, (s) => s.onNodesChange);
  const edges = useSimulatedEdges(useStore(canvas, (s) => s.edges));
  const [menu, setMenu] = useState<{ x: number; y: number; node: DesignFlowNode } | null>(null);
  const [minimap, setMinimap] = useState(true);
  const closeMenu = useCallback(() => setMenu(null), []);
  const sim = useSimulationStore();
  const layout = useLayoutStore();
  const controller = useSimulationController();
  const flow = useReactFlow();
  const root = useRef<HTMLDivElement>(null);
  useNodesBeforeEdges(root);
  // When a design is opened or imported, the whole of it is brought into view; until then a big
  // design is the overview picture, not cards at the old view. An edit of a big design keeps the view.
  // Worked out per node list, not per render: the canvas re-renders on every simulator chunk.
  const idList = useMemo(() => nodes.map((n) => n.id).join('\n'), [nodes]);
  const [settled, setSettled] = useState<{
    idList: string;
    nodes: readonly DesignFlowNode[];
  } | null>(null);
  // The settled ids are made into a set only when the ids changed (a design of 130,000 nodes opened
  // over an empty one makes a set of none).
  const fitPending = useMemo(
    () =>
      settled?.idList !== idList &&
      needsFit(settled ? new Set(settled.nodes.map((n) => n.id)) : null, nodes),
    [settled, idList, nodes],
  );
  const settle = useCallback(() => setSettled({ idList, nodes }), [idList, nodes]);
  // A big design zoomed out is one canvas picture and React Flow holds no nodes: a pan, an import
  // or an edit lays out no cards at all. Fits and "Go to" work from the canvas store's nodes.
  const overview = useFlowStore((s) => showsOverview(nodes.length, s.transform[2], fitPending));
  const boxes = useMemo(() => (overview ? overviewBoxes(nodes) : []), [overview, nodes]);
  const lines = useMemo(
    () => (overview ? overviewLines(boxes, edges) : []),
    [overview, boxes, edges],
  );
  const onPaneClick = (e: MouseEvent) => {
    const id = overview
      ? nodeAt(boxes, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }))
      : null;
    // A node clicked on the overview is selected and zoomed in to (which leaves the overview).
    if (id) requestCanvas({ type: 'focus', id });
    else designer.getState().selectNode(null);
  };
  /** Fits the whole design, clear of the overview map when it shows (it does not on the overview). */
  const fit = useCallback(() => {
    const el = root.current;
    const all = canvas.getState().nodes;
    const bounds = boxesBounds(overviewBoxes(all));
    if (!el || !bounds) return;
    const rect = el.getBoundingClientRect();
    const at = (map: boolean) =>
      getViewportForBounds(
        bounds,
        rect.width,
        rect.height,
        MIN_ZOOM,
        FIT_MAX_ZOOM,
        fitPadding(bounds, rect, map),
      );
    const plain = at(false);
    void flow.setViewport(minimap && !showsOverview(all.length, plain.zoom) ? at(true) : plain);
  }, [flow, canvas, minimap]);
  // An edit that needs no fit settles at once (state adjusted while rendering, not in an effect).
  if (!fitPending && settled?.idList !== idList) settle();
  useEffect(() => {
    if (!fitPending) return;
    const t = setTimeout(() => {
      fit();
      settle();
    }, 30);
    return () => clearTimeout(t);
  }, [fit, fitPending, settle]);
  useEffect(
    () =>
      onCanvasRequest((r) => {
        if (r.type === 'toggleCollapsed') canvas.getState().toggleCollapsed(r.id);
        if (r.type === 'fit') setTimeout(fit, 30);
        if (r.type === 'focus') {
          canvas.getState().reveal(r.id);
          designer.getState().selectNode(r.id);
          // A frame later the node is on the canvas (an expanded owner has drawn its parts).
          requestAnimationFrame(() => {
            const box = overviewBoxes(canvas.getState().nodes).find((b) => b.id === r.id);
            if (!box) return;
            void flow
              .setCenter(box.x + box.width / 2, box.y + box.height / 2, {
                zoom: Math.max(flow.getZoom(), 0.9),
                duration: 200,
              })
              .then(() =>
                root.current
                  ?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(r.id)}"]`)
                  ?.focus({ preventScroll: true }),
              );
          });
        }
      }),
    [flow, canvas, designer, fit],
  );

  const onDrop = (e: DragEvent) => {
    const item = findPaletteItem(e.dataTransfer.getData(PALETTE_MIME));
    if (!item) return;
    e.preventDefault();
    const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    designer
      .getState()
      .dispatch({ ...paletteAction(item, designer.getState().selection.primary), at });
  };

  return (
    <div
      ref={root}
      className="canvas"
      data-testid="canvas"
      onDragOver={(e) => e.dataTransfer.types.includes(PALETTE_MIME) && e.preventDefault()}
      onDrop={onDrop}
    >
      <ReactFlow
        nodes={overview ? NO_NODES : nodes}
        edges={overview ? NO_EDGES : edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onConnect={(c: Connection) =>
          c.source &&
          c.target &&
          designer.getState().dispatch({ type: 'connect', source: c.source, target: c.target })
        }
        onNodesDelete={(deleted: Node[]) =>
          deleted.length > 0 &&
          designer.getState().dispatch({ type: 'deleteNodes', ids: deleted.map((n) => n.id) })
        }
        onPaneClick={onPaneClick}
        onNodeContextMenu={(e, node) => {
          e.preventDefault();
          designer.getState().selectNode(node.id);
          setMenu({ x: e.clientX, y: e.clientY, node });
        }}
        deleteKeyCode={['Delete', 'Backspace']}
        multiSelectionKeyCode={['Control', 'Meta']}
        snapToGrid
        snapGrid={[10, 10]}
        minZoom={MIN_ZOOM}
        // Big designs render only what is in view: an edit or a pan then lays out tens of cards, not
        // a thousand. Small designs keep every node in the page for Tab and screen readers.
        onlyRenderVisibleElements={nodes.length > OVERVIEW_MIN_NODES}
        aria-label="Pipeline canvas"
        colorMode="system"
      >
        <Background gap={20} size={1} />
        <Controls showFitView={false}>
          <ControlButton
            onClick={fit}
            className="react-flow__controls-fitview"
            aria-label="Fit the whole design in view"
            title="Fit the whole design in view"
          >
            <span aria-hidden="true">⤢</span>
          </ControlButton>
          <ControlButton
            onClick={() => setMinimap((m) => !m)}
            aria-pressed={minimap}
            aria-label={minimap ? 'Hide the overview map' : 'Show the overview map'}
            title={minimap ? 'Hide the overview map' : 'Show the overview map'}
          >
            <span aria-hidden="true">▣</span>
          </ControlButton>
          <ControlButton
            onClick={() => requestCanvas({ type: 'goTo' })}
            aria-label="Go to resource (Ctrl+F)"
            title="Go to resource (Ctrl+F)"
          >
            <span aria-hidden="true">⌕</span>
          </ControlButton>
        </Controls>
        {overview && <OverviewLayer boxes={boxes} lines={lines} />}
        {overview && (
          <Panel position="bottom-center" className="overview-hint" role="status">
            Overview: {nodes.length.toLocaleString('en-US')} nodes — zoom in or use Go to resource
            (Ctrl+F)
          </Panel>
        )}
        {minimap && !overview && (
          <MiniMap pannable zoomable ariaLabel="Canvas overview" nodeStrokeWidth={2} />
        )}
      </ReactFlow>
      {menu && (
        <NodeContextMenu
          x={menu.x}
          y={menu.y}
          title={`${menu.node.data.label} actions`}
          onClose={closeMenu}
          items={menuItems(menu.node, designer, (key) =>
            sendTestEvent(key, { designer, sim, layout, controller }),
          )}
        />
      )}
      <CanvasDialogs />
    </div>
  );
}

function menuItems(
  node: DesignFlowNode,
  designer: DesignerStore,
  send: (key: string) => void,
): MenuItem[] {
  const n = parseNodeId(node.id);
  const items: MenuItem[] = [];
  if (n?.kind === 'event')
    items.push({
      label: 'Send a test event',
      run: () => send(`${n.name}/${splitEventKey(n.key ?? '').eventName}`),
    });
  if (n?.kind === 'sensor')
    items.push({
      label: 'Add dependency…',
      run: () => requestCanvas({ type: 'addDependency', sensorId: node.id }),
    });
  if ((n?.kind === 'sensor' || n?.kind === 'eventSource') && node.data.parts)
    items.push({
      label: node.data.collapsed ? 'Expand' : 'Collapse',
      run: () => requestCanvas({ type: 'toggleCollapsed', id: node.id }),
    });
  items.push(
    {
      label: 'Duplicate',
      run: () => void findCommand('designer:duplicate-selection')?.run(designer),
    },
    { label: 'Delete', run: () => void findCommand('designer:delete-selection')?.run(designer) },
  );
  return items;
}
