import { parseDuration } from '../../domain/cron/goDuration';
import { toSensorEvent } from '../event';
import { gjsonGet } from '../json/gjson';
import type { SimDesign } from '../simulate/simDesign';
import type { SimInput } from '../simulate/simInput';
import { initialSimState } from '../simulate/simState';
import { runScenario, type RunHooks, type ScenarioResult } from '../simulate/runScenario';
import type { Firing } from '../trace';
import { firingOutput } from './firingOutput';
import type { ExpectedFiring, Scenario, ScenarioStep } from '../../domain/scenario/scenario';

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
    // The scenario format checked `send` is SOURCE/EVENT.
    const [source = '', eventName = ''] = step.send.split('/');
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
  if ('outcomes' in step) return { type: 'set-outcomes', outcomes: step.outcomes };
  return { type: 'set-time', ms: Date.parse(step.setTime) };
}

/**
 * What a scenario runs: its steps, then (unless `settle: false`) the clock moving on until no trigger
 * action is pending, so retries, rate-limited turns and dead-letter triggers count.
 */
function scenarioInputs(scenario: Scenario): SimInput[] {
  const inputs = scenario.steps.map(stepInput);
  if (scenario.settle !== false) inputs.push({ type: 'settle' });
  return inputs;
}

/** Runs a scenario on the engine and compares its firings with the expected ones, in order. */
export async function checkScenario(
  design: SimDesign,
  scenario: Scenario,
  hooks: RunHooks = {},
): Promise<ScenarioCheck> {
  const start = initialSimState(Date.parse(scenario.start));
  start.outcomes = scenario.outcomes ?? [];
  const result = await runScenario(design, scenarioInputs(scenario), start, hooks);
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
  // Keyed by name and result: "fired" and "failed" are said apart.
  const extras = new Map<string, { name: string; verb: string; n: number }>();
  for (const extra of firings.slice(scenario.expect.length)) {
    const name = `${extra.sensor}/${extra.trigger}`;
    const verb = extra.result === 'failed' ? 'failed' : 'fired';
    const e = extras.get(`${verb} ${name}`) ?? { name, verb, n: 0 };
    e.n += 1;
    extras.set(`${verb} ${name}`, e);
  }
  for (const { name, verb, n } of extras.values())
    failures.push(
      `${name} ${verb}${n > 1 ? ` ${n} times` : ''}${scenario.expect.length ? ' more' : ''}, which the scenario does not expect`,
    );
  const pending = result.state.actions.length;
  if (pending && scenario.settle !== false)
    failures.push(`${pending} trigger action(s) still pending after a month of virtual time`);
  return { name: scenario.name, pass: failures.length === 0, failures, result };
}

function compareFiring(want: ExpectedFiring, got: Firing, index: number): string[] {
  const name = `${got.sensor}/${got.trigger}`;
  if (!fireMatches(want.fire, name))
    return [`firing ${index + 1}: expected ${want.fire}, got ${name}`];
  const out = compareRun(want, got, name);
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

/** How the action went: success or failure, its error, attempts, time and dead-letter origin. */
function compareRun(want: ExpectedFiring, got: Firing, name: string): string[] {
  const out: string[] = [];
  const wantFailed = want.failed ?? want.error !== undefined;
  const tries = `${got.attempts} attempt${got.attempts === 1 ? '' : 's'}`;
  if (wantFailed && got.result !== 'failed')
    out.push(`${name}: succeeded (${tries}), expected it to fail`);
  if (!wantFailed && got.result === 'failed')
    out.push(`${name}: failed after ${tries} (${got.error ?? 'no error'}), expected it to succeed`);
  if (
    want.error !== undefined &&
    got.result === 'failed' &&
    !(got.error ?? '').includes(want.error)
  )
    out.push(
      `${name}: failed with ${JSON.stringify(got.error ?? '')}, expected it to contain ${JSON.stringify(want.error)}`,
    );
  if (want.attempts !== undefined && got.attempts !== want.attempts)
    out.push(`${name}: ran ${got.attempts} time(s), expected ${want.attempts}`);
  if (want.time !== undefined && Date.parse(got.time) !== Date.parse(want.time))
    out.push(`${name}: ran at ${got.time}, expected ${want.time}`);
  if (want.dlqOf !== undefined && got.dlqOf !== want.dlqOf)
    out.push(
      `${name}: ${got.dlqOf ? `is the dlqTrigger of ${got.dlqOf}` : 'is not a dlqTrigger'}, expected the dlqTrigger of ${want.dlqOf}`,
    );
  return out;
}

/** `sensor/trigger`, where `*` stands for any name (lessons grade a trigger whatever the learner called it). */
function fireMatches(pattern: string, name: string): boolean {
  const [ws, wt] = pattern.split('/');
  const [s, t] = name.split('/');
  return (ws === '*' || ws === s) && (wt === '*' || wt === t);
}

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The JSON a firing's `values` paths read: the rendered resource, else the request body. */
function firingTarget(f: Firing): string | null {
  if (f.resource !== undefined) return JSON.stringify(f.resource);
  if (f.request?.body !== undefined) return f.request.body;
  return null;
}

/** What a firing prints: a Workflow's predicted container output, or a log trigger's lines. */
