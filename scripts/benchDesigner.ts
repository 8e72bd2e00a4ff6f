// Designer part of `npm run bench`: the work between a YAML edit and a canvas update at 1,000 nodes
// (parse, graph, validation, layout and React Flow elements), measured without the browser.
import { parseDesign } from '../src/domain/design/design';
import { manifestsToGraph } from '../src/domain/graph/manifestsToGraph';
import { validateDesign } from '../src/domain/validation/validate';
import { toFlowElements } from '../src/ui/canvas/toFlowElements';
import { generateDesign } from './benchDesign';

export function benchDesigner(): { nodes: number; textToCanvasMs: number } {
  // 1 bus + per source: source, 2 events, sensor, 2 dependencies, 2 triggers = 8 nodes.
  const text = generateDesign(125);
  const run = () => {
    const parsed = parseDesign([{ path: 'big.yaml', text: text.replace('version: latest', `version: v${Math.random()}`) }]);
    const graph = manifestsToGraph(parsed);
    const diagnostics = validateDesign(parsed);
    return { graph, flow: toFlowElements(graph, diagnostics) };
  };
  const first = run();
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return { nodes: first.graph.nodes.length, textToCanvasMs: best };
}
