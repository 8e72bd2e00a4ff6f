import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createDesignerStore } from './createDesignerStore';
import { createSimulationStore } from './simulationStore';
import { createSimulationController } from './simulationController';
import { createSimulationClient } from '../worker/simulationClient';

const SEED = readFileSync(new URL('../examples/seed-build-pipeline.yaml', import.meta.url), 'utf8');

describe('simulation controller', () => {
  it('records a burst as it streams in, once per frame, one entry per input in order', async () => {
    const designer = createDesignerStore([{ path: 'design.yaml', text: SEED }]);
    const sim = createSimulationStore();
    const client = createSimulationClient({ createWorker: () => null });
    const frames: (() => void)[] = [];
    const records: number[] = [];
    sim.subscribe((s, prev) => s.entries !== prev.entries && records.push(s.entries.length));
    const controller = createSimulationController(
      designer,
      sim,
      () => client,
      (f) => frames.push(f),
    );
    const input = {
      type: 'event' as const,
      source: 'webhook',
      eventName: 'build',
      payload: { body: '{"project":"p"}', headers: { 'Content-Type': 'application/json' } },
    };
    const n = 250;
    await controller.run(Array.from({ length: n }, (_, i) => ({ input, label: `#${i}` })));
    const { entries, running } = sim.getState();
    expect(running).toBe(false);
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(entries.map((e) => e.label)).toEqual(Array.from({ length: n }, (_, i) => `#${i}`));
    expect(entries.every((e) => e.firings.length === 1)).toBe(true);
    // Chunks waited for a frame; the end of the run took what was left, in one update.
    expect(frames.length).toBeGreaterThan(0);
    expect(records).toEqual([n]);
    controller.dispose();
  });
});
