import { formatRfc3339 } from '../../engine/clock/clock';
import type { ExpectedFiring, Scenario, ScenarioStep } from '../../engine/scenario/scenario';
import { appliedParameters } from '../../engine/triggers/appliedParameters';
import { firingOutput } from '../../engine/scenario/firingOutput';
import type { SimEntry } from '../../state/simulationStore';

/**
 * The simulator's run as a scenario: its inputs as steps, and what fired (with the parameter values
 * and predicted output) as the expectation, so re-running it checks that nothing changed.
 */
export function runToScenario(
  name: string,
  startMs: number,
  entries: readonly SimEntry[],
): Scenario {
  const steps: ScenarioStep[] = entries.map((e) => {
    const input = e.input;
    if (input.type === 'event')
      return {
        send: `${input.source}/${input.eventName}`,
        body: e.body ?? input.payload.body ?? {},
        ...(e.headers && Object.keys(e.headers).length ? { headers: e.headers } : {}),
        ...(e.method ? { method: e.method } : {}),
        ...(input.namespace ? { namespace: input.namespace } : {}),
      };
    if (input.type === 'advance') return { advance: `${Math.round(input.ms / 1000)}s` };
    if (input.type === 'set-time') return { setTime: formatRfc3339(input.ms) };
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
      };
    }),
  );
  return { name, start: formatRfc3339(startMs), steps, expect };
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
