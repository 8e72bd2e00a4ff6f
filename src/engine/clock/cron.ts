import { Cron } from 'croner';
import { isValidTimeZone } from '../../domain/validation/rules/timeZones';

/**
 * Five-field crons as Argo Events parses them: robfig/cron's
 * `NewParser(Minute | Hour | Dom | Month | Dow)` (calendar/start.go resolveSchedule, and the
 * sensor's conditionsReset). Descriptors (`@every 1h`, `@daily`) are refused because that parser
 * is built without the Descriptor option; a `CRON_TZ=Zone ` or `TZ=Zone ` prefix sets the zone.
 * When both day fields are restricted either may match. Computed with croner; no timers run.
 */
export type CronSpec =
  | { ok: true; next: (afterMs: number) => number | null; zone: string | null }
  | { ok: false; error: string };

export function parseCron(expr: string, timezone?: string): CronSpec {
  let text = expr;
  if (text.length === 0) return { ok: false, error: 'empty spec string' };
  let zone: string | null = null;
  if (text.startsWith('TZ=') || text.startsWith('CRON_TZ=')) {
    const space = text.indexOf(' ');
    const name = text.slice(text.indexOf('=') + 1, space < 0 ? undefined : space);
    if (space < 0 || !isValidTimeZone(name) || name === '')
      return { ok: false, error: `provided bad location ${name}: unknown time zone ${name}` };
    zone = name === 'Local' ? 'UTC' : name;
    text = text.slice(space).trim();
  }
  if (text.startsWith('@'))
    return { ok: false, error: `parser does not accept descriptors: ${text}` };
  const fields = text.split(/\s+/).filter((x) => x !== '');
  if (fields.length !== 5)
    return {
      ok: false,
      error: `expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`,
    };
  const tz = zone ?? (timezone && timezone !== 'Local' ? timezone : undefined);
  try {
    const job = new Cron(fields.join(' '), {
      paused: true,
      mode: '5-part',
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
