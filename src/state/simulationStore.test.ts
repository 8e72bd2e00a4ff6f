import { describe, expect, it } from 'vitest';
import { createSimulationStore, MAX_ENTRIES, type SimEntry } from './simulationStore';

const entry = (seq: number) =>
  ({
    seq,
    label: `#${seq}`,
    summary: '',
    counts: new Map(),
    fired: 1,
    failed: seq % 2,
  }) as unknown as SimEntry;

describe('simulation timeline', () => {
  it('keeps the last MAX_ENTRIES steps and counts the ones it let go', () => {
    const sim = createSimulationStore();
    sim.getState().record(Array.from({ length: MAX_ENTRIES - 1 }, (_, i) => entry(i + 1)));
    expect(sim.getState().dropped).toBe(0);
    sim.getState().record([entry(MAX_ENTRIES), entry(MAX_ENTRIES + 1), entry(MAX_ENTRIES + 2)]);
    expect(sim.getState().entries).toHaveLength(MAX_ENTRIES);
    expect(sim.getState().entries[0]?.seq).toBe(3);
    expect(sim.getState().dropped).toBe(2);
    // The firings so far count the steps let go too.
    expect(sim.getState().fired).toBe(MAX_ENTRIES + 2);
    expect(sim.getState().failed).toBe(MAX_ENTRIES / 2 + 1);
    sim.getState().reset();
    expect(sim.getState()).toMatchObject({ dropped: 0, fired: 0, failed: 0 });
  });
});
