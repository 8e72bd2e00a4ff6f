import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../engine/trace';
import { testFiring } from '../../test/simulation';
import { createSimulationStore, MAX_ENTRIES, type SimEntry } from '../../state/simulationStore';
import { traceOutcomeCounts, traceOutcomes } from '../../engine/simulate/outcomes';
import { nodeId } from '../../domain/graph/ids';
import { nodeOutcomeCounts, simBadgeText } from './simBadgeText';

// The badge reads the engine's trace entries (pkg/sensors/listener.go: an event held by an AND
// of two dependencies, then the trigger fires once the second arrives).
const held: TraceEvent = {
  type: 'trigger.held',
  sensor: 's',
  trigger: 'ship',
  dependency: 'tests',
  eventId: 'e1',
  replaced: null,
  missing: ['scan'],
  expression: 'tests && scan',
};
const fired = (id: string): TraceEvent => ({
  type: 'trigger.fired',
  sensor: 's',
  trigger: 'ship',
  firing: { ...testFiring({ sensor: 's', trigger: 'ship', triggerType: 'log' }), id },
});
const entry = (seq: number, trace: TraceEvent[]): SimEntry =>
  ({
    seq,
    trace,
    outcomes: traceOutcomes(trace, []),
    counts: traceOutcomeCounts(trace, []),
  }) as unknown as SimEntry;
// Through the real store, whose running totals the badges read.
const state = (entries: SimEntry[], selected: number | null = null) => {
  const sim = createSimulationStore();
  sim.getState().record(entries);
  sim.getState().select(selected);
  return sim.getState();
};
const KEY = nodeId({ kind: 'trigger', namespace: '', name: 's', key: 'ship' });

describe('simulator badges on canvas nodes', () => {
  it('counts each state on its own: one wait, then one firing, is "fired · 1×"', () => {
    const s = state([entry(1, [held]), entry(2, [fired('f1')])]);
    expect(nodeOutcomeCounts(s, KEY)).toEqual({ held: 1, fire: 1 });
    expect(simBadgeText(nodeOutcomeCounts(s, KEY), 'fire')).toEqual({
      text: 'fired · 1×',
      title: 'fired at this step; so far fired 1×, waiting 1×',
    });
  });

  it('time travel counts up to the shown step', () => {
    const s = state([entry(1, [held]), entry(2, [fired('f1')])], 0);
    expect(simBadgeText(nodeOutcomeCounts(s, KEY), 'held')?.text).toBe('waiting · 1×');
  });

  it('every firing of one step counts (a calendar catching up fires many times)', () => {
    const s = state([entry(1, [fired('a'), fired('b'), fired('c')])]);
    expect(simBadgeText(nodeOutcomeCounts(s, KEY), 'fire')?.text).toBe('fired · 3×');
  });

  it('a step that did nothing at the node shows the strongest outcome so far', () => {
    const other: TraceEvent = { ...held, trigger: 'other' };
    const s = state([entry(1, [fired('f1')]), entry(2, [other])]);
    expect(simBadgeText(nodeOutcomeCounts(s, KEY), undefined)).toEqual({
      text: 'fired · 1×',
      title: 'so far fired 1×',
    });
  });

  it('counts the steps the timeline let go, and time travel takes off only the later ones', () => {
    const sim = createSimulationStore();
    const steps = MAX_ENTRIES + 500;
    for (let i = 0; i < steps; i += 100)
      sim
        .getState()
        .record(Array.from({ length: 100 }, (_, k) => entry(i + k + 1, [fired(`f${i + k}`)])));
    expect(sim.getState().entries).toHaveLength(MAX_ENTRIES);
    expect(simBadgeText(nodeOutcomeCounts(sim.getState(), KEY), 'fire')?.text).toBe(
      `fired · ${steps}×`,
    );
    sim.getState().select(MAX_ENTRIES - 11);
    expect(nodeOutcomeCounts(sim.getState(), KEY)).toEqual({ fire: steps - 10 });
    sim.getState().reset();
    expect(nodeOutcomeCounts(sim.getState(), KEY)).toEqual({});
  });

  it('shows nothing before anything reached the node', () => {
    expect(simBadgeText(nodeOutcomeCounts(state([]), KEY), undefined)).toBeNull();
  });
});
