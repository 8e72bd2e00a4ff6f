// Scaling part of `npm run bench`: the cost of opening (parse, validate, graph, node ranges, canvas
// elements) and of one edit, as designs grow. Each size is measured on fresh text (a counter in a
// comment), so no parse cache is hit; the figure per doubling is what shows a quadratic cost.
import { parseDesign, type DesignFile } from '../src/domain/design/design';
import { manifestsToGraph } from '../src/domain/graph/manifestsToGraph';
import { nodeRanges } from '../src/domain/graph/nodeRanges';
import { validateDesign } from '../src/domain/validation/validate';
import { renameNode } from '../src/domain/edit/renameNode';
import { setField } from '../src/domain/edit/setField';
import { eventKey, nodeId } from '../src/domain/graph/ids';
import { toFlowElements } from '../src/ui/canvas/toFlowElements';
import { manyEvents, manyResources, wideMapping } from '../src/test/bigDesigns';

export interface ScalingRow {
  series: string;
  size: number;
  openMs: number;
  editMs: number;
}

let fresh = 0;
// Every document changes (a comment at its end), or the per-document parse cache would answer.
const freshen = (files: DesignFile[]): DesignFile[] =>
  files.map((f) => {
    const mark = `# run ${++fresh}\n`;
    return { ...f, text: `${f.text.replace(/\n---\n/g, `\n${mark}---\n`)}${mark}` };
  });

function open(files: DesignFile[]): void {
  const parsed = parseDesign(files);
  const graph = manifestsToGraph(parsed);
  const diagnostics = validateDesign(parsed);
  nodeRanges(parsed, graph);
  toFlowElements(graph, diagnostics);
}

const collectGarbage: () => void =
  typeof (globalThis as { gc?: () => void }).gc === 'function'
    ? (globalThis as { gc: () => void }).gc
    : () => undefined;

/**
 * The fastest of three runs on fresh text, in ms (the first run of a size also warms the JIT).
 * `prepare` runs first, untimed.
 */
function time(
  make: () => DesignFile[],
  run: (files: DesignFile[]) => unknown,
  prepare: (files: DesignFile[]) => unknown = () => undefined,
): number {
  let best = Infinity;
  // Each size starts from a collected heap (`--expose-gc`), so the garbage of the size before (a
  // design half as big) is not collected inside this one's time.
  collectGarbage();
  for (let i = 0; i < 3; i++) {
    const files = freshen(make());
    prepare(files);
    const t = performance.now();
    run(files);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

function series(
  name: string,
  sizes: number[],
  make: (n: number) => DesignFile[],
  edit: (files: DesignFile[]) => unknown,
): ScalingRow[] {
  return sizes.map((size) => ({
    series: name,
    size,
    openMs: time(() => make(size), open),
    // An edit starts from an opened design, as in the app: the parse of the text it edits is warm.
    editMs: time(() => make(size), edit, parseDesign),
  }));
}

export function benchScaling(): ScalingRow[] {
  open(freshen(manyResources(200))); // warm-up
  return [
    ...series(
      'keys in one mapping',
      [10_000, 20_000, 40_000, 80_000],
      (n) => [{ path: 'wide.yaml', text: wideMapping(n) }],
      (files) =>
        setField(
          files,
          { kind: 'EventSource', name: 'wide', namespace: '' },
          ['spec', 'webhook', 'example', 'metadata', 'key-5'],
          'changed',
        ),
    ),
    ...series(
      'events in one EventSource',
      [500, 1_000, 5_000],
      (n) => [{ path: 'many.yaml', text: manyEvents(n) }],
      (files) =>
        renameNode(
          files,
          nodeId({
            kind: 'event',
            namespace: '',
            name: 'many',
            key: eventKey('webhook', 'event-7'),
          }),
          'renamed',
        ),
    ),
    ...series(
      'resources over 5 files',
      [1_000, 5_000],
      (n) => manyResources(n),
      (files) =>
        renameNode(
          files,
          nodeId({ kind: 'eventSource', namespace: '', name: 'source-3' }),
          'renamed',
        ),
    ),
  ];
}
