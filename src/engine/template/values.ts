import { formatFloatV } from '../json/goNumbers';
import { nullRecord } from '../../lib/nullRecord';
import { isRecord } from '../../lib/jsonValue';

/** A Go integer (int/int64) as templates see it: constants like `10`, `len`, sprig's `add`. */
export class GoInt {
  constructor(readonly v: number) {}
}

/** A time value from sprig's date functions: epoch milliseconds and an IANA zone (or "UTC"). */
export class GoTime {
  constructor(
    readonly ms: number,
    readonly zone: string,
  ) {}
}

/** The "missing map key" value: prints as `<no value>`, is false, becomes nil in function calls. */
export const NO_VALUE: unique symbol = Symbol('no value');

export type TValue =
  null | boolean | number | string | GoInt | GoTime | TValue[] | TMap | typeof NO_VALUE;
export interface TMap {
  [key: string]: TValue;
}

export class TemplateExecError extends Error {}

/** The simulator stopped the template (its step or size budget), not a Go execution error. */
export class TemplateBudgetError extends TemplateExecError {}

export function isMap(v: TValue): v is TMap {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof GoInt) &&
    !(v instanceof GoTime)
  );
}

/** The Go type name used in error messages. */
export function goTypeName(v: TValue): string {
  if (v === NO_VALUE) return '<no value>';
  if (v === null) return '<nil>';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'float64';
  if (typeof v === 'string') return 'string';
  if (v instanceof GoInt) return 'int';
  if (v instanceof GoTime) return 'time.Time';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

/** Go truth: false, 0, nil, empty string/slice/map and missing values are false. */
export function truth(v: TValue): boolean {
  if (v === NO_VALUE || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof GoInt) return v.v !== 0;
  if (v instanceof GoTime) return true;
  if (Array.isArray(v)) return v.length > 0;
  return Object.keys(v).length > 0;
}

/** fmt's %v, which is how `{{ x }}` prints a value. */
export function printV(v: TValue, top = true): string {
  if (v === NO_VALUE) return top ? '<no value>' : '<nil>';
  if (v === null) return '<nil>';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return formatFloatV(v);
  if (typeof v === 'string') return v;
  if (v instanceof GoInt) return String(v.v);
  if (v instanceof GoTime) return goTimeString(v);
  if (Array.isArray(v)) return `[${v.map((x) => printV(x, false)).join(' ')}]`;
  return `map[${Object.keys(v)
    .sort()
    .map((k) => `${k}:${printV(v[k] ?? null, false)}`)
    .join(' ')}]`;
}

/** Go's time.Time.String() ("2006-01-02 15:04:05.999999999 -0700 MST"). */
export function goTimeString(t: GoTime): string {
  const parts = zonedParts(t.ms, t.zone);
  const frac =
    t.ms % 1000 === 0
      ? ''
      : `.${String(((t.ms % 1000) + 1000) % 1000)
          .padStart(3, '0')
          .replace(/0+$/, '')}`;
  return `${parts.date} ${parts.time}${frac} ${parts.offset} ${parts.abbrev}`;
}

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
  date: string;
  time: string;
  offsetMinutes: number;
  offset: string;
  abbrev: string;
}

/** Calendar fields of an instant in an IANA zone, from Intl (no wall clock involved). */
export function zonedParts(ms: number, zone: string): ZonedParts {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: zone === 'Local' ? 'UTC' : zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    weekday: 'short',
    hourCycle: 'h23',
    timeZoneName: 'short',
  });
  const get = (type: string) =>
    fmt.formatToParts(new Date(ms)).find((p) => p.type === type)?.value ?? '';
  const year = Number(get('year'));
  const month = Number(get('month'));
  const day = Number(get('day'));
  const hour = Number(get('hour'));
  const minute = Number(get('minute'));
  const second = Number(get('second'));
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = Math.round((local - Math.floor(ms / 1000) * 1000) / 60000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  let abbrev = zoneAbbreviation(ms, zone);
  if (zone === 'UTC' || zone === 'Etc/UTC' || abbrev === 'UTC') abbrev = 'UTC';
  else if (abbrev === null) abbrev = offset.slice(0, 3) + (abs % 60 ? offset.slice(3) : '');
  const p2 = (n: number) => String(n).padStart(2, '0');
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday')),
    date: `${String(year).padStart(4, '0')}-${p2(month)}-${p2(day)}`,
    time: `${p2(hour)}:${p2(minute)}:${p2(second)}`,
    offsetMinutes,
    offset,
    abbrev,
  };
}

/** Converts decoded JSON into template values (numbers stay float64, as Go decodes them). */
export function fromJson(v: unknown): TValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(fromJson);
  // Keys come from event data: a null-prototype map keeps `__proto__` or `constructor` plain keys.
  const out = nullRecord<TValue>();
  for (const [k, x] of Object.entries(isRecord(v) ? v : {})) out[k] = fromJson(x);
  return out;
}

const ABBREVIATION_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-NZ', 'en-ZA', 'en-IE'];
const EXTRA_ABBREVIATIONS: Record<string, [string, string]> = {
  'Asia/Tokyo': ['JST', 'JST'],
  'Asia/Seoul': ['KST', 'KST'],
  'Asia/Shanghai': ['CST', 'CST'],
  'Asia/Hong_Kong': ['HKT', 'HKT'],
  'Asia/Jerusalem': ['IST', 'IDT'],
  'Asia/Karachi': ['PKT', 'PKT'],
  'Asia/Jakarta': ['WIB', 'WIB'],
  'Asia/Manila': ['PST', 'PST'],
};

/**
 * Go prints tzdata abbreviations (CET, EDT, JST…). Intl only gives them for locales that use them,
 * so several English locales are asked in turn; zones whose tzdata abbreviation is numeric fall
 * back to the offset (null here), as Go prints them.
 */
function zoneAbbreviation(ms: number, zone: string): string | null {
  for (const locale of ABBREVIATION_LOCALES) {
    try {
      const name =
        new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })
          .formatToParts(new Date(ms))
          .find((p) => p.type === 'timeZoneName')?.value ?? '';
      if (
        name === 'GMT' &&
        zone !== 'Europe/London' &&
        zone !== 'GMT' &&
        !zone.startsWith('Africa/')
      )
        continue;
      if (/^[A-Z]{2,5}$/.test(name)) return name;
    } catch {
      return null;
    }
  }
  const extra = EXTRA_ABBREVIATIONS[zone];
  if (!extra) return null;
  const jan = new Date(Date.UTC(new Date(ms).getUTCFullYear(), 0, 1)).getTime();
  return zonedOffset(ms, zone) !== zonedOffset(jan, zone) ? extra[1] : extra[0];
}

function zonedOffset(ms: number, zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).format(
    new Date(ms),
  );
}
