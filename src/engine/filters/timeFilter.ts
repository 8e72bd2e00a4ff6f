import {
  compareInstants,
  dateIn,
  goParseTime,
  parseEventTime,
  type GoInstant,
  type GoLocation,
} from '../template/goTime';
import type { FilterCheck } from '../trace';
import type { FamilyOutcome } from './filterTypes';
import { TZ_NAMES } from './tzNames';
import { asRecord } from '../../lib/jsonValue';

const LAYOUT = '2006-01-02 15:04:05';

/**
 * time.LoadLocation on the sensor pod: "UTC" and "Local" (the pod runs in UTC), or a tz database
 * file name spelled exactly (the lookup is case-sensitive); the simulator also needs Intl to know it.
 */
function loadLocation(name: string): GoLocation | null {
  if (name === 'UTC' || name === 'Local') return 'UTC';
  if (!TZ_NAMES.has(name)) return null;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
  } catch {
    return null;
  }
  return { zone: name };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * util.ParseTime / ParseTimeInTimezone (pkg/shared/util/time.go): the clock text on the event's
 * date in the location, read with time.Parse("2006-01-02 15:04:05"), so a fractional second and
 * extra spaces before the time are accepted, an empty or partial time is an error.
 */
function parseOnDate(text: string, event: GoInstant, loc: GoLocation) {
  const { y, m, d } = dateIn(event, loc);
  const date = `${y < 0 ? '-' : ''}${pad(Math.abs(y), 4)}-${pad(m)}-${pad(d)}`;
  return goParseTime(LAYOUT, `${date} ${text}`, loc);
}

/**
 * `filters.time` (pkg/sensors/dependencies/filter.go filterTime): start inclusive, stop exclusive,
 * both on the event's own date in `timezone` (UTC when empty); stop ≤ start is a window across
 * midnight. A time filter that is present is always evaluated: an empty start or stop is an error.
 */
export function evaluateTimeFilter(spec: unknown, eventTime: string): FamilyOutcome {
  // A list is set but names no field (YAML gives it no named members).
  const s = Array.isArray(spec) ? {} : asRecord(spec);
  if (!s) return { family: 'time', set: false, result: true, checks: [] };
  const start = typeof s.start === 'string' ? s.start : '';
  const stop = typeof s.stop === 'string' ? s.stop : '';
  const tz = typeof s.timezone === 'string' ? s.timezone : '';
  const subject = `${start}–${stop} ${tz || 'UTC'}`;
  const fail = (error: string): FamilyOutcome => ({
    family: 'time',
    set: true,
    result: false,
    error,
    checks: [{ family: 'time', index: 0, subject, result: false, error }],
  });
  const event = parseEventTime(eventTime);
  if (event === null) return fail(`event time ${JSON.stringify(eventTime)} is not a valid time`);
  let loc: GoLocation = 'UTC';
  if (tz !== '') {
    const l = loadLocation(tz);
    if (l === null) return fail(`invalid timezone '${tz}': unknown time zone ${tz}`);
    loc = l;
  }
  const a = parseOnDate(start, event, loc);
  if (!a.ok) return fail(a.error);
  const b = parseOnDate(stop, event, loc);
  if (!b.ok) return fail(b.error);
  const inOrder = compareInstants(a.t, b.t) < 0;
  const afterStart = compareInstants(event, a.t) >= 0;
  const beforeStop = compareInstants(event, b.t) < 0;
  const result = inOrder ? afterStart && beforeStop : afterStart || beforeStop;
  const check: FilterCheck = {
    family: 'time',
    index: 0,
    subject,
    found: eventTime,
    expected: inOrder ? `[${start}, ${stop})` : `≥ ${start} or < ${stop} (across midnight)`,
    result,
  };
  if (compareInstants(a.t, b.t) === 0) check.note = 'start equals stop, which passes every event';
  return { family: 'time', set: true, result, checks: [check] };
}
