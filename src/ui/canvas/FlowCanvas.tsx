import { useMemo } from 'react';
import { Background, Controls, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useDesignerStore } from '../../state/useDesignerStore';
import { selectDiagnostics, selectGraph } from '../../state/selectors';
import { NODE_TYPES } from './nodeTypes';
import { toFlowElements } from './toFlowElements';

/** The design graph on a React Flow canvas (read-only in this version; editing comes later). */
export function FlowCanvas() {
  const graph = useDesignerStore(selectGraph);
  const diagnostics = useDesignerStore(selectDiagnostics);
  const selectNode = useDesignerStore((s) => s.selectNode);
  const { nodes, edges } = useMemo(() => toFlowElements(graph, diagnostics), [graph, diagnostics]);
  return (
    <div className="canvas" data-testid="canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        fitView
        fitViewOptions={{ padding: 0.12, maxZoom: 1.25 }}
        nodesDraggable={false}
        nodesConnectable={false}
        onNodeClick={(_, node) => selectNode(node.id)}
        onPaneClick={() => selectNode(null)}
        aria-label="Pipeline canvas"
      >
        <Background gap={20} size={1} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
