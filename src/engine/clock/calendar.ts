import { parseCron } from './cron';
import { parseDuration } from './clock';

export const MAX_CALENDAR_TICKS = 10_000;

export interface CalendarConfig {
  schedule?: unknown;
  interval?: unknown;
  timezone?: unknown;
  exclusionDates?: unknown;
}

export type CalendarTicks =
  { ok: true; ticks: number[]; truncated: boolean } | { ok: false; error: string };

/**
 * When a calendar EventSource fires in (fromMs, toMs]: on its cron `schedule` (in `timezone`) or
 * every `interval`, skipping ticks whose date (in the zone) is in `exclusionDates`.
 */
export function calendarTicks(config: CalendarConfig, fromMs: number, toMs: number): CalendarTicks {
  const zone = typeof config.timezone === 'string' && config.timezone ? config.timezone : 'UTC';
  const excluded = new Set(
    (Array.isArray(config.exclusionDates) ? config.exclusionDates : []).map((d) =>
      String(d).slice(0, 10),
    ),
  );
  let next: (after: number) => number | null;
  if (typeof config.schedule === 'string' && config.schedule.trim() !== '') {
    const spec = parseCron(config.schedule, zone);
    if (!spec.ok)
      return { ok: false, error: `schedule ${JSON.stringify(config.schedule)}: ${spec.error}` };
    next = spec.next;
  } else if (typeof config.interval === 'string' && config.interval !== '') {
    const d = parseDuration(config.interval);
    if (d === null || d <= 0)
      return {
        ok: false,
        error: `interval ${JSON.stringify(config.interval)} is not a Go duration such as 10s or 1h`,
      };
    next = (after) => Math.floor(after / d) * d + d;
  } else {
    return { ok: false, error: 'a calendar event needs a schedule or an interval' };
  }
  const ticks: number[] = [];
  let t = next(fromMs);
  while (t !== null && t <= toMs) {
    if (!excluded.has(dateIn(t, zone))) {
      if (ticks.length >= MAX_CALENDAR_TICKS) return { ok: true, ticks, truncated: true };
      ticks.push(t);
    }
    t = next(t);
  }
  return { ok: true, ticks, truncated: false };
}

function dateIn(ms: number, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(ms));
}
