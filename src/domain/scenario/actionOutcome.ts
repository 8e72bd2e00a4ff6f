import { parseDuration } from '../cron/goDuration';
import { isJsonObject } from '../manifest/jsonValue';

/**
 * How one attempt of a trigger's action turns out in the simulated cluster: the user says it, the
 * engine decides what the sensor then does (policies, retries, dead-letter trigger).
 */
export type ActionOutcome =
  /** The call succeeds (an HTTP-like response is 200; policy.k8s labels match at the first poll). */
  | { kind: 'success' }
  /** The call fails with this error (a connection refused, an API server error). */
  | { kind: 'error'; message?: string }
  /** The call does not answer: it fails after the trigger's timeout (http `timeout`, else 60 s) or `afterMs`. */
  | { kind: 'timeout'; afterMs?: number }
  /** The call answers with this status: a response for http, openWhisk and awsLambda; an error ≥ 400 for the rest. */
  | { kind: 'status'; code: number }
  /** The resource is created, and policy.k8s labels match at this poll (null: never). */
  | { kind: 'labels'; matchOnPoll: number | null };

/** The outcomes of one trigger, attempt by attempt; the last one repeats. */
export interface OutcomeEntry {
  /** `SENSOR/TRIGGER` (a dead-letter trigger by its own template name). */
  trigger: string;
  outcomes: ActionOutcome[];
}

const SUCCESS: ActionOutcome = { kind: 'success' };

/** The outcome of attempt `n` (1-based) of a trigger: absent means it succeeds. */
export function outcomeFor(
  entries: readonly OutcomeEntry[] | undefined,
  sensor: string,
  trigger: string,
  n: number,
): ActionOutcome {
  const key = `${sensor}/${trigger}`;
  const entry = entries?.find((e) => e.trigger === key);
  if (!entry || entry.outcomes.length === 0) return SUCCESS;
  return entry.outcomes[Math.min(n, entry.outcomes.length) - 1] ?? SUCCESS;
}

/** Sets (or, with no outcomes, clears) the outcomes of the named triggers; returns a new list. */
export function mergeOutcomes(
  current: readonly OutcomeEntry[],
  changes: readonly OutcomeEntry[],
): OutcomeEntry[] {
  const out = current.filter((e) => !changes.some((c) => c.trigger === e.trigger));
  for (const c of changes)
    if (c.outcomes.length && !c.outcomes.every((o) => o.kind === 'success')) out.push(c);
  return out;
}

/** The outcome in the CLI's and the scenario file's words: `error`, `status:503`, `timeout:30s`, `labels:never`. */
export function formatOutcome(o: ActionOutcome): string {
  switch (o.kind) {
    case 'success':
      return 'success';
    case 'error':
      return o.message ? `error:${o.message}` : 'error';
    case 'timeout':
      if (o.afterMs === undefined) return 'timeout';
      return o.afterMs % 1000 === 0 ? `timeout:${o.afterMs / 1000}s` : `timeout:${o.afterMs}ms`;
    case 'status':
      return `status:${o.code}`;
    case 'labels':
      return `labels:${o.matchOnPoll ?? 'never'}`;
  }
}

/** The outcome in plain words for the trace: "an error", "HTTP status 503", … */
export function describeOutcome(o: ActionOutcome): string {
  switch (o.kind) {
    case 'success':
      return 'succeeds';
    case 'error':
      return o.message ? `fails: ${o.message}` : 'fails with an error';
    case 'timeout':
      return 'times out';
    case 'status':
      return `answers status ${o.code}`;
    case 'labels':
      return o.matchOnPoll === null
        ? 'makes an object whose labels never match'
        : `makes an object whose labels match at poll ${o.matchOnPoll}`;
  }
}

export type ParsedOutcomes = { ok: true; outcomes: ActionOutcome[] } | { ok: false; error: string };

const HELP =
  'success, error, error:MESSAGE, timeout, timeout:DURATION, status:CODE, labels:never or labels:N';

/**
 * One outcome or several for successive attempts, in words (`error`, `status:503,success`) or, from a
 * scenario file, as mappings (`{error: connection refused}`, `{status: 503}`) or a list of either.
 */
export function readOutcomes(value: unknown): ParsedOutcomes {
  const items: unknown[] =
    typeof value === 'string'
      ? splitList(value)
      : Array.isArray(value)
        ? value
        : value === undefined || value === null
          ? []
          : [value];
  if (items.length === 0) return { ok: false, error: `an outcome: ${HELP}` };
  const outcomes: ActionOutcome[] = [];
  for (const item of items) {
    const one = readOne(item);
    if (!one.ok) return one;
    outcomes.push(one.outcome);
  }
  return { ok: true, outcomes };
}

/** `error:a, b` keeps its message whole: only a comma before a known outcome word starts a new one. */
function splitList(text: string): string[] {
  const parts = text.split(/,(?=\s*(?:success|error|timeout|status|labels)\b)/);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function readOne(
  item: unknown,
): { ok: true; outcome: ActionOutcome } | { ok: false; error: string } {
  if (typeof item === 'string') {
    const m = /^(\w+)(?::([\s\S]*))?$/.exec(item.trim());
    if (!m) return { ok: false, error: `${JSON.stringify(item)} is not an outcome (${HELP})` };
    return fromPair(m[1]!, m[2]);
  }
  if (isJsonObject(item)) {
    // The engine's own form, as the app stores scenarios: {kind: 'status', code: 503}.
    if (typeof item.kind === 'string') return fromOwn(item);
    const keys = Object.keys(item);
    if (keys.length !== 1)
      return { ok: false, error: `an outcome mapping has one key (${HELP.replace(/:\w+/g, '')})` };
    const key = keys[0]!;
    const v = item[key];
    return fromPair(key, v === true || v === null || v === undefined ? undefined : String(v));
  }
  return { ok: false, error: `${JSON.stringify(item)} is not an outcome (${HELP})` };
}

function fromOwn(
  o: Partial<Record<string, unknown>>,
): { ok: true; outcome: ActionOutcome } | { ok: false; error: string } {
  switch (o.kind) {
    case 'success':
      return { ok: true, outcome: SUCCESS };
    case 'error':
      return fromPair('error', typeof o.message === 'string' ? o.message : undefined);
    case 'timeout':
      return typeof o.afterMs === 'number' && o.afterMs >= 0
        ? { ok: true, outcome: { kind: 'timeout', afterMs: o.afterMs } }
        : fromPair('timeout', undefined);
    case 'status':
      return fromPair('status', String(o.code));
    case 'labels':
      return fromPair('labels', o.matchOnPoll === null ? 'never' : String(o.matchOnPoll));
    default:
      return { ok: false, error: `${JSON.stringify(o.kind)} is not an outcome (${HELP})` };
  }
}

/** The outcomes as a scenario file writes them: one word, or a list for successive attempts. */
export function outcomesYaml(outcomes: readonly ActionOutcome[]): unknown {
  const one = (o: ActionOutcome) =>
    o.kind === 'error' && o.message ? { error: o.message } : formatOutcome(o);
  return outcomes.length === 1 ? one(outcomes[0]!) : outcomes.map(one);
}

function fromPair(
  word: string,
  arg: string | undefined,
): { ok: true; outcome: ActionOutcome } | { ok: false; error: string } {
  switch (word) {
    case 'success':
    case 'ok':
      return { ok: true, outcome: SUCCESS };
    case 'error':
      return { ok: true, outcome: arg ? { kind: 'error', message: arg } : { kind: 'error' } };
    case 'timeout': {
      if (!arg) return { ok: true, outcome: { kind: 'timeout' } };
      const ms = parseDuration(arg);
      if (ms === null || ms < 0)
        return { ok: false, error: `timeout:${arg}: not a duration such as 30s or 2m` };
      return { ok: true, outcome: { kind: 'timeout', afterMs: ms } };
    }
    case 'status': {
      const code = Number(arg);
      if (!arg || !Number.isInteger(code) || code < 100 || code > 999)
        return { ok: false, error: `status:${arg ?? ''}: a status code such as 503` };
      return { ok: true, outcome: { kind: 'status', code } };
    }
    case 'labels': {
      if (arg === 'never') return { ok: true, outcome: { kind: 'labels', matchOnPoll: null } };
      const n = Number(arg);
      if (!Number.isInteger(n) || n < 1)
        return {
          ok: false,
          error: `labels:${arg ?? ''}: labels:never or the poll they match at, e.g. labels:3`,
        };
      return { ok: true, outcome: { kind: 'labels', matchOnPoll: n } };
    }
    default:
      return { ok: false, error: `${JSON.stringify(word)} is not an outcome (${HELP})` };
  }
}
