// Designer part of `npm run bench`: the work between a YAML edit and a canvas update at 1,000 nodes
// (parse, graph, validation, layout and React Flow elements), measured without the browser.
import { parseDesign } from '../src/domain/design/design';
import { manifestsToGraph } from '../src/domain/graph/manifestsToGraph';
import { validateDesign } from '../src/domain/validation/validate';
import { toFlowElements } from '../src/ui/canvas/toFlowElements';
import { generateDesign } from './benchDesign';
import { parseAllDocuments } from 'yaml';
import { autoLayout } from '../src/ui/canvas/autoLayout';
import { join } from 'node:path';
import { loadExampleFiles } from '../src/test/exampleFiles';

/** The fastest of `rounds` timed runs after one warm-up, in ms. */
export function bestOf(fn: () => unknown, rounds = 3): number {
  fn();
  let min = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

/** Opening every upstream example as the importer does (parse, validate, graph, layout), against a bare YAML parse. */
export function benchExamples(): { files: number; importMs: number; yamlParseMs: number } {
  // Bundled into .tmp/bench, so the corpus is found from the project root (where npm runs).
  const files = loadExampleFiles(join(process.cwd(), 'third_party/argo-events/examples'));
  // Each run reads new text (a comment at the end of every document), as opening a file does:
  // the parse caches would otherwise answer from the previous run.
  let run = 0;
  const importMs = bestOf(() => {
    run++;
    for (const f of files) {
      const text = `${f.text.replace(/\n---/g, `\n# run ${run}\n---`)}\n# run ${run}\n`;
      const parsed = parseDesign([{ path: f.path, text }]);
      const graph = manifestsToGraph(parsed);
      validateDesign(parsed);
      autoLayout(graph);
    }
  });
  const yamlParseMs = bestOf(() => files.forEach((f) => parseAllDocuments(f.text)));
  return { files: files.length, importMs, yamlParseMs };
}

export function benchDesigner(): { nodes: number; textToCanvasMs: number; yamlParseMs: number } {
  // 1 bus + per source: source, 2 events, sensor, 2 dependencies, 2 triggers = 8 nodes.
  const text = generateDesign(125);
  const run = () => {
    const parsed = parseDesign([
      { path: 'big.yaml', text: text.replace('version: latest', `version: v${Math.random()}`) },
    ]);
    const graph = manifestsToGraph(parsed);
    const diagnostics = validateDesign(parsed);
    return { graph, flow: toFlowElements(graph, diagnostics) };
  };
  const nodes = run().graph.nodes.length;
  return { nodes, textToCanvasMs: bestOf(run), yamlParseMs: bestOf(() => parseAllDocuments(text)) };
}
