import { values, type TemplateFunc } from './funcs';
import { strval, toInt64 } from './convert';
import { GoInt, GoTime, TemplateExecError, zonedParts, type TValue } from './values';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TOKENS = [
  'January',
  'Jan',
  'Monday',
  'Mon',
  '2006',
  '-07:00:00',
  '-0700',
  '-07:00',
  'Z07:00',
  'Z0700',
  '-07',
  'MST',
  '01',
  '02',
  '_2',
  '03',
  '04',
  '05',
  '06',
  '15',
  '.000000000',
  '.000000',
  '.000',
  '.999999999',
  '.999999',
  '.999',
  'PM',
  'pm',
  '1',
  '2',
  '3',
  '4',
  '5',
];

/** Formats an instant with a Go reference-time layout ("2006-01-02T15:04:05Z07:00"). */
export function formatGoLayout(layout: string, t: GoTime): string {
  const p = zonedParts(t.ms, t.zone);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const ms = ((t.ms % 1000) + 1000) % 1000;
  let out = '';
  for (let i = 0; i < layout.length;) {
    const tok = TOKENS.find((k) => layout.startsWith(k, i));
    if (!tok) {
      out += layout[i++];
      continue;
    }
    i += tok.length;
    const h12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
    const off = p.offsetMinutes;
    const sign = off < 0 ? '-' : '+';
    const oh = p2(Math.floor(Math.abs(off) / 60));
    const om = p2(Math.abs(off) % 60);
    switch (tok) {
      case 'January':
        out += MONTHS[p.month - 1];
        break;
      case 'Jan':
        out += (MONTHS[p.month - 1] ?? '').slice(0, 3);
        break;
      case 'Monday':
        out += DAYS[p.weekday];
        break;
      case 'Mon':
        out += (DAYS[p.weekday] ?? '').slice(0, 3);
        break;
      case '2006':
        out += String(p.year).padStart(4, '0');
        break;
      case '06':
        out += p2(p.year % 100);
        break;
      case '01':
        out += p2(p.month);
        break;
      case '1':
        out += String(p.month);
        break;
      case '02':
        out += p2(p.day);
        break;
      case '2':
        out += String(p.day);
        break;
      case '_2':
        out += String(p.day).padStart(2, ' ');
        break;
      case '15':
        out += p2(p.hour);
        break;
      case '03':
        out += p2(h12);
        break;
      case '3':
        out += String(h12);
        break;
      case '04':
        out += p2(p.minute);
        break;
      case '4':
        out += String(p.minute);
        break;
      case '05':
        out += p2(p.second);
        break;
      case '5':
        out += String(p.second);
        break;
      case 'PM':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'pm':
        out += p.hour < 12 ? 'am' : 'pm';
        break;
      case 'MST':
        out += p.abbrev;
        break;
      case '-0700':
        out += sign + oh + om;
        break;
      case '-07:00':
        out += `${sign}${oh}:${om}`;
        break;
      case '-07:00:00':
        out += `${sign}${oh}:${om}:00`;
        break;
      case '-07':
        out += sign + oh;
        break;
      case 'Z0700':
        out += off === 0 ? 'Z' : sign + oh + om;
        break;
      case 'Z07:00':
        out += off === 0 ? 'Z' : `${sign}${oh}:${om}`;
        break;
      default:
        if (tok.startsWith('.0'))
          out += `.${String(ms)
            .padStart(3, '0')
            .padEnd(tok.length - 1, '0')}`;
        else if (tok.startsWith('.9'))
          out += ms ? `.${String(ms).padStart(3, '0').replace(/0+$/, '')}` : '';
    }
  }
  return out;
}

/** Parses text with a Go layout (numeric fields and zone offsets); null when it does not fit. */
export function parseGoLayout(layout: string, text: string, zone: string): GoTime | null {
  let re = '';
  const fields: string[] = [];
  for (let i = 0; i < layout.length;) {
    const tok = TOKENS.find((k) => layout.startsWith(k, i));
    if (!tok) {
      re += (layout[i] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i++;
      continue;
    }
    i += tok.length;
    fields.push(tok);
    if (tok === 'Z07:00' || tok === 'Z0700') re += '(Z|[+-]\\d\\d:?\\d\\d)';
    else if (tok === '-07:00' || tok === '-0700') re += '([+-]\\d\\d:?\\d\\d)';
    else if (tok === 'Jan' || tok === 'Mon' || tok === 'MST') re += '([A-Za-z]{3})';
    else if (tok === 'January' || tok === 'Monday') re += '([A-Za-z]+)';
    else if (tok === 'PM' || tok === 'pm') re += '([AaPp][Mm])';
    else if (tok.startsWith('.')) re += '(\\.\\d+)?';
    else re += '(\\d{1,4})';
  }
  const m = new RegExp(`^${re}$`).exec(text);
  if (!m) return null;
  const v: Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'ms', number> & {
    offset: number | null;
    pm: boolean | null;
  } = {
    year: 1,
    month: 1,
    day: 1,
    hour: 0,
    minute: 0,
    second: 0,
    ms: 0,
    offset: null,
    pm: null,
  };
  fields.forEach((f, i) => {
    const s = m[i + 1] ?? '';
    const n = Number(s);
    if (f === '2006') v.year = n;
    else if (f === '06') v.year = 2000 + n;
    else if (f === '01' || f === '1') v.month = n;
    else if (f === 'Jan' || f === 'January') v.month = MONTHS.findIndex((x) => x.startsWith(s)) + 1;
    else if (f === '02' || f === '2' || f === '_2') v.day = n;
    else if (f === '15' || f === '03' || f === '3') v.hour = n;
    else if (f === '04' || f === '4') v.minute = n;
    else if (f === '05' || f === '5') v.second = n;
    else if (f.startsWith('.')) v.ms = s ? Math.round(Number(`0${s}`) * 1000) : 0;
    else if (f === 'PM' || f === 'pm') v.pm = s.toLowerCase() === 'pm';
    else if (f.includes('07'))
      v.offset =
        s === 'Z'
          ? 0
          : (s.startsWith('-') ? -1 : 1) * (Number(s.slice(1, 3)) * 60 + Number(s.slice(-2)));
  });
  if (v.pm !== null) v.hour = (v.hour % 12) + (v.pm ? 12 : 0);
  const local = Date.UTC(v.year, v.month - 1, v.day, v.hour, v.minute, v.second, v.ms);
  if (v.offset !== null) return new GoTime(local - v.offset * 60000, zone);
  const guess = zonedParts(local, zone).offsetMinutes;
  return new GoTime(local - guess * 60000, zone);
}

function asTime(v: TValue | undefined, fn: string): GoTime {
  if (v instanceof GoTime) return v;
  if (v instanceof GoInt) return new GoTime(v.v * 1000, 'UTC');
  if (typeof v === 'number') return new GoTime(Math.trunc(v) * 1000, 'UTC');
  throw new TemplateExecError(`error calling ${fn}: expected a time`);
}

const unavailable =
  (name: string): TemplateFunc =>
  () => {
    throw new TemplateExecError(
      `error calling ${name}: not available in the simulator (its result is random or depends on the sensor pod)`,
    );
  };

/** sprig date functions on the simulated clock; environment and random functions are marked unavailable. */
export const SPRIG_TIME: Record<string, TemplateFunc> = {
  now: (_args, ctx) => new GoTime(ctx.now, 'UTC'),
  date: (args) => {
    const [layout, t] = values(args);
    return formatGoLayout(strval(layout ?? null), asTime(t ?? undefined, 'date'));
  },
  dateInZone: (args) => {
    const [layout, t, zone] = values(args);
    const tt = asTime(t ?? undefined, 'dateInZone');
    return formatGoLayout(strval(layout ?? null), new GoTime(tt.ms, strval(zone ?? null) || 'UTC'));
  },
  htmlDate: (args) =>
    formatGoLayout('2006-01-02', asTime(values(args)[0] ?? undefined, 'htmlDate')),
  htmlDateInZone: (args) => {
    const [t, zone] = values(args);
    return formatGoLayout(
      '2006-01-02',
      new GoTime(asTime(t ?? undefined, 'htmlDateInZone').ms, strval(zone ?? null)),
    );
  },
  toDate: (args) => {
    const [layout, text] = values(args);
    return (
      parseGoLayout(strval(layout ?? null), strval(text ?? null), 'UTC') ??
      new GoTime(-62135596800000, 'UTC')
    );
  },
  unixEpoch: (args) =>
    String(Math.floor(asTime(values(args)[0] ?? undefined, 'unixEpoch').ms / 1000)),
  duration: (args) => formatDuration(toInt64(values(args)[0] ?? null)),
  env: () => '',
  expandenv: (args) => strval(values(args)[0] ?? null).replace(/\$\{?\w+\}?/g, ''),
  uuidv4: unavailable('uuidv4'),
  randAlphaNum: unavailable('randAlphaNum'),
  randAlpha: unavailable('randAlpha'),
  randNumeric: unavailable('randNumeric'),
  randAscii: unavailable('randAscii'),
  randInt: unavailable('randInt'),
  shuffle: unavailable('shuffle'),
};

/** Go's time.Duration.String for whole seconds, e.g. "1h2m3s". */
function formatDuration(seconds: number): string {
  if (seconds === 0) return '0s';
  const neg = seconds < 0;
  let s = Math.abs(seconds);
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  return `${neg ? '-' : ''}${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${s}s`;
}
