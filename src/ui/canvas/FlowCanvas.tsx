import { useCallback, useContext, useEffect, useState, type DragEvent } from 'react';
import { useStore } from 'zustand';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type Node,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { NodeContextMenu } from './NodeContextMenu';
import { useSimulationController, useSimulationStore } from '../../state/useSimulation';
import { sendTestEvent } from '../simulator/sendTestEvent';
import { useLayoutStore } from '../../state/useLayout';
import { DesignerStoreContext } from '../../state/useDesignerStore';
import { findCommand } from '../common/commands';
import { useSimulatedEdges } from './useSimulatedEdges';
import { NODE_TYPES } from './nodeTypes';
import type { DesignFlowNode } from './toFlowElements';
import { PALETTE_MIME } from '../palette/Palette';
import { findPaletteItem, paletteAction } from '../palette/paletteItems';
import type { CanvasStore } from './createCanvasStore';
import type { DesignerStore } from '../../state/createDesignerStore';
import { splitEventKey, parseNodeId } from '../../domain/graph/ids';

/** From this many nodes on, the canvas renders only the nodes in view. */
const LARGE_DESIGN_NODES = 300;

/** The design graph on a React Flow canvas: drag, connect, delete, drop palette items. */
export function FlowCanvas({ canvas }: { canvas: CanvasStore }) {
  const designer = useContext(DesignerStoreContext)!;
  const nodes = useStore(canvas, (s) => s.nodes);
  const onNodesChange = useStore(canvas, (s) => s.onNodesChange);
  const edges = useSimulatedEdges(useStore(canvas, (s) => s.edges));
  const [menu, setMenu] = useState<{ x: number; y: number; node: DesignFlowNode } | null>(null);
  const closeMenu = useCallback(() => setMenu(null), []);
  const sim = useSimulationStore();
  const layout = useLayoutStore();
  const controller = useSimulationController();
  const flow = useReactFlow();
  // When nodes are added or removed, bring the whole design into view.
  const idList = nodes.map((n) => n.id).join('\n');
  useEffect(() => {
    const t = setTimeout(() => void flow.fitView({ padding: 0.12, maxZoom: 1.25 }), 30);
    return () => clearTimeout(t);
  }, [idList, flow]);

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
        onConnect={(c: Connection) =>
          c.source &&
          c.target &&
          designer.getState().dispatch({ type: 'connect', source: c.source, target: c.target })
        }
        onNodesDelete={(deleted: Node[]) =>
          deleted.length > 0 &&
          designer.getState().dispatch({ type: 'deleteNodes', ids: deleted.map((n) => n.id) })
        }
        onPaneClick={() => designer.getState().selectNode(null)}
        onNodeContextMenu={(e, node) => {
          e.preventDefault();
          designer.getState().selectNode(node.id);
          setMenu({ x: e.clientX, y: e.clientY, node });
        }}
        deleteKeyCode={['Delete', 'Backspace']}
        multiSelectionKeyCode={['Control', 'Meta']}
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
    </div>
  );
}

function menuItems(node: DesignFlowNode, designer: DesignerStore, send: (key: string) => void) {
  const n = parseNodeId(node.id);
  return [
    ...(n?.kind === 'event'
      ? [
          {
            label: 'Send a test event',
            run: () => send(`${n.name}/${splitEventKey(n.key ?? '').eventName}`),
          },
        ]
      : []),
    {
      label: 'Duplicate',
      run: () => void findCommand('designer:duplicate-selection')?.run(designer),
    },
    { label: 'Delete', run: () => void findCommand('designer:delete-selection')?.run(designer) },
  ];
}
