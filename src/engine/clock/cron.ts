import { Cron } from 'croner';
import { cronNeverFires, parseCronSpec } from '../../domain/cron/cronSpec';

/**
 * Five-field crons as Argo Events runs them: read by the domain's robfig/cron parser (the one
 * validation uses, so the simulator and the Problems list never disagree about a spec), then
 * scheduled with croner on the exact field sets robfig parsed. robfig matches both day fields when
 * either is starred (`*`, `?`, or a star with step 1) and either of them otherwise; croner is told which. A
 * `CRON_TZ=`/`TZ=` prefix wins over the zone the schedule runs in. No timers run.
 */
export type CronSpec =
  | { ok: true; next: (afterMs: number) => number | null; zone: string | null }
  | { ok: false; error: string };

export function parseCron(expr: string, timezone?: string): CronSpec {
  const read = parseCronSpec(expr);
  if (!read.ok) return { ok: false, error: read.error.message };
  const s = read.schedule;
  const zone = s.timeZone === null ? null : s.timeZone || 'UTC';
  if (cronNeverFires(s)) return { ok: true, zone, next: () => null };
  const tz = zone ?? (timezone && timezone !== 'Local' ? timezone : undefined);
  const pattern = [s.minutes, s.hours, s.daysOfMonth, s.months, s.daysOfWeek]
    .map((values) => values.join(','))
    .join(' ');
  try {
    const job = new Cron(pattern, {
      paused: true,
      mode: '5-part',
      domAndDow: s.dayOfMonthStar || s.dayOfWeekStar,
      ...(tz ? { timezone: tz } : {}),
    });
    return { ok: true, zone, next: (after) => job.nextRun(new Date(after))?.getTime() ?? null };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The last tick at or before `atMs`, searching back at most `windowMs` (for reset catch-up). */
export function previousTick(
  spec: Extract<CronSpec, { ok: true }>,
  atMs: number,
  windowMs = 8 * 86_400_000,
): number | null {
  let t = spec.next(atMs - windowMs);
  let last: number | null = null;
  while (t !== null && t <= atMs) {
    last = t;
    t = spec.next(t);
  }
  return last;
}
