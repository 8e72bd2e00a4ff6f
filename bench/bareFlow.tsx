// Baseline for the canvas benchmark: the same nodes and edges as the app shows for the generated
// design, on a plain React Flow with its default node type and nothing else on the page.
import { createRoot } from 'react-dom/client';
import { ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { parseDesign } from '../src/domain/design/design';
import { manifestsToGraph } from '../src/domain/graph/manifestsToGraph';
import { toFlowElements } from '../src/ui/canvas/toFlowElements';
import { generateDesign } from '../scripts/benchDesign';

const graph = manifestsToGraph(parseDesign([{ path: 'big.yaml', text: generateDesign(125) }]));
const { nodes, edges } = toFlowElements(graph, []);
const plain = nodes.map(({ type: _type, data, ...n }) => ({ ...n, data: { label: data.label } }));
// React Flow's default edge (the app's named edge draws the same curve).
const plainEdges = edges.map(({ type: _type, ...e }) => e);

createRoot(document.getElementById('root')!).render(
  <div style={{ width: '100vw', height: '100vh' }} data-testid="canvas">
    {/* Fitted as the app fits: the whole design in view, as far out as the app zooms. */}
    <ReactFlow
      nodes={plain}
      edges={plainEdges}
      minZoom={0.05}
      fitView
      fitViewOptions={{ minZoom: 0.05, includeHiddenNodes: true }}
    />
  </div>,
);
