import { Cron } from 'croner';

/**
 * Five-field crons as robfig/cron reads them (minute hour day-of-month month day-of-week; when
 * both day fields are restricted either may match), plus the @hourly/@daily… descriptors and
 * `@every <duration>`. Computed with croner; no timers are started.
 */
export type CronSpec =
  { ok: true; next: (afterMs: number) => number | null } | { ok: false; error: string };

import { parseDuration } from './clock';

export function parseCron(expr: string, timezone?: string): CronSpec {
  const text = expr.trim();
  const every = /^@every\s+(.+)$/.exec(text);
  if (every) {
    const d = parseDuration(every[1] ?? '');
    if (d === null || d <= 0)
      return { ok: false, error: `invalid duration in ${JSON.stringify(text)}` };
    const step = Math.max(1000, Math.floor(d / 1000) * 1000);
    return { ok: true, next: (after) => (Math.floor(after / step) + 1) * step };
  }
  const fields = text.split(/\s+/);
  if (!text.startsWith('@') && fields.length !== 5)
    return {
      ok: false,
      error: `expected 5 fields (minute hour day-of-month month day-of-week), got ${fields.length}`,
    };
  try {
    const job = new Cron(text, { paused: true, mode: '5-part', ...(timezone ? { timezone } : {}) });
    return {
      ok: true,
      next: (after) => job.nextRun(new Date(after))?.getTime() ?? null,
    };
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
