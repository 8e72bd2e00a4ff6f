import type { FilterCheck } from '../trace';
import type { FamilyOutcome } from './filterTypes';

const CLOCK = /^(\d{1,2}):(\d{2}):(\d{2})$/;

/** Seconds since midnight for Go's time.Parse("15:04:05"); null when Go would fail. */
function parseClock(s: string): number | null {
  const m = CLOCK.exec(s);
  if (!m) return null;
  const [h, mi, se] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (h > 23 || mi > 59 || se > 59) return null;
  return h * 3600 + mi * 60 + se;
}

/** Seconds since midnight of an instant, in a zone; null for an unknown zone. */
function secondsOfDay(ms: number, zone: string): number | null {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(new Date(ms));
    const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
    return get('hour') * 3600 + get('minute') * 60 + get('second');
  } catch {
    return null;
  }
}

/**
 * `filters.time` (SEMANTICS §2.5): start inclusive, stop exclusive, on the event's own date in
 * `timezone` (UTC by default); stop ≤ start is a window across midnight.
 */
export function evaluateTimeFilter(spec: unknown, eventTime: string): FamilyOutcome {
  const s = (spec ?? null) as { start?: unknown; stop?: unknown; timezone?: unknown } | null;
  if (!s || typeof s !== 'object' || ((s.start ?? '') === '' && (s.stop ?? '') === ''))
    return { family: 'time', set: false, result: true, checks: [] };
  const start = String(s.start ?? '');
  const stop = String(s.stop ?? '');
  const zone = typeof s.timezone === 'string' && s.timezone !== '' ? s.timezone : 'UTC';
  const subject = `${start}–${stop}${zone !== 'UTC' ? ` ${zone}` : ' UTC'}`;
  const fail = (error: string): FamilyOutcome => ({
    family: 'time',
    set: true,
    result: false,
    error,
    checks: [{ family: 'time', index: 0, subject, result: false, error }],
  });
  const a = parseClock(start);
  if (a === null) return fail(`failed to parse start time ${JSON.stringify(start)}: want HH:MM:SS`);
  const b = parseClock(stop);
  if (b === null) return fail(`failed to parse stop time ${JSON.stringify(stop)}: want HH:MM:SS`);
  const ms = Date.parse(eventTime);
  if (Number.isNaN(ms)) return fail(`event time ${JSON.stringify(eventTime)} is not a valid time`);
  const t = secondsOfDay(ms, zone);
  if (t === null) return fail(`unknown time zone ${zone}`);
  const result = a < b ? t >= a && t < b : t >= a || t < b;
  const hh = (n: number) =>
    `${String(Math.floor(n / 3600)).padStart(2, '0')}:${String(Math.floor(n / 60) % 60).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;
  const check: FilterCheck = {
    family: 'time',
    index: 0,
    subject,
    found: hh(t),
    expected: a < b ? `[${start}, ${stop})` : `≥ ${start} or < ${stop} (across midnight)`,
    result,
    note: a === b ? 'start equals stop, which passes every event' : undefined,
  };
  if (check.note === undefined) delete check.note;
  return { family: 'time', set: true, result, checks: [check] };
}
