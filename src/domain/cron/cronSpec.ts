import { loadsAsGoLocation } from './goLocation';

/**
 * A cron spec read exactly as Argo Events reads calendar `schedule` and `conditionsReset.byTime.cron`:
 * robfig/cron v3 with `NewParser(Minute | Hour | Dom | Month | Dow)` (pkg/sensors/listener.go,
 * pkg/reconciler/sensor/validate.go, pkg/eventsources/sources/calendar/start.go resolveSchedule).
 * That is five fields, no seconds, no descriptors (`@daily`, `@every 1h` are refused), names for
 * months and weekdays, and an optional `CRON_TZ=<zone> ` or `TZ=<zone> ` prefix whose zone must load.
 */
export interface CronSchedule {
  /** The values each field matches, ascending. A field can be empty (`,` alone): it never matches. */
  minutes: readonly number[];
  hours: readonly number[];
  /** 1–31. */
  daysOfMonth: readonly number[];
  /** 1–12. */
  months: readonly number[];
  /** 0–6, Sunday is 0. */
  daysOfWeek: readonly number[];
  /**
   * robfig's "star" flag of the two day fields: set by `*` or `?` unless a step above 1 follows.
   * When either day field is starred a time must match both; when neither is, it may match either
   * (`0 0 1 * mon` fires on the 1st and on Mondays).
   */
  dayOfMonthStar: boolean;
  dayOfWeekStar: boolean;
  /**
   * The zone of a `CRON_TZ=`/`TZ=` prefix (`""` means UTC), or null without a prefix. A prefix zone
   * wins over the zone the schedule runs in (conditionsReset `timezone`, calendar `timezone`).
   */
  timeZone: string | null;
}

/** Why a spec was refused, with the offending part as `[start, end)` offsets into the spec text. */
interface CronSpecError {
  message: string;
  start: number;
  end: number;
}

export type CronSpecReading =
  { ok: true; schedule: CronSchedule } | { ok: false; error: CronSpecError };

interface Bounds {
  min: number;
  max: number;
  names?: Readonly<Record<string, number>>;
}

const MONTH_NAMES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const FIELDS: readonly Bounds[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: Object.fromEntries(MONTH_NAMES.map((n, i) => [n, i + 1])) },
  { min: 0, max: 6, names: Object.fromEntries(DAY_NAMES.map((n, i) => [n, i])) },
];
/** Go's unicode.IsSpace, which strings.Fields splits on and strings.TrimSpace trims. */
const SPACE =
  '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const FIELD = new RegExp(`[^${SPACE}]+`, 'g');
const LEADING_SPACE = new RegExp(`^[${SPACE}]+`);
const TRAILING_SPACE = new RegExp(`[${SPACE}]+$`);

/** Reads a cron spec as the sensor and the calendar source do; never throws. */
export function parseCronSpec(spec: string): CronSpecReading {
  const fail = (message: string, start = 0, end = spec.length): CronSpecReading => ({
    ok: false,
    error: { message, start, end },
  });
  if (spec === '') return fail('empty spec string');
  let rest = spec;
  let offset = 0;
  let timeZone: string | null = null;
  if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
    const space = spec.indexOf(' ');
    const eq = spec.indexOf('=');
    // robfig slices up to the first space; without one the parser panics.
    if (space === -1)
      return fail(`${spec.slice(0, eq + 1)} must be followed by a zone, a space and the schedule`);
    timeZone = spec.slice(eq + 1, space);
    if (!loadsAsGoLocation(timeZone))
      return fail(
        `provided bad location ${timeZone}: unknown time zone ${timeZone}`,
        eq + 1,
        space,
      );
    offset = space;
    rest = spec.slice(space);
  }
  const fields = [...rest.matchAll(FIELD)];
  // robfig checks for "@" after stripping the zone prefix (and the spaces after it), before splitting.
  const first = fields[0];
  const unprefixed =
    timeZone === null ? spec : rest.replace(LEADING_SPACE, '').replace(TRAILING_SPACE, '');
  if (first && unprefixed.startsWith('@'))
    return fail(`parser does not accept descriptors: ${unprefixed}`, offset + first.index);
  if (fields.length !== 5)
    return fail(
      `expected exactly 5 fields, found ${fields.length}: [${fields.map((f) => f[0]).join(' ')}]`,
      offset,
    );
  const values: number[][] = [];
  const stars: boolean[] = [];
  for (let i = 0; i < 5; i++) {
    const field = fields[i]!;
    const read = readField(field[0], FIELDS[i]!);
    if (typeof read === 'string')
      return fail(read, offset + field.index, offset + field.index + field[0].length);
    values.push(read.values);
    stars.push(read.star);
  }
  return {
    ok: true,
    schedule: {
      minutes: values[0]!,
      hours: values[1]!,
      daysOfMonth: values[2]!,
      months: values[3]!,
      daysOfWeek: values[4]!,
      dayOfMonthStar: stars[2]!,
      dayOfWeekStar: stars[4]!,
      timeZone,
    },
  };
}

/**
 * True when no time ever matches: an empty field, or days of the month that the chosen months do
 * not have (`0 0 30 2 *`, `0 0 31 4,6 *`). robfig then finds no next time and never runs the job.
 */
export function cronNeverFires(s: CronSchedule): boolean {
  if (s.minutes.length === 0 || s.hours.length === 0 || s.months.length === 0) return true;
  // February counts 29 days: robfig looks five years ahead, which always includes a leap year.
  const longest = Math.max(
    ...s.months.map((m) => [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0),
  );
  const domPossible = s.daysOfMonth.some((d) => d <= longest);
  const dowPossible = s.daysOfWeek.length > 0;
  if (s.dayOfMonthStar || s.dayOfWeekStar) return !(domPossible && dowPossible);
  return !(domPossible || dowPossible);
}

/** One field: comma-separated ranges (empty items are skipped, as strings.FieldsFunc does). */
function readField(field: string, bounds: Bounds): { values: number[]; star: boolean } | string {
  const set = new Set<number>();
  let star = false;
  for (const expr of field.split(',').filter((e) => e !== '')) {
    const range = readRange(expr, bounds);
    if (typeof range === 'string') return range;
    for (let v = range.start; v <= range.end; v += range.step) set.add(v);
    star ||= range.star;
  }
  return { values: [...set].sort((a, b) => a - b), star };
}

/** `*`, `?`, `N`, `N-M`, each optionally `/step`; `N/step` runs from N to the field's maximum. */
function readRange(
  expr: string,
  r: Bounds,
): { start: number; end: number; step: number; star: boolean } | string {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = (rangeAndStep[0] ?? '').split('-');
  let start: number;
  let end: number;
  let star = false;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    // Like robfig, anything after "*-" is ignored: "*-5" is "*".
    start = r.min;
    end = r.max;
    star = true;
  } else {
    const low = intOrName(lowAndHigh[0] ?? '', r.names);
    if (typeof low === 'string') return low;
    start = low;
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) {
      const high = intOrName(lowAndHigh[1] ?? '', r.names);
      if (typeof high === 'string') return high;
      end = high;
    } else return `too many hyphens: ${expr}`;
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    const parsed = nonNegativeInt(rangeAndStep[1] ?? '');
    if (typeof parsed === 'string') return parsed;
    step = parsed;
    if (lowAndHigh.length === 1) end = r.max;
    if (step > 1) star = false;
  } else if (rangeAndStep.length > 2) return `too many slashes: ${expr}`;
  if (start < r.min) return `beginning of range (${start}) below minimum (${r.min}): ${expr}`;
  if (end > r.max) return `end of range (${end}) above maximum (${r.max}): ${expr}`;
  if (start > end) return `beginning of range (${start}) beyond end of range (${end}): ${expr}`;
  if (step === 0) return `step of range should be a positive number: ${expr}`;
  return { start, end, step, star };
}

function intOrName(expr: string, names?: Readonly<Record<string, number>>): number | string {
  const named = names ? Object.entries(names).find(([n]) => n === expr.toLowerCase()) : undefined;
  return named ? named[1] : nonNegativeInt(expr);
}

/** strconv.Atoi (optional sign, ASCII digits, int64 range), then robfig's "no negatives". */
function nonNegativeInt(expr: string): number | string {
  if (!/^[+-]?\d+$/.test(expr))
    return `failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: invalid syntax`;
  const n = BigInt(expr);
  if (n > 9223372036854775807n || n < -9223372036854775808n)
    return `failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: value out of range`;
  if (n < 0n) return `negative number (${n}) not allowed: ${expr}`;
  return Number(n);
}
