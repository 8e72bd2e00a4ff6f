import { isValidTimeZone } from '../../domain/validation/rules/timeZones';
import { goTimeString, GoTime, zonedParts } from '../template/values';
import { parseCron } from './cron';
import { goDurationMs } from '../../domain/cron/goDuration';

const MAX_CALENDAR_TICKS = 10_000;

export interface CalendarConfig {
  schedule?: unknown;
  interval?: unknown;
  timezone?: unknown;
  exclusionDates?: unknown;
}

export type CalendarTicks =
  { ok: true; ticks: number[]; truncated: boolean } | { ok: false; error: string };

type Next = (after: number) => number | null;
type Resolved =
  | { ok: true; next: Next; zone: string; excluded: Set<string>; intervalMs: number | null }
  | { ok: false; error: string };

/**
 * sharedutil.ParseExclusionDates: only `EXDATE:` entries count (RFC 5545, `20060102T150405Z`,
 * comma-separated); anything else is ignored, and a bad date stops the source.
 */
function exclusionDates(v: unknown): Set<string> | string {
  const out = new Set<string>();
  for (const val of Array.isArray(v) ? v : []) {
    if (typeof val !== 'string' || !val.startsWith('EXDATE:')) continue;
    for (const d of val.slice('EXDATE:'.length).split(',')) {
      const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(d);
      if (!m) return `parsing time ${JSON.stringify(d)} as "20060102T150405Z": cannot parse`;
      out.add(`${m[1]}-${m[2]}-${m[3]}`);
    }
  }
  return out;
}

/** calendar/start.go resolveSchedule plus the rest of StartListening's setup; errors stop the source. */
function resolve(config: CalendarConfig): Resolved {
  const tz = typeof config.timezone === 'string' ? config.timezone : '';
  if (tz && !isValidTimeZone(tz))
    return { ok: false, error: `failed to load location ${JSON.stringify(tz)}: unknown time zone` };
  const zone = tz && tz !== 'Local' ? tz : 'UTC';
  const excluded = exclusionDates(config.exclusionDates);
  if (typeof excluded === 'string') return { ok: false, error: excluded };
  const schedule = typeof config.schedule === 'string' ? config.schedule : '';
  if (schedule !== '') {
    const spec = parseCron(schedule, zone);
    if (!spec.ok)
      return {
        ok: false,
        error: `failed to parse schedule ${schedule} from calendar event. Cause: ${spec.error}`,
      };
    return { ok: true, next: spec.next, zone, excluded, intervalMs: null };
  }
  const interval = typeof config.interval === 'string' ? config.interval : '';
  if (interval !== '') {
    const d = goDurationMs(interval);
    if (d === null)
      return {
        ok: false,
        error: `failed to parse interval ${interval} from calendar event. Cause: time: invalid duration ${JSON.stringify(interval)}`,
      };
    // Next(t) = t + d - t.Nanosecond(): below one second every tick lands on the same instant and
    // the pod sends events without end; a negative interval replays the past for ever.
    if (d < 1000)
      return {
        ok: false,
        error: `interval ${interval} is under one second: the source would publish events without end (the simulator refuses it)`,
      };
    return {
      ok: true,
      next: (after) => Math.floor(after / 1000) * 1000 + d,
      zone,
      excluded,
      intervalMs: d,
    };
  }
  return { ok: false, error: 'calendar event must contain either a schedule or interval' };
}

/** Why the calendar source cannot start (the reason a pod logs), or null when it can. */
export function calendarStartError(config: CalendarConfig): string | null {
  const r = resolve(config);
  return r.ok ? null : r.error;
}

/**
 * When a calendar EventSource fires in (fromMs, toMs], as calendar/start.go computes it from the
 * pod's start `startMs`: on its cron `schedule` (in `timezone`, or a CRON_TZ= prefix), or every
 * `interval` counted from the start (Next truncates the previous tick to the second, then adds
 * the interval), skipping ticks whose date in the zone is an `EXDATE:` exclusion.
 */
export function calendarTicks(
  config: CalendarConfig,
  fromMs: number,
  toMs: number,
  startMs: number = fromMs,
): CalendarTicks {
  const r = resolve(config);
  if (!r.ok) return r;
  const ticks: number[] = [];
  let t: number | null;
  if (r.intervalMs !== null) {
    // Tick k is floor(start) + fraction + k × whole seconds; jump to the first one after fromMs.
    const s0 = Math.floor(startMs / 1000) * 1000;
    const whole = Math.floor(r.intervalMs / 1000) * 1000;
    const frac = r.intervalMs - whole;
    const k = Math.max(1, Math.floor((fromMs - s0 - frac) / whole) + 1);
    t = s0 + frac + k * whole;
    while (t <= fromMs) t += whole;
  } else t = r.next(Math.max(fromMs, startMs));
  while (t !== null && t <= toMs) {
    if (!r.excluded.has(zonedParts(t, r.zone).date)) {
      if (ticks.length >= MAX_CALENDAR_TICKS) return { ok: true, ticks, truncated: true };
      ticks.push(t);
    }
    t = r.next(t);
  }
  return { ok: true, ticks, truncated: false };
}

/**
 * The `eventTime` of a tick: Go's time.Time.String() of the timer's time.Now(), so in the pod's
 * zone (UTC in the Argo Events image), with the monotonic reading `m=+<seconds since start>`.
 * A real pod adds microseconds of timer latency; the simulator gives the exact tick.
 */
export function calendarEventTime(nowMs: number, startMs: number): string {
  const since = nowMs - startMs;
  const sign = since < 0 ? '-' : '+';
  const abs = Math.abs(since);
  const secs = Math.floor(abs / 1000);
  const nanos = String((abs % 1000) * 1_000_000).padStart(9, '0');
  return `${goTimeString(new GoTime(nowMs, 'UTC'))} m=${sign}${secs}.${nanos}`;
}
