import type { DesignGraph } from '../../domain/graph/designGraph';
import { autoLayout } from './autoLayout';
import type { XY } from '../../state/createDesignerStore';

/**
 * One-click auto-layout with ELK's layered algorithm, left to right as events travel. Sensors are
 * laid out as boxes (their dependencies and triggers keep their place inside). ELK is loaded only
 * when asked for, so it costs nothing at start-up.
 */
export async function elkLayout(graph: DesignGraph): Promise<Record<string, XY>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const boxes = autoLayout(graph);
  const top = graph.nodes.filter(
    (n) =>
      n.kind === 'eventSource' ||
      n.kind === 'event' ||
      n.kind === 'eventBus' ||
      n.kind === 'sensor',
  );
  const ownerOf = (id: string) => {
    const n = graph.nodes.find((x) => x.id === id);
    if (!n) return null;
    if (n.kind === 'dependency' || n.kind === 'trigger')
      return (
        top.find((t) => t.kind === 'sensor' && t.name === n.name && t.namespace === n.namespace)
          ?.id ?? null
      );
    return n.id;
  };
  const edges = graph.edges.flatMap((e, i) => {
    const [a, b] = e.kind === 'bus-source' ? [e.target, e.source] : [e.source, e.target];
    const s = ownerOf(a);
    const t = ownerOf(b);
    return s && t && s !== t ? [{ id: `e${i}`, sources: [s], targets: [t] }] : [];
  });
  const elk = new ELK();
  const result = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '30',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
    },
    children: top.map((n) => ({
      id: n.id,
      width: boxes.get(n.id)?.width ?? 190,
      height: boxes.get(n.id)?.height ?? 56,
    })),
    edges,
  });
  const out: Record<string, XY> = {};
  for (const c of result.children ?? [])
    out[c.id] = { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) };
  return out;
}
