import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../../state/createDesignerStore';
import { manyResources } from '../../test/bigDesigns';
import { createCanvasStore } from './createCanvasStore';
import { toFlowElements } from './toFlowElements';

const SMALL = manyResources(4, 1);

async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(ok()).toBe(true);
}

describe('canvas store', () => {
  it('follows a selection without rebuilding the nodes it did not touch', () => {
    const designer = createDesignerStore(SMALL);
    const canvas = createCanvasStore(designer);
    const before = canvas.getState().nodes;
    const [a, b] = before;
    designer.getState().selectNode(a!.id);
    const after = canvas.getState().nodes;
    expect(after.find((n) => n.id === a!.id)?.selected).toBe(true);
    // Only the node whose selection changed is a new object; React Flow re-renders that one.
    expect(after.filter((n, i) => n !== before[i]).map((n) => n.id)).toEqual([a!.id]);
    designer.getState().selectNode(b!.id);
    expect(
      canvas
        .getState()
        .nodes.filter((n) => n.selected)
        .map((n) => n.id),
    ).toEqual([b!.id]);
    expect(canvas.getState().edges).toBe(canvas.getState().edges);
  });

  it('draws a big design in a task after the one that received its analysis', async () => {
    const designer = createDesignerStore(manyResources(2_000));
    const canvas = createCanvasStore(designer);
    expect(canvas.getState().nodes).toEqual([]);
    let drawnWithAnalysis = false;
    designer.subscribe((s, prev) => {
      if (s.goodAnalysis !== prev.goodAnalysis && s.goodAnalysis.graph.nodes.length > 0)
        drawnWithAnalysis = canvas.getState().nodes.length > 0;
    });
    await until(() => designer.getState().reading === null);
    // Still the old picture in the task that received the analysis…
    expect(drawnWithAnalysis).toBe(false);
    // …and the new one right after it.
    await until(
      () => canvas.getState().nodes.length === designer.getState().goodAnalysis.graph.nodes.length,
    );
    // Built over many tasks, the canvas is what one pass over the analysis gives.
    const s = designer.getState();
    const direct = toFlowElements(s.goodAnalysis.graph, s.goodAnalysis.diagnostics, s.positions);
    expect(canvas.getState().nodes).toEqual(direct.nodes);
    expect(canvas.getState().edges).toEqual(direct.edges);
  });

  it('draws what changed while a big design was being built', async () => {
    const designer = createDesignerStore(manyResources(2_000));
    const canvas = createCanvasStore(designer);
    let id = '';
    const stop = designer.subscribe((s) => {
      const first = s.goodAnalysis.graph.nodes[0];
      if (!first || id) return;
      // The analysis is in and the canvas has not begun building it when the user selects a node.
      id = first.id;
      queueMicrotask(() => designer.getState().selectNode(id));
    });
    await until(() => id !== '' && canvas.getState().nodes.length > 0);
    stop();
    expect(canvas.getState().nodes.length).toBe(
      designer.getState().goodAnalysis.graph.nodes.length,
    );
    await until(() => canvas.getState().nodes.find((n) => n.id === id)?.selected === true);
  });

  it('starts over when another big analysis comes while one is being built', async () => {
    const designer = createDesignerStore(manyResources(2_000));
    const canvas = createCanvasStore(designer);
    let swapped = false;
    const stop = designer.subscribe((s) => {
      if (swapped || s.goodAnalysis.graph.nodes.length === 0) return;
      swapped = true;
      // The first analysis is in and its build has just been scheduled: open another design.
      queueMicrotask(() =>
        designer.getState().loadDesign({ files: manyResources(1_000), positions: {} }),
      );
    });
    await until(() => swapped && designer.getState().reading === null);
    stop();
    const graph = () => designer.getState().goodAnalysis.graph;
    await until(() => canvas.getState().nodes.length === graph().nodes.length);
    expect(graph().nodes.length).toBeLessThan(5_000);
    const ids = new Set<string>(graph().nodes.map((n) => n.id));
    expect(canvas.getState().nodes.every((n) => ids.has(n.id))).toBe(true);
  });
});
