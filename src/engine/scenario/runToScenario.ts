import { formatRfc3339 } from '../clock/clock';
import type { ExpectedFiring, Scenario, ScenarioStep } from '../../domain/scenario/scenario';
import { appliedParameters } from '../triggers/appliedParameters';
import { firingOutput } from './firingOutput';
import type { SimInput } from '../simulate/simInput';
import type { SimState } from '../simulate/simState';
import type { Firing } from '../trace';

/** One input of a recorded run (the simulator's timeline entry) as far as a scenario needs it. */
export interface RecordedStep {
  input: SimInput;
  /** The body as typed (the input carries its text). */
  body?: unknown;
  headers?: Record<string, string>;
  method?: string;
  firings: readonly Firing[];
  /** The fired triggers' type specs as they were when they fired (`sensor/trigger` → spec). */
  triggerSpecs: Record<string, unknown>;
  state: SimState;
}

/**
 * The simulator's run as a scenario: its inputs as steps, and what fired (with the parameter values
 * and predicted output) as the expectation, so re-running it checks that nothing changed.
 */
export function runToScenario(
  name: string,
  startMs: number,
  entries: readonly RecordedStep[],
): Scenario {
  const steps: ScenarioStep[] = entries.map((e, i) => {
    const input = e.input;
    if (input.type === 'event')
      return {
        send: `${input.source}/${input.eventName}`,
        body: e.body ?? input.payload.body ?? {},
        ...(e.headers && Object.keys(e.headers).length ? { headers: e.headers } : {}),
        ...(e.method ? { method: e.method } : {}),
        ...(input.namespace ? { namespace: input.namespace } : {}),
      };
    if (input.type === 'advance') return { advance: durationText(input.ms) };
    if (input.type === 'set-time') return { setTime: formatRfc3339(input.ms) };
    if (input.type === 'set-outcomes') return { outcomes: input.outcomes };
    if (input.type === 'settle') {
      // "Finish them all" moved the clock this far; as a step, that is an advance.
      const before = i > 0 ? entries[i - 1]!.state.nowMs : startMs;
      return { advance: durationText(e.state.nowMs - before) };
    }
    // A live event from the bus: kept as the CloudEvent the sensor received, data byte for byte.
    return {
      receive: { context: input.event.context, ...receivedData(input.event.data) },
      ...(input.namespace ? { namespace: input.namespace } : {}),
    };
  });
  const expect: ExpectedFiring[] = entries.flatMap((e) =>
    e.firings.map((f) => {
      const values = Object.fromEntries(
        appliedParameters(e.triggerSpecs[`${f.sensor}/${f.trigger}`], f).flatMap((p) =>
          p.value === null ? [] : [[p.dest, p.value]],
        ),
      );
      const output = firingOutput(f).join(' ');
      return {
        fire: `${f.sensor}/${f.trigger}`,
        ...(Object.keys(values).length ? { values } : {}),
        ...(output ? { output } : {}),
        ...(f.attempts !== 1 ? { attempts: f.attempts } : {}),
        ...(f.triggeredAt || f.attempts > 1 || f.dlqOf ? { time: f.time } : {}),
        ...(f.result === 'failed' ? { failed: true } : {}),
        ...(f.dlqOf ? { dlqOf: f.dlqOf } : {}),
      };
    }),
  );
  // What the run left pending did not happen in it: the scenario must not finish it either.
  const pending = (entries.at(-1)?.state.actions ?? []).length > 0;
  return {
    name,
    start: formatRfc3339(startMs),
    steps,
    expect,
    ...(pending ? { settle: false } : {}),
  };
}

/** A clock move as a scenario writes it: whole seconds when it is, else milliseconds. */
function durationText(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${Math.round(ms * 1000) / 1000}ms`;
}

/** The data as YAML when JSON gives the same text back, else as the exact text. */
function receivedData(data: string | null): { data?: unknown; dataRaw?: string } {
  if (data === null) return {};
  try {
    const value = JSON.parse(data) as unknown;
    if (JSON.stringify(value) === data) return { data: value };
  } catch {
    // Not JSON: kept as text.
  }
  return { dataRaw: data };
}
