// Designer part of `npm run bench`: the work between a YAML edit and a canvas update at 1,000 nodes
// (parse, graph, validation, layout and React Flow elements), measured without the browser.
import { parseDesign } from '../src/domain/design/design';
import { manifestsToGraph } from '../src/domain/graph/manifestsToGraph';
import { validateDesign } from '../src/domain/validation/validate';
import { toFlowElements } from '../src/ui/canvas/toFlowElements';

/** A design with `sources` webhook EventSources (2 events each) and one Sensor per source (2 deps, 2 triggers). */
export function generateDesign(sources: number): string {
  const docs: string[] = ['apiVersion: argoproj.io/v1alpha1\nkind: EventBus\nmetadata:\n  name: default\nspec:\n  jetstream:\n    version: latest\n'];
  for (let i = 0; i < sources; i++) {
    docs.push(`apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata:\n  name: hooks-${i}\nspec:\n  webhook:\n    push:\n      port: "12000"\n      endpoint: /push\n      method: POST\n    tag:\n      port: "12000"\n      endpoint: /tag\n      method: POST\n`);
    docs.push(
      `apiVersion: argoproj.io/v1alpha1\nkind: Sensor\nmetadata:\n  name: sensor-${i}\nspec:\n  dependencies:\n    - name: push\n      eventSourceName: hooks-${i}\n      eventName: push\n      filters:\n        data:\n          - path: body.ref\n            type: string\n            value: ["^refs/heads/main$"]\n    - name: tag\n      eventSourceName: hooks-${i}\n      eventName: tag\n  triggers:\n    - template:\n        name: build\n        conditions: push\n        log: {}\n    - template:\n        name: release\n        conditions: push && tag\n        http:\n          url: https://example.com/release\n          payload:\n            - src: {dependencyName: tag, dataKey: body.tag}\n              dest: tag\n`,
    );
  }
  return docs.join('---\n');
}

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
