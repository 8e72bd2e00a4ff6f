import { readOutcomes, type OutcomeEntry } from './actionOutcome';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A scenario's `outcomes`: a map of `SENSOR/TRIGGER` to an outcome or a list of them (one per
 * attempt, the last repeats); also the app's stored form, a list of `{trigger, outcomes}`.
 * Mistakes go to `fail` with their path; null when nothing could be read.
 */
export function readOutcomeMap(
  raw: unknown,
  fail: (path: (string | number)[], message: string) => void,
): OutcomeEntry[] | null {
  const pairs: [string, unknown, (string | number)[]][] = Array.isArray(raw)
    ? raw.map((e, i) => [isObj(e) ? String(e.trigger ?? '') : '', isObj(e) ? e.outcomes : e, [i]])
    : isObj(raw)
      ? Object.keys(raw).map((k) => [k, raw[k], [k]])
      : [];
  if (!Array.isArray(raw) && !isObj(raw)) {
    fail([], 'a mapping of SENSOR/TRIGGER to an outcome (error, timeout, status:503, …)');
    return null;
  }
  const out: OutcomeEntry[] = [];
  for (const [trigger, value, path] of pairs) {
    if (!/^[^/]+\/[^/]+$/.test(trigger)) {
      fail(path, `${JSON.stringify(trigger)} is not SENSOR/TRIGGER`);
      continue;
    }
    const r = readOutcomes(value);
    if (!r.ok) fail(path, r.error);
    else out.push({ trigger, outcomes: r.outcomes });
  }
  return out;
}
