import { useEffect, useMemo, useState, type DragEvent } from 'react';
import { applyNodeChanges, Background, Controls, MiniMap, ReactFlow, useReactFlow, type NodeChange } from '@xyflow/react';
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
export function FlowCanvas() {
  const graph = useDesignerStore(selectGraph);
  const diagnostics = useDesignerStore(selectDiagnostics);
  const positions = useDesignerStore((s) => s.positions);
  const selected = useDesignerStore((s) => s.selectedNodeId);
  const selectNode = useDesignerStore((s) => s.selectNode);
  const derived = useMemo(() => toFlowElements(graph, diagnostics, positions, selected), [graph, diagnostics, positions, selected]);
  const [nodes, setNodes] = useState<DesignFlowNode[]>(derived.nodes);
  useEffect(() => setNodes(derived.nodes), [derived.nodes]);
  const handlers = useCanvasHandlers();
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
    <div className="canvas" data-testid="canvas" onDragOver={(e) => e.dataTransfer.types.includes(PALETTE_MIME) && e.preventDefault()} onDrop={onDrop}>
      <ReactFlow
        nodes={nodes}
        edges={derived.edges}
        nodeTypes={NODE_TYPES}
        onNodesChange={(changes: NodeChange<DesignFlowNode>[]) => setNodes((ns) => applyNodeChanges(changes, ns))}
        onNodeDragStop={(_, __, dragged) => handlers.onDragStop(dragged)}
        onConnect={handlers.onConnect}
        onNodesDelete={handlers.onDelete}
        onNodeClick={(_, node) => selectNode(node.id)}
        onPaneClick={() => selectNode(null)}
        deleteKeyCode={['Delete', 'Backspace']}
        snapToGrid
        snapGrid={[10, 10]}
        fitView
        fitViewOptions={{ padding: 0.12, maxZoom: 1.25 }}
        aria-label="Pipeline canvas"
        colorMode="system"
      >
        <Background gap={20} size={1} />
        <Controls />
        <MiniMap pannable zoomable ariaLabel="Canvas overview" nodeStrokeWidth={2} />
      </ReactFlow>
    </div>
  );
}
