import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeId } from '../domain/graph/ids';
import { createSimulationClient } from '../worker/simulationClient';
import { send, sensorDesign } from '../test/simulation';
import { createDesignerStore } from './createDesignerStore';
import { createSimulationController, RECORD_EVERY_MS } from './simulationController';
import {
  createSimulationStore,
  currentSimState,
  latestSimState,
  stepDetail,
} from './simulationStore';
import type { SimState } from '../engine/simulate/simState';

// The controller is plain code over two stores: no React, no DOM, the real engine (no Worker in
// Node, so the client runs the same handler in-process).
const client = createSimulationClient({ timeoutMs: 10_000 });
const SEED = readFileSync(new URL('../examples/seed-build-pipeline.yaml', import.meta.url), 'utf8');
const design = sensorDesign('- template: {name: t, conditions: a, log: {}}');

function setup() {
  const designer = createDesignerStore([{ path: 'd.yaml', text: design }]);
  const sim = createSimulationStore();
  const controller = createSimulationController(designer, sim, () => client);
  return { designer, sim, controller };
}

afterEach(() => vi.useRealTimers());

describe('simulation controller', () => {
  it('runs inputs into the timeline, one entry each, with outcomes keyed by node id', async () => {
    const { sim, controller } = setup();
    await controller.run([
      { input: send('a'), label: 'a' },
      { input: send('b'), label: 'b' },
    ]);
    const { entries, running, error } = sim.getState();
    expect({ running, error }).toEqual({ running: false, error: null });
    expect(entries.map((e) => [e.seq, e.label, stepDetail(e)!.firings.length, e.fired])).toEqual([
      [1, 'a', 1, 1],
      [2, 'b', 0, 0],
    ]);
    const trigger = nodeId({ kind: 'trigger', namespace: 'ns', name: 's', key: 't' });
    expect(entries[0]?.outcomes.get(trigger)).toBe('fire');
    expect(stepDetail(entries[0]!)!.triggerSpecs).toEqual({ 's/t': {} });
  });

  it('takes a burst into the timeline at once, then at most once per RECORD_EVERY_MS', async () => {
    const designer = createDesignerStore([{ path: 'd.yaml', text: design }]);
    const sim = createSimulationStore();
    let clock = 0;
    const waits: number[] = [];
    const sizes: number[] = [];
    sim.subscribe((s, prev) => s.entries !== prev.entries && sizes.push(s.entries.length));
    // Each update runs when it is due: the clock moves on by the wait.
    const schedule = (work: () => void, delayMs: number) => {
      waits.push(delayMs);
      clock += delayMs;
      work();
    };
    const controller = createSimulationController(
      designer,
      sim,
      () => client,
      schedule,
      () => clock,
    );
    await controller.run(Array.from({ length: 250 }, () => ({ input: send('a'), label: 'a' })));
    // The worker's chunks (a hundred steps or fewer), each taken when due.
    expect(waits.length).toBeGreaterThan(2);
    expect(waits).toEqual([0, ...waits.slice(1).map(() => RECORD_EVERY_MS)]);
    expect(sizes).toHaveLength(waits.length);
    expect(sizes.at(-1)).toBe(250);
  });

  it('continues from the state the last entry left', async () => {
    const { sim, controller } = setup();
    await controller.run([{ input: { type: 'advance', ms: 60_000 }, label: 'wait' }]);
    const after = stepDetail(sim.getState().entries[0]!)!.state.nowMs;
    await controller.run([{ input: { type: 'advance', ms: 60_000 }, label: 'wait' }]);
    expect(stepDetail(sim.getState().entries[1]!)!.state.nowMs).toBe(after + 60_000);
  });

  it('re-checks the scenarios after a burst of edits, once, and stops when told', async () => {
    vi.useFakeTimers();
    const { designer, sim, controller } = setup();
    const stop = controller.watch();
    expect(sim.getState().verdicts).toBeNull();
    designer.getState().dispatch({
      type: 'setScenarios',
      scenarios: [
        {
          name: 'fires',
          start: '2026-01-01T09:00:00Z',
          steps: [{ send: 'hooks/a', namespace: 'ns', body: {} }],
          expect: [{ fire: 's/t' }],
        },
      ],
    });
    await vi.advanceTimersByTimeAsync(600);
    await vi.waitFor(() =>
      expect(sim.getState().verdicts).toEqual([
        expect.objectContaining({ name: 'fires', pass: true }),
      ]),
    );
    stop();
    designer.getState().dispatch({ type: 'setScenarios', scenarios: [] });
    await vi.advanceTimersByTimeAsync(600);
    expect(sim.getState().verdicts).toHaveLength(1);
  });

  it('goes on from the whole state (seen event ids too), and shows it without them', async () => {
    const { sim, controller } = setup();
    await controller.run([{ input: send('a'), label: 'a' }]);
    const seen = (st: SimState | number) =>
      typeof st === 'number' ? -1 : Object.keys(st.triggers['ns/s/t']!.seen).length;
    expect(seen(currentSimState(sim.getState()))).toBe(1);
    expect(seen(latestSimState(sim.getState()))).toBe(0);
  });

  it('records a burst as it streams in, a task at a time, one entry per input in order', async () => {
    const designer = createDesignerStore([{ path: 'design.yaml', text: SEED }]);
    const sim = createSimulationStore();
    const local = createSimulationClient({ createWorker: () => null });
    const frames: (() => void)[] = [];
    const records: number[] = [];
    sim.subscribe((s, prev) => s.entries !== prev.entries && records.push(s.entries.length));
    const controller = createSimulationController(
      designer,
      sim,
      () => local,
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
    expect(entries.every((e) => e.fired === 1)).toBe(true);
    // Chunks waited for a task of their own; the end of the run took what was left, in one update.
    expect(frames.length).toBeGreaterThan(0);
    expect(records).toEqual([n]);
  });
});
