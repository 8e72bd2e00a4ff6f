import { describe, expect, it } from 'vitest';
import { checkScenario } from './checkScenario';
import type { SimInput } from '../simulate/simInput';
import { initialSimState } from '../simulate/simState';
import { step } from '../simulate/step';
import { outcomes, send, sensorDesign, simDesignOf, T0 } from '../../test/simulation';
import { runToScenario, type RecordedStep } from './runToScenario';

const design = simDesignOf(
  sensorDesign(`
- template: {name: call, conditions: a, http: {url: "http://x"}}
  atLeastOnce: true
  retryStrategy: {steps: 2, duration: 1500ms, jitter: 0}
  dlqTrigger: {template: {name: dlq, log: {}}, atLeastOnce: true}
`),
);

/** The app's run loop in brief: one step per input, one timeline entry each. */
function entriesOf(inputs: SimInput[]): RecordedStep[] {
  let state = initialSimState(T0);
  return inputs.map((input) => {
    const r = step(design, state, input);
    state = r.state;
    return {
      input,
      ...(input.type === 'event' ? { body: {} } : {}),
      firings: r.firings,
      triggerSpecs: {},
      state: r.state,
    };
  });
}

describe('a run saved as a scenario', () => {
  it('keeps outcome changes as steps, "finish them all" as an advance, and expects attempts and the hand-off', async () => {
    const entries = entriesOf([outcomes({ call: 'error' }), send('a'), { type: 'settle' }]);
    const scenario = runToScenario('run', T0, entries);
    expect(scenario.steps).toEqual([
      { outcomes: [{ trigger: 's/call', outcomes: [{ kind: 'error' }] }] },
      { send: 'hooks/a', body: {}, namespace: 'ns' },
      { advance: '1500ms' },
    ]);
    expect(scenario.expect).toMatchObject([
      { fire: 's/call', attempts: 2, failed: true },
      { fire: 's/dlq', dlqOf: 'call', time: '2026-01-01T09:00:01.5Z' },
    ]);
    expect(scenario.settle).toBeUndefined();
    expect((await checkScenario(design, scenario)).failures).toEqual([]);
  });

  it('a run that ends with a retry pending does not settle it', async () => {
    const scenario = runToScenario('run', T0, entriesOf([outcomes({ call: 'error' }), send('a')]));
    expect(scenario.settle).toBe(false);
    expect((await checkScenario(design, scenario)).failures).toEqual([]);
  });
});
