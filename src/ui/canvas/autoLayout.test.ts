import { describe, expect, it } from 'vitest';
import { loadExampleFiles } from '../../test/exampleFiles';
import { parseDesign } from '../../domain/design/design';
import { manifestsToGraph } from '../../domain/graph/manifestsToGraph';
import { autoLayout } from './autoLayout';

describe('autoLayout on every Argo Events example', () => {
  it('places every node, and no two top-level boxes overlap', () => {
    for (const file of loadExampleFiles()) {
      const graph = manifestsToGraph(parseDesign([file]));
      const boxes = autoLayout(graph);
      for (const n of graph.nodes) expect(boxes.has(n.id), `${file.path}: ${n.id}`).toBe(true);
      const top = [...boxes.values()].filter((b) => !b.parentId);
      for (let i = 0; i < top.length; i++)
        for (let j = i + 1; j < top.length; j++) {
          const a = top[i]!;
          const b = top[j]!;
          const overlap =
            a.x < b.x + b.width &&
            b.x < a.x + a.width &&
            a.y < b.y + b.height &&
            b.y < a.y + a.height;
          expect(overlap, `${file.path}: boxes ${i} and ${j} overlap`).toBe(false);
        }
    }
  });

  it('wraps a design of hundreds of resources into bands, so it is about as wide as tall', () => {
    const files = loadExampleFiles();
    const graph = manifestsToGraph(parseDesign(files));
    const boxes = autoLayout(graph);
    const top = [...boxes.values()].filter((b) => !b.parentId);
    const width = Math.max(...top.map((b) => b.x + b.width));
    const height = Math.max(...top.map((b) => b.y + b.height));
    expect(width / height).toBeGreaterThan(0.7);
    expect(width / height).toBeLessThan(3);
    // At the canvas's minimum zoom (0.05) it fits a 600 × 400 px canvas.
    expect(width * 0.05).toBeLessThan(600);
    expect(height * 0.05).toBeLessThan(400);
    for (let i = 0; i < top.length; i++)
      for (let j = i + 1; j < top.length; j++) {
        const a = top[i]!;
        const b = top[j]!;
        expect(
          a.x < b.x + b.width &&
            b.x < a.x + a.width &&
            a.y < b.y + b.height &&
            b.y < a.y + a.height,
          `boxes ${i} and ${j} overlap`,
        ).toBe(false);
      }
  });
});
