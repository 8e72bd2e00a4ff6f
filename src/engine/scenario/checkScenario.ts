import { parseDuration } from '../clock/clock';
import { toSensorEvent } from '../event';
import { gjsonGet } from '../json/gjson';
import type { SimDesign } from '../simulate/simDesign';
import type { SimInput } from '../simulate/simInput';
import { runScenario, type RunHooks, type ScenarioResult } from '../simulate/runScenario';
import type { Firing } from '../trace';
import { firingOutput } from './firingOutput';
import type { ExpectedFiring, Scenario, ScenarioStep } from './scenario';

export interface ScenarioCheck {
  name: string;
  pass: boolean;
  /** What did not match, one line each. */
  failures: string[];
  result: ScenarioResult;
}

/** The simulator inputs a step stands for. */
export function stepInput(step: ScenarioStep): SimInput {
  if ('send' in step) {
    const [source, eventName] = step.send.split('/') as [string, string];
    const body = typeof step.body === 'string' ? step.body : JSON.stringify(step.body);
    return {
      type: 'event',
      source,
      eventName,
      ...(step.namespace ? { namespace: step.namespace } : {}),
      payload: {
        ...(step.method ? { method: step.method } : {}),
        headers: { 'Content-Type': 'application/json', ...step.headers },
        body,
      },
    };
  }
  if ('receive' in step)
    return {
      type: 'sensor-event',
      event: toSensorEvent(step.receive),
      ...(step.namespace ? { namespace: step.namespace } : {}),
    };
  if ('advance' in step) return { type: 'advance', ms: parseDuration(step.advance) ?? 0 };
  return { type: 'set-time', ms: Date.parse(step.setTime) };
}

/** Runs a scenario on the engine and compares its firings with the expected ones, in order. */
export async function checkScenario(
  design: SimDesign,
  scenario: Scenario,
  hooks: RunHooks = {},
): Promise<ScenarioCheck> {
  const result = await runScenario(
    design,
    scenario.steps.map(stepInput),
    Date.parse(scenario.start),
    hooks,
  );
  const failures: string[] = [];
  const only = scenario.only;
  const firings = only
    ? result.firings.filter((f) => only.some((p) => fireMatches(p, `${f.sensor}/${f.trigger}`)))
    : result.firings;
  const fired = firings.map((f) => `${f.sensor}/${f.trigger}`);
  scenario.expect.forEach((want, i) => {
    const got = firings[i];
    if (!got)
      return failures.push(
        `expected ${want.fire} to fire${i ? ` (firing ${i + 1})` : ''}, but ${fired.length ? `only ${fired.join(', ')} fired` : 'nothing fired'}`,
      );
    failures.push(...compareFiring(want, got, i));
  });
  const extras = new Map<string, number>();
  for (const extra of firings.slice(scenario.expect.length))
    extras.set(
      `${extra.sensor}/${extra.trigger}`,
      (extras.get(`${extra.sensor}/${extra.trigger}`) ?? 0) + 1,
    );
  for (const [name, n] of extras)
    failures.push(
      `${name} fired${n > 1 ? ` ${n} times` : ''}${scenario.expect.length ? ' more' : ''}, which the scenario does not expect`,
    );
  return { name: scenario.name, pass: failures.length === 0, failures, result };
}

function compareFiring(want: ExpectedFiring, got: Firing, index: number): string[] {
  const name = `${got.sensor}/${got.trigger}`;
  if (!fireMatches(want.fire, name))
    return [`firing ${index + 1}: expected ${want.fire}, got ${name}`];
  const out: string[] = [];
  const target = firingTarget(got);
  for (const [path, expected] of Object.entries(want.values ?? {})) {
    const found = target === null ? null : gjsonGet(target, path);
    const text = found?.exists ? (found.type === 'String' ? found.str : found.raw) : null;
    if (text !== expected)
      out.push(
        `${name}: ${path} is ${text === null ? 'missing' : JSON.stringify(text)}, expected ${JSON.stringify(expected)}`,
      );
  }
  if (want.output !== undefined) {
    const lines = firingOutput(got);
    const joined = normalize(lines.join(' '));
    if (!joined.includes(normalize(want.output)))
      out.push(
        `${name}: output ${lines.length ? JSON.stringify(lines.join('\n')) : 'cannot be predicted'}, expected it to contain ${JSON.stringify(want.output)}`,
      );
  }
  return out;
}

/** `sensor/trigger`, where `*` stands for any name (lessons grade a trigger whatever the learner called it). */
export function fireMatches(pattern: string, name: string): boolean {
  const [ws, wt] = pattern.split('/');
  const [s, t] = name.split('/');
  return (ws === '*' || ws === s) && (wt === '*' || wt === t);
}

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The JSON a firing's `values` paths read: the rendered resource, else the request body. */
export function firingTarget(f: Firing): string | null {
  if (f.resource !== undefined) return JSON.stringify(f.resource);
  if (f.request?.body !== undefined) return f.request.body;
  return null;
}

/** What a firing prints: a Workflow's predicted container output, or a log trigger's lines. */
