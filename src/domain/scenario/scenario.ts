import { stringify } from 'yaml';
import { parseDuration } from '../cron/goDuration';
import { outcomesYaml, type OutcomeEntry } from './actionOutcome';
import type { EventContext } from '../events/cloudEvent';
import { readLocatedYaml, type LocatedProblem } from './locatedYaml';
import { readOutcomeMap } from './scenarioOutcomes';
import { isStringList } from '../manifest/jsonValue';

/**
 * A test scenario: events and clock moves, and the firings they must produce (in order, nothing
 * else). Stored as YAML beside the manifests so teams run them in CI with `eventflow test`.
 */
export interface Scenario {
  name: string;
  /** ISO time the virtual clock starts at. */
  start: string;
  steps: ScenarioStep[];
  expect: ExpectedFiring[];
  /** `sensor/trigger` patterns: when given, only these triggers' firings are compared. */
  only?: string[];
  /** How trigger actions turn out from the start (`SENSOR/TRIGGER` → outcome); unlisted ones succeed. */
  outcomes?: OutcomeEntry[];
  /** False: stop at the last step; by default the clock then moves on until no action is pending. */
  settle?: boolean;
}

export type ScenarioStep =
  | {
      send: string;
      namespace?: string;
      body: unknown;
      headers?: Record<string, string>;
      method?: string;
    }
  /**
   * A CloudEvent as the sensor receives it from the bus (a live event saved from `tap --serve`):
   * `data` is its JSON, or `dataRaw` its exact text when JSON would not give the same bytes back.
   */
  | { receive: ReceivedEvent; namespace?: string }
  | { advance: string }
  | { setTime: string }
  /** From this step on, these triggers' actions turn out so. */
  | { outcomes: OutcomeEntry[] };

/** The `receive` step's event: the CloudEvent context and its data (the shape of `toSensorEvent`). */
interface ReceivedEvent {
  context: EventContext;
  data?: unknown;
  dataRaw?: string;
}

type ContextField =
  'id' | 'source' | 'specversion' | 'type' | 'subject' | 'time' | 'datacontenttype';

function readReceived(
  raw: unknown,
  fail: (path: (string | number)[], message: string) => void,
): ReceivedEvent | null {
  if (!isObj(raw) || !isObj(raw.context))
    return (fail([], 'a mapping with context (id, source, subject, type, time) and data'), null);
  const c = raw.context;
  const field = (k: ContextField): string => {
    const written = c[k];
    const v = written instanceof Date ? written.toISOString().replace('.000Z', 'Z') : written;
    if (v !== undefined && typeof v !== 'string') fail(['context', k], 'a string');
    return typeof v === 'string' ? v : k === 'specversion' ? '1.0' : '';
  };
  // Read in this order, so problems come in the order the fields are documented.
  const context = {
    id: field('id'),
    source: field('source'),
    specversion: field('specversion'),
    type: field('type'),
    subject: field('subject'),
    time: field('time'),
    datacontenttype: field('datacontenttype'),
  } satisfies Record<ContextField, string>;
  if (!context.source || !context.subject)
    fail(['context'], 'source and subject name the EventSource and its event');
  if (raw.dataRaw !== undefined && typeof raw.dataRaw !== 'string') fail(['dataRaw'], 'text');
  return {
    context,
    ...(raw.data !== undefined ? { data: raw.data } : {}),
    ...(typeof raw.dataRaw === 'string' ? { dataRaw: raw.dataRaw } : {}),
  };
}

export interface ExpectedFiring {
  /** `sensor/trigger` (a dead-letter trigger by its own name). */
  fire: string;
  /** Path in the rendered resource or request body (gjson syntax) → expected value as text. */
  values?: Record<string, string>;
  /** Text the predicted Workflow output (or log trigger line) must contain. */
  output?: string;
  /** How many times the action ran. */
  attempts?: number;
  /** The virtual time its action (first attempt) ran, ISO. */
  time?: string;
  /** The action failed in the end (its retries exhausted, or unseen without atLeastOnce). */
  failed?: boolean;
  /** Text the final error must contain (implies failed). */
  error?: string;
  /** It is the dlqTrigger of this trigger (its name). */
  dlqOf?: string;
}

export interface ScenarioFile {
  /** Manifest files relative to the scenario file; empty means "every other YAML file beside it". */
  design: string[];
  scenarios: Scenario[];
}

export type ScenarioProblem = LocatedProblem;

const DEFAULT_SCENARIO_START = '2026-01-01T09:00:00Z';
const SCENARIOS_KIND = 'Scenarios';
const SCENARIOS_API_VERSION = 'eventflow.dev/v1alpha1';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a scenarios file; every mistake comes back with its line and column, nothing throws. */
export function parseScenarioFile(
  text: string,
): { ok: true; file: ScenarioFile } | { ok: false; problems: ScenarioProblem[] } {
  const read = readLocatedYaml(text);
  if (!read.ok) return read;
  const { value, problems, fail } = read;
  if (!isObj(value) || value.kind !== SCENARIOS_KIND) {
    fail(['kind'], `expected kind: ${SCENARIOS_KIND}`);
    return { ok: false, problems };
  }
  const design =
    value.design === undefined
      ? []
      : isStringList(value.design)
        ? value.design
        : (fail(['design'], 'a list of file paths'), []);
  const scenarios: Scenario[] = [];
  const list = Array.isArray(value.scenarios)
    ? value.scenarios
    : (fail(['scenarios'], 'a list of scenarios'), []);
  list.forEach((raw, i) => {
    const s = readScenario(raw, (p, m) => fail(['scenarios', i, ...p], m));
    if (s) scenarios.push(s);
  });
  return problems.length ? { ok: false, problems } : { ok: true, file: { design, scenarios } };
}

export function readScenario(
  raw: unknown,
  fail: (path: (string | number)[], message: string) => void,
): Scenario | null {
  if (!isObj(raw)) return (fail([], 'a mapping with name, steps and expect'), null);
  if (typeof raw.name !== 'string' || !raw.name) fail(['name'], 'a non-empty name');
  const start =
    raw.start === undefined
      ? DEFAULT_SCENARIO_START
      : String(raw.start instanceof Date ? raw.start.toISOString() : raw.start);
  if (Number.isNaN(Date.parse(start)))
    fail(['start'], `${JSON.stringify(start)} is not an ISO time`);
  const steps: ScenarioStep[] = [];
  (Array.isArray(raw.steps) ? raw.steps : (fail(['steps'], 'a list of steps'), [])).forEach(
    (st, j) => {
      const where = ['steps', j];
      if (!isObj(st)) return fail(where, 'send, receive, advance, setTime or outcomes');
      if (typeof st.send === 'string') {
        if (!/^[^/]+\/[^/]+$/.test(st.send))
          return fail([...where, 'send'], 'SOURCE/EVENT, e.g. webhook/build');
        const headers =
          st.headers === undefined
            ? undefined
            : isObj(st.headers)
              ? Object.fromEntries(Object.entries(st.headers).map(([k, v]) => [k, String(v)]))
              : (fail([...where, 'headers'], 'a mapping of header names to values'), undefined);
        steps.push({
          send: st.send,
          body: st.body ?? {},
          ...(headers ? { headers } : {}),
          ...(typeof st.method === 'string' ? { method: st.method.toUpperCase() } : {}),
          ...(typeof st.namespace === 'string' ? { namespace: st.namespace } : {}),
        });
      } else if (st.receive !== undefined) {
        const r = readReceived(st.receive, (p, m) => fail([...where, 'receive', ...p], m));
        if (r)
          steps.push({
            receive: r,
            ...(typeof st.namespace === 'string' ? { namespace: st.namespace } : {}),
          });
      } else if (st.advance !== undefined) {
        const ms = parseDuration(String(st.advance));
        if (ms === null || ms < 0)
          return fail(
            [...where, 'advance'],
            `${JSON.stringify(st.advance)} is not a duration such as 90s, 15m or 24h`,
          );
        steps.push({ advance: String(st.advance) });
      } else if (st.setTime !== undefined) {
        const t = st.setTime instanceof Date ? st.setTime.toISOString() : String(st.setTime);
        if (Number.isNaN(Date.parse(t)))
          return fail([...where, 'setTime'], `${JSON.stringify(t)} is not an ISO time`);
        steps.push({ setTime: t });
      } else if (st.outcomes !== undefined) {
        const o = readOutcomeMap(st.outcomes, (p, m) => fail([...where, 'outcomes', ...p], m));
        if (o) steps.push({ outcomes: o });
      } else fail(where, 'send, receive, advance, setTime or outcomes');
    },
  );
  const expect: ExpectedFiring[] = [];
  (Array.isArray(raw.expect)
    ? raw.expect
    : raw.expect === undefined
      ? []
      : (fail(['expect'], 'a list of expected firings'), [])
  ).forEach((e, j) => {
    if (!isObj(e) || typeof e.fire !== 'string' || !e.fire.includes('/'))
      return fail(['expect', j, 'fire'], 'SENSOR/TRIGGER');
    const values =
      e.values === undefined
        ? undefined
        : isObj(e.values)
          ? Object.fromEntries(
              Object.entries(e.values).map(([k, v]) => [
                k,
                typeof v === 'string' ? v : JSON.stringify(v),
              ]),
            )
          : (fail(['expect', j, 'values'], 'a mapping of paths to values'), undefined);
    const where = ['expect', j];
    const time = e.time instanceof Date ? e.time.toISOString() : e.time;
    if (time !== undefined && (typeof time !== 'string' || Number.isNaN(Date.parse(time))))
      fail([...where, 'time'], `${JSON.stringify(time)} is not an ISO time`);
    if (
      e.attempts !== undefined &&
      !(typeof e.attempts === 'number' && Number.isInteger(e.attempts) && e.attempts >= 0)
    )
      fail([...where, 'attempts'], 'a whole number of attempts');
    for (const k of ['failed'] as const)
      if (e[k] !== undefined && typeof e[k] !== 'boolean') fail([...where, k], 'true or false');
    for (const k of ['error', 'dlqOf'] as const)
      if (e[k] !== undefined && typeof e[k] !== 'string') fail([...where, k], 'text');
    expect.push({
      fire: e.fire,
      ...(values ? { values } : {}),
      ...(typeof e.output === 'string' ? { output: e.output } : {}),
      ...(typeof e.attempts === 'number' ? { attempts: e.attempts } : {}),
      ...(typeof time === 'string' ? { time } : {}),
      ...(typeof e.failed === 'boolean' ? { failed: e.failed } : {}),
      ...(typeof e.error === 'string' ? { error: e.error } : {}),
      ...(typeof e.dlqOf === 'string' ? { dlqOf: e.dlqOf } : {}),
    });
  });
  const only =
    raw.only === undefined
      ? undefined
      : isStringList(raw.only) && raw.only.every((o) => o.includes('/'))
        ? raw.only
        : (fail(['only'], 'a list of SENSOR/TRIGGER names'), undefined);
  const outcomes =
    raw.outcomes === undefined
      ? undefined
      : (readOutcomeMap(raw.outcomes, (p, m) => fail(['outcomes', ...p], m)) ?? undefined);
  if (raw.settle !== undefined && typeof raw.settle !== 'boolean')
    fail(['settle'], 'true or false');
  return typeof raw.name === 'string'
    ? {
        name: raw.name,
        start,
        steps,
        expect,
        ...(only ? { only } : {}),
        ...(outcomes?.length ? { outcomes } : {}),
        ...(raw.settle === false ? { settle: false } : {}),
      }
    : null;
}

/** A step as the file writes it (outcomes as a `SENSOR/TRIGGER: outcome` map). */
export function stepYaml(step: ScenarioStep): Record<string, unknown> {
  return 'outcomes' in step ? { outcomes: outcomeMapYaml(step.outcomes) } : { ...step };
}

function outcomeMapYaml(entries: readonly OutcomeEntry[]): Record<string, unknown> {
  return Object.fromEntries(entries.map((e) => [e.trigger, outcomesYaml(e.outcomes)]));
}

/** Writes scenarios as a file `parseScenarioFile` reads back to the same scenarios. */
export function formatScenarioFile(file: ScenarioFile): string {
  const header =
    "# Eventflow test scenarios: run with `eventflow test` or in the app's Simulator.\n";
  return (
    header +
    stringify(
      {
        apiVersion: SCENARIOS_API_VERSION,
        kind: SCENARIOS_KIND,
        ...(file.design.length ? { design: file.design } : {}),
        scenarios: file.scenarios.map((s) => ({
          name: s.name,
          start: s.start,
          ...(s.outcomes?.length ? { outcomes: outcomeMapYaml(s.outcomes) } : {}),
          steps: s.steps.map(stepYaml),
          expect: s.expect,
          ...(s.only ? { only: s.only } : {}),
          ...(s.settle === false ? { settle: false } : {}),
        })),
      },
      { lineWidth: 0 },
    )
  );
}
