import { isPlainObject } from '../../lib/deepEqual';
import { isStringList } from '../manifest/jsonValue';
import { stringify } from 'yaml';
import type { DesignFile } from '../design/design';
import { readLocatedYaml, type FieldPath, type LocatedProblem } from '../scenario/locatedYaml';
import { readScenario, stepYaml, type Scenario, type ScenarioStep } from '../scenario/scenario';

/**
 * A workshop lesson: what to build, the design it starts from, and the hidden checks that grade the
 * learner's design live. Plain data, the same whether shipped, opened from a file or from a link.
 */
export interface Lesson {
  id: string;
  title: string;
  /** Plain text; blank lines separate paragraphs, `code` spans are shown as code. Never HTML. */
  goal: string;
  start: DesignFile[];
  /** The teacher's answer; a unit test proves it passes every check. */
  solution: DesignFile[];
  /** Ready-made test events put into the learner's simulator. */
  events: LessonEvent[];
  checks: LessonCheck[];
}

export interface LessonEvent {
  name: string;
  /** `SOURCE/EVENT`. */
  send: string;
  body: unknown;
  headers?: Record<string, string>;
  method?: string;
}

export type LessonCheck = { title: string; hint: string } & CheckRule;

type CheckRule =
  /** Some resource of the kind (and name) has these fields; paths are gjson paths into the manifest. */
  | { type: 'resource'; resource: ResourceRule }
  /** A scenario run in the simulator produces exactly the expected firings. */
  | { type: 'scenario'; scenario: Scenario }
  /** No diagnostic with this code (e.g. `security.inline-credential`). */
  | { type: 'noProblem'; code: string }
  /** Validation reports no errors. */
  | { type: 'noErrors' };

export interface ResourceRule {
  kind: string;
  name?: string;
  /** Path → accepted values (as text: strings as they are, other values as JSON). */
  where: Record<string, string[]>;
  has: string[];
  lacks: string[];
}

const LESSON_KIND = 'Lesson';
const LESSON_API_VERSION = 'eventflow.dev/v1alpha1';
const DESIGN_FILE = 'design.yaml';

type Obj = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
const strings = (v: unknown) => (isStringList(v) ? v : null);

/** True for text that claims to be a lesson file (so an import can route it here). */
export function looksLikeLesson(source: string): boolean {
  return /^kind:\s*Lesson\s*$/m.test(source) && source.includes(LESSON_API_VERSION);
}

/** Reads a lesson file; every mistake comes back with its line and column, nothing throws. */
export function parseLesson(
  source: string,
): { ok: true; lesson: Lesson } | { ok: false; problems: LocatedProblem[] } {
  const read = readLocatedYaml(source);
  if (!read.ok) return read;
  const { value, problems, fail } = read;
  if (!isPlainObject(value) || value.kind !== LESSON_KIND) {
    fail(['kind'], `expected kind: ${LESSON_KIND}`);
    return { ok: false, problems };
  }
  const need = (key: string, what: string) => {
    const v = value[key];
    return typeof v === 'string' && v.trim() ? v : (fail([key], what), '');
  };
  const id = need('id', 'a short id such as build-pipeline');
  if (id && !/^[a-z0-9][a-z0-9-]{0,62}$/.test(id))
    fail(['id'], 'lowercase letters, digits and dashes');
  const title = need('title', 'a title');
  const goal = need('goal', 'the goal text the learner reads');
  const design = (key: string): DesignFile[] => {
    const v = value[key];
    return v === undefined || v === null
      ? []
      : typeof v === 'string'
        ? [{ path: DESIGN_FILE, text: v }]
        : (fail([key], 'the design as YAML text (a block such as `|`)'), []);
  };
  const events: LessonEvent[] = [];
  (Array.isArray(value.events)
    ? value.events
    : value.events === undefined
      ? []
      : (fail(['events'], 'a list of events'), [])
  ).forEach((e, i) => {
    if (!isPlainObject(e) || typeof e.send !== 'string' || !/^[^/]+\/[^/]+$/.test(e.send))
      return fail(['events', i, 'send'], 'SOURCE/EVENT, e.g. webhook/build');
    const headers = isPlainObject(e.headers)
      ? Object.fromEntries(Object.entries(e.headers).map(([k, v]) => [k, String(v)]))
      : undefined;
    events.push({
      name: typeof e.name === 'string' ? e.name : e.send,
      send: e.send,
      body: e.body ?? {},
      ...(headers ? { headers } : {}),
      ...(typeof e.method === 'string' ? { method: e.method.toUpperCase() } : {}),
    });
  });
  const checks: LessonCheck[] = [];
  const list =
    Array.isArray(value.checks) && value.checks.length
      ? value.checks
      : (fail(['checks'], 'a list of at least one check'), []);
  list.forEach((raw, i) => {
    const check = readCheck(raw, (p, m) => fail(['checks', i, ...p], m));
    if (check) checks.push(check);
  });
  const lesson: Lesson = {
    id,
    title,
    goal,
    start: design('start'),
    solution: design('solution'),
    events,
    checks,
  };
  return problems.length ? { ok: false, problems } : { ok: true, lesson };
}

function readCheck(
  raw: unknown,
  fail: (path: FieldPath, message: string) => void,
): LessonCheck | null {
  if (!isPlainObject(raw))
    return (
      fail([], 'a mapping with title, hint and one of resource, scenario, noProblem, noErrors'),
      null
    );
  if (typeof raw.title !== 'string' || !raw.title) fail(['title'], 'a title the learner sees');
  const head = {
    title: String(raw.title ?? ''),
    hint: typeof raw.hint === 'string' ? raw.hint : '',
  };
  if (isPlainObject(raw.resource)) {
    const r = raw.resource;
    if (typeof r.kind !== 'string')
      return (fail(['resource', 'kind'], 'EventBus, EventSource or Sensor'), null);
    // By path, as the lesson file writes them: null-prototype, so `__proto__` is a path.
    const where = Object.create(null) as Record<string, string[]>;
    if (r.where !== undefined) {
      if (!isPlainObject(r.where)) fail(['resource', 'where'], 'a mapping of paths to values');
      else
        for (const [path, want] of Object.entries(r.where))
          where[path] = Array.isArray(want) ? want.map(text) : [text(want)];
    }
    const paths = (key: 'has' | 'lacks') =>
      r[key] === undefined
        ? []
        : (strings(r[key]) ?? (fail(['resource', key], 'a list of paths'), []));
    return {
      ...head,
      type: 'resource',
      resource: {
        kind: r.kind,
        ...(typeof r.name === 'string' ? { name: r.name } : {}),
        where,
        has: paths('has'),
        lacks: paths('lacks'),
      },
    };
  }
  if (isPlainObject(raw.scenario)) {
    const scenario = readScenario({ name: head.title || 'check', ...raw.scenario }, (p, m) =>
      fail(['scenario', ...p], m),
    );
    return scenario ? { ...head, type: 'scenario', scenario } : null;
  }
  if (typeof raw.noProblem === 'string') return { ...head, type: 'noProblem', code: raw.noProblem };
  if (raw.noErrors === true) return { ...head, type: 'noErrors' };
  return (fail([], 'one of resource, scenario, noProblem or noErrors: true'), null);
}

/** Writes a lesson as a file `parseLesson` reads back to the same lesson. */
export function formatLesson(lesson: Lesson): string {
  const joined = (files: DesignFile[]) =>
    files
      .map((f) => f.text.trimEnd())
      .filter(Boolean)
      .join('\n---\n');
  const check = (c: LessonCheck): Obj => {
    const head = { title: c.title, ...(c.hint ? { hint: c.hint } : {}) };
    switch (c.type) {
      case 'resource':
        return {
          ...head,
          resource: {
            kind: c.resource.kind,
            ...(c.resource.name ? { name: c.resource.name } : {}),
            ...(Object.keys(c.resource.where).length
              ? {
                  where: Object.fromEntries(
                    Object.entries(c.resource.where).map(([k, v]) => [
                      k,
                      v.length === 1 ? v[0] : v,
                    ]),
                  ),
                }
              : {}),
            ...(c.resource.has.length ? { has: c.resource.has } : {}),
            ...(c.resource.lacks.length ? { lacks: c.resource.lacks } : {}),
          },
        };
      case 'scenario':
        return {
          ...head,
          scenario: {
            start: c.scenario.start,
            steps: c.scenario.steps.map(stepData),
            expect: c.scenario.expect,
            ...(c.scenario.only ? { only: c.scenario.only } : {}),
          },
        };
      case 'noProblem':
        return { ...head, noProblem: c.code };
      case 'noErrors':
        return { ...head, noErrors: true };
    }
  };
  const start = joined(lesson.start);
  const solution = joined(lesson.solution);
  return (
    '# An Eventflow Studio lesson: open it in the app (Workshop → Open a lesson file) or share it by link.\n' +
    stringify(
      {
        apiVersion: LESSON_API_VERSION,
        kind: LESSON_KIND,
        id: lesson.id,
        title: lesson.title,
        goal: lesson.goal,
        ...(start ? { start: `${start}\n` } : {}),
        ...(solution ? { solution: `${solution}\n` } : {}),
        ...(lesson.events.length ? { events: lesson.events } : {}),
        checks: lesson.checks.map(check),
      },
      { lineWidth: 0, blockQuote: 'literal' },
    )
  );
}

const stepData = (s: ScenarioStep): Obj => stepYaml(s);
