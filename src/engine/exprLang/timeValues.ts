import { DURATION_METHODS, TIME_METHODS } from '../../domain/exprLang/methods';
import { isValidTimeZone } from '../../domain/validation/rules/timeZones';
import { goDurationMs } from '../../domain/cron/goDuration';
import { formatGoLayout, parseGoLayout } from '../template/sprigTime';
import { GoInt, GoTime, goTimeString, zonedParts } from '../template/values';
import {
  durationString,
  ExprFunc,
  ExprPanic,
  GoDuration,
  goType,
  int,
  type ExprValue,
} from './values';

/** Go's zero time (January 1, year 1, 00:00:00 UTC) in epoch milliseconds. */
const ZERO_TIME_MS = -62135596800000;

function argOf<T extends ExprValue>(
  args: ExprValue[],
  i: number,
  want: string,
  ok: (v: ExprValue) => v is T,
): T {
  const v = args[i] ?? null;
  if (!ok(v))
    throw new ExprPanic(
      `reflect: Call using ${v === null ? 'interface {}' : goType(v)} as type ${want}`,
    );
  return v;
}

const isTime = (v: ExprValue): v is GoTime => v instanceof GoTime;
const isDur = (v: ExprValue): v is GoDuration => v instanceof GoDuration;
const isStr = (v: ExprValue): v is string => typeof v === 'string';
const isInt = (v: ExprValue): v is GoInt => v instanceof GoInt;

function timeMethod(t: GoTime, name: string, args: ExprValue[]): ExprValue {
  const p = () => zonedParts(t.ms, t.zone);
  switch (name) {
    case 'Year':
      return int(p().year);
    case 'Month':
      return int(p().month);
    case 'Day':
      return int(p().day);
    case 'Hour':
      return int(p().hour);
    case 'Minute':
      return int(p().minute);
    case 'Second':
      return int(p().second);
    case 'Nanosecond':
      return int((((t.ms % 1000) + 1000) % 1000) * 1e6);
    case 'YearDay': {
      const q = p();
      return int((Date.UTC(q.year, q.month - 1, q.day) - Date.UTC(q.year, 0, 1)) / 86_400_000 + 1);
    }
    case 'Weekday':
      return int(p().weekday);
    case 'Unix':
      return int(Math.floor(t.ms / 1000));
    case 'UnixMilli':
      return int(t.ms);
    case 'UnixNano':
      return int(t.ms * 1e6);
    case 'Format':
      return formatGoLayout(argOf(args, 0, 'string', isStr), t);
    case 'String':
      return goTimeString(t);
    case 'Before':
      return t.ms < argOf(args, 0, 'time.Time', isTime).ms;
    case 'After':
      return t.ms > argOf(args, 0, 'time.Time', isTime).ms;
    case 'Equal':
      return t.ms === argOf(args, 0, 'time.Time', isTime).ms;
    case 'IsZero':
      return t.ms === ZERO_TIME_MS;
    case 'Sub':
      return new GoDuration((t.ms - argOf(args, 0, 'time.Time', isTime).ms) * 1e6);
    case 'Add':
      return new GoTime(t.ms + argOf(args, 0, 'time.Duration', isDur).ns / 1e6, t.zone);
    case 'AddDate': {
      const [y, m, d] = [0, 1, 2].map((i) => argOf(args, i, 'int', isInt).v);
      const q = p();
      const local = Date.UTC(q.year + y!, q.month - 1 + m!, q.day + d!, q.hour, q.minute, q.second);
      return new GoTime(
        t.ms + (local - Date.UTC(q.year, q.month - 1, q.day, q.hour, q.minute, q.second)),
        t.zone,
      );
    }
    case 'UTC':
      return new GoTime(t.ms, 'UTC');
    case 'Truncate': {
      const ms = argOf(args, 0, 'time.Duration', isDur).ns / 1e6;
      return ms <= 0 ? t : new GoTime(t.ms - ((((t.ms - ZERO_TIME_MS) % ms) + ms) % ms), t.zone);
    }
  }
  throw new ExprPanic(`the time method ${name} is not available in the simulator`);
}

function durationMethod(d: GoDuration, name: string): ExprValue {
  switch (name) {
    case 'Hours':
      return d.ns / 3.6e12;
    case 'Minutes':
      return d.ns / 6e10;
    case 'Seconds':
      return d.ns / 1e9;
    case 'Milliseconds':
      return int(d.ns / 1e6);
    case 'Microseconds':
      return int(d.ns / 1e3);
    case 'Nanoseconds':
      return int(d.ns);
    case 'String':
      return durationString(d.ns);
    case 'Abs':
      return new GoDuration(Math.abs(d.ns));
  }
  throw new ExprPanic(`the duration method ${name} is not available in the simulator`);
}

/** A method value of a time or duration (reflect's MethodByName), or null when it has none. */
export function methodOf(v: GoTime | GoDuration, name: string): ExprFunc | null {
  const sig = (v instanceof GoTime ? TIME_METHODS : DURATION_METHODS).get(name);
  if (!sig) return null;
  return new ExprFunc(name, 'func', (args) => {
    if (args.length < sig.params.length)
      throw new ExprPanic('reflect: Call with too few input arguments');
    if (args.length > sig.params.length)
      throw new ExprPanic('reflect: Call with too many input arguments');
    return v instanceof GoTime ? timeMethod(v, name, args) : durationMethod(v, name);
  });
}

/** time.ParseDuration. */
export function parseGoDuration(s: string): GoDuration {
  const ms = goDurationMs(s);
  if (ms === null) throw new ExprPanic(`time: invalid duration ${JSON.stringify(s)}`);
  return new GoDuration(Math.round(ms * 1e6));
}

const DEFAULT_LAYOUTS = [
  '2006-01-02',
  '15:04:05',
  '2006-01-02 15:04:05',
  '2006-01-02T15:04:05Z07:00',
  '02 Jan 06 15:04 MST',
  'Monday, 02-Jan-06 15:04:05 MST',
  'Mon, 02 Jan 2006 15:04:05 MST',
];

/** The `date` builtin: a layout list by default, else `time.Parse(layout)` or in a zone. */
export function parseDate(args: ExprValue[]): GoTime {
  const text = args[0];
  if (typeof text !== 'string')
    throw new ExprPanic(
      `interface conversion: interface {} is ${text === null || text === undefined ? 'nil' : goType(text)}, not string`,
    );
  if (args.length >= 2) {
    const layout = args[1];
    if (typeof layout !== 'string')
      throw new ExprPanic(
        `interface conversion: interface {} is ${goType(layout ?? null)}, not string`,
      );
    let zone = 'UTC';
    if (args.length === 3) {
      const z = args[2];
      if (typeof z !== 'string' || !isValidTimeZone(z))
        throw new ExprPanic(`unknown time zone ${String(z)}`);
      zone = z === 'Local' ? 'UTC' : z || 'UTC';
    }
    const t = parseGoLayout(layout, text, zone);
    if (!t)
      throw new ExprPanic(
        `parsing time ${JSON.stringify(text)} as ${JSON.stringify(layout)}: cannot parse`,
      );
    return t;
  }
  for (const layout of DEFAULT_LAYOUTS) {
    const t = parseGoLayout(layout, text, 'UTC');
    if (t) return t;
  }
  throw new ExprPanic(`invalid date ${text}`);
}
