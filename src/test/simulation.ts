/** Test-only helpers: a small design with two webhook events, and a run of the pure `step`. */
import { listManifests, parseDesign } from '../domain/design/design';
import { compileSimDesign, type SimDesign } from '../engine/simulate/simDesign';
import type { SimInput } from '../engine/simulate/simInput';
import { initialSimState, type SimState } from '../engine/simulate/simState';
import { step } from '../engine/simulate/step';
import type { Firing, TraceEvent } from '../engine/trace';
import { readOutcomes } from '../domain/scenario/actionOutcome';

export const T0 = Date.UTC(2026, 0, 1, 9, 0, 0);
export const NS = 'ns';

export function simDesignOf(text: string): SimDesign {
  return compileSimDesign(
    listManifests(parseDesign([{ path: 'd.yaml', text }])).map((m) => ({
      kind: m.kind,
      value: m.value,
    })),
  );
}

/**
 * A bus, an EventSource `hooks` with webhook events `a` and `b`, and Sensor `s` (namespace ns) with
 * dependencies a and b and the given triggers (YAML list items, indented by the caller or not).
 */
export function sensorDesign(triggers: string, bus: 'jetstream' | 'kafka' = 'jetstream'): string {
  const busSpec =
    bus === 'kafka'
      ? 'kafka: {url: "kafka:9092", topic: argo-events}'
      : 'jetstream: {version: latest}';
  const body = triggers
    .replace(/^\n+/, '')
    .replace(/\s+$/, '')
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
  return `apiVersion: argoproj.io/v1alpha1
kind: EventBus
metadata: {name: default, namespace: ns}
spec: {${busSpec}}
---
apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata: {name: hooks, namespace: ns}
spec:
  webhook:
    a: {port: "12000", endpoint: /a, method: POST}
    b: {port: "12000", endpoint: /b, method: POST}
---
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata: {name: s, namespace: ns}
spec:
  dependencies:
    - {name: a, eventSourceName: hooks, eventName: a}
    - {name: b, eventSourceName: hooks, eventName: b}
  triggers:
${body}
`;
}

export const send = (eventName: string, body = '{}'): SimInput => ({
  type: 'event',
  source: 'hooks',
  eventName,
  namespace: NS,
  payload: { headers: { 'Content-Type': 'application/json' }, body },
});

export const advance = (ms: number): SimInput => ({ type: 'advance', ms });

/** Outcomes for triggers of Sensor s, in the CLI's words (`error`, `status:503,success`). */
export function outcomes(entries: Record<string, string>): SimInput {
  return {
    type: 'set-outcomes',
    outcomes: Object.entries(entries).map(([t, text]) => {
      const r = readOutcomes(text);
      if (!r.ok) throw new Error(r.error);
      return { trigger: `s/${t}`, outcomes: r.outcomes };
    }),
  };
}

export interface Run {
  state: SimState;
  trace: TraceEvent[];
  firings: Firing[];
  /** Firings per step, to see when each one happened. */
  steps: Firing[][];
}

/** Runs inputs one by one through the pure `step`, as the app does. */
export function runSteps(design: SimDesign, inputs: SimInput[], start = T0): Run {
  let state = initialSimState(start);
  const run: Run = { state, trace: [], firings: [], steps: [] };
  for (const input of inputs) {
    const r = step(design, state, input);
    state = r.state;
    run.trace.push(...r.trace);
    run.firings.push(...r.firings);
    run.steps.push(r.firings);
  }
  run.state = state;
  return run;
}

/** The ISO time `ms` after T0, as the engine prints it. */
export const at = (ms: number): string => {
  const d = new Date(T0 + ms).toISOString();
  return d.endsWith('.000Z') ? d.replace('.000Z', 'Z') : d.replace(/0+Z$/, 'Z');
};

/** A firing with every field set, for tests that need one (override what matters). */
export function testFiring(
  f: Partial<Firing> & Pick<Firing, 'sensor' | 'trigger' | 'triggerType'>,
): Firing {
  return {
    id: '1',
    events: {},
    notExecuted: false,
    notes: [],
    time: new Date(T0).toISOString().replace('.000Z', 'Z'),
    attempts: 1,
    result: 'succeeded',
    tries: [],
    atLeastOnce: false,
    ...f,
  };
}
