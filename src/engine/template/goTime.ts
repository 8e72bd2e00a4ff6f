import {
  Bad,
  DAYS,
  getnum,
  getnum3,
  isDigit,
  lookup,
  MONTHS,
  nextStdChunk,
  parseNanoseconds,
  parseTimeZone,
  skip,
} from './goTimeLayout';

/**
 * Go's time.Parse / time.ParseInLocation (package time, format.go), as the sensor's Go code runs
 * them: the time filter's "2006-01-02 15:04:05" on `start`/`stop`, and govaluate's date literals.
 * Same layout chunks, same leniency (a space in the layout matches any run of spaces, a fractional
 * second may follow the seconds even when the layout has none, 1-digit hours for "15") and the same
 * failures (trailing text, out-of-range fields, unknown month names).
 */

/** An instant with nanosecond precision: seconds since the Unix epoch (floored) plus 0 ≤ nsec < 1e9. */
export interface GoInstant {
  sec: number;
  nsec: number;
}

/** Days from 1970-01-01 to the proleptic Gregorian date (any year, month 1-12). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysIn(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** A location: UTC, or an IANA zone name whose offsets come from Intl. */
export type GoLocation = 'UTC' | { zone: string };

const OFFSET_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** The zone's UTC offset in seconds at an instant (Intl's longOffset, e.g. "GMT+05:30"). */
function zoneOffsetAt(zone: string, unixSec: number): number {
  let f = OFFSET_FORMATS.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    OFFSET_FORMATS.set(zone, f);
  }
  const ms = Math.min(Math.max(unixSec * 1000, -8.64e15), 8.64e15);
  const name = f.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?/.exec(name);
  if (!m) return 0;
  const s = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
  return m[1] === '-' ? -s : s;
}

/** time.Date: a wall-clock time in a location to an instant (Go's choice of offset at DST edges). */
function goDate(
  year: number,
  month: number,
  day: number,
  hour: number,
  min: number,
  sec: number,
  nsec: number,
  loc: GoLocation,
): GoInstant {
  const local = daysFromCivil(year, month, day) * 86400 + hour * 3600 + min * 60 + sec;
  if (loc === 'UTC') return { sec: local, nsec };
  let offset = zoneOffsetAt(loc.zone, local);
  const utc = local - offset;
  const again = zoneOffsetAt(loc.zone, utc);
  if (again !== offset) offset = again;
  return { sec: local - offset, nsec };
}

export type GoParse = { ok: true; t: GoInstant } | { ok: false; error: string };

/** time.Parse (loc 'UTC') or time.ParseInLocation(layout, value, loc). */
export function goParseTime(layout: string, value: string, loc: GoLocation = 'UTC'): GoParse {
  try {
    return { ok: true, t: parse(layout, value, loc) };
  } catch (e) {
    if (e instanceof RangeErr)
      return {
        ok: false,
        error: `parsing time ${JSON.stringify(value)}: ${e.message} out of range`,
      };
    if (e instanceof Bad)
      return {
        ok: false,
        error: `parsing time ${JSON.stringify(value)} as ${JSON.stringify(layout)}: cannot parse`,
      };
    throw e;
  }
}

class RangeErr extends Error {}

function parse(layoutIn: string, valueIn: string, loc: GoLocation): GoInstant {
  let layout = layoutIn;
  let value = valueIn;
  let year = 0;
  let month = -1;
  let day = -1;
  let yday = -1;
  let hour = 0;
  let min = 0;
  let sec = 0;
  let nsec = 0;
  let utc = false;
  let zoneOffset: number | null = null;
  let zoneName = '';
  let pmSet = false;
  let amSet = false;
  let range: string | null = null;
  for (;;) {
    const [prefix, std, suffix] = nextStdChunk(layout);
    value = skip(value, prefix);
    if (std === null) {
      if (value.length !== 0) throw new Bad();
      break;
    }
    layout = suffix;
    switch (typeof std === 'string' ? std : 'frac') {
      case '06': {
        if (value.length < 2) throw new Bad();
        const p = value.slice(0, 2);
        if (!/^\d\d$/.test(p)) throw new Bad();
        value = value.slice(2);
        year = Number(p);
        year += year >= 69 ? 1900 : 2000;
        break;
      }
      case '2006':
        if (value.length < 4 || !/^\d{4}/.test(value)) throw new Bad();
        year = Number(value.slice(0, 4));
        value = value.slice(4);
        break;
      case 'Jan':
        [month, value] = lookup(
          MONTHS.map((m) => m.slice(0, 3)),
          value,
        );
        month++;
        break;
      case 'January':
        [month, value] = lookup(MONTHS, value);
        month++;
        break;
      case '1':
      case '01':
        [month, value] = getnum(value, std === '01');
        if (month <= 0 || month > 12) range = 'month';
        break;
      case 'Mon':
        [, value] = lookup(
          DAYS.map((d) => d.slice(0, 3)),
          value,
        );
        break;
      case 'Monday':
        [, value] = lookup(DAYS, value);
        break;
      case '2':
      case '_2':
      case '02':
        if (std === '_2' && value.length > 0 && value[0] === ' ') value = value.slice(1);
        [day, value] = getnum(value, std === '02');
        break;
      case '__2':
      case '002':
        if (std === '__2') value = value.replace(/^ {1,2}/, '');
        [yday, value] = getnum3(value, std === '002');
        if (yday < 1 || yday > 366) range = 'day-of-year';
        break;
      case '15':
        [hour, value] = getnum(value, false);
        if (hour < 0 || hour >= 24) range = 'hour';
        break;
      case '3':
      case '03':
        [hour, value] = getnum(value, std === '03');
        if (hour < 0 || hour > 12) range = 'hour';
        break;
      case '4':
      case '04':
        [min, value] = getnum(value, std === '04');
        if (min < 0 || min >= 60) range = 'minute';
        break;
      case '5':
      case '05': {
        [sec, value] = getnum(value, std === '05');
        if (sec < 0 || sec >= 60) {
          range = 'second';
          break;
        }
        // A fractional second may follow the seconds even when the layout does not say so.
        if (value.length >= 2 && (value[0] === '.' || value[0] === ',') && isDigit(value, 1)) {
          const next = nextStdChunk(layout)[1];
          if (next !== null && typeof next !== 'string') break;
          let n = 2;
          while (n < value.length && isDigit(value, n)) n++;
          nsec = parseNanoseconds(value, n);
          value = value.slice(n);
        }
        break;
      }
      case 'PM':
      case 'pm': {
        if (value.length < 2) throw new Bad();
        const p = value.slice(0, 2);
        value = value.slice(2);
        const pm = std === 'PM' ? 'PM' : 'pm';
        const am = std === 'PM' ? 'AM' : 'am';
        if (p === pm) pmSet = true;
        else if (p === am) amSet = true;
        else throw new Bad();
        break;
      }
      case 'Z0700':
      case 'Z070000':
      case 'Z07':
      case 'Z07:00':
      case 'Z07:00:00':
      case '-0700':
      case '-070000':
      case '-07':
      case '-07:00':
      case '-07:00:00': {
        const s = typeof std === 'string' ? std : '';
        if (s.startsWith('Z') && value.length >= 1 && value[0] === 'Z') {
          value = value.slice(1);
          utc = true;
          break;
        }
        const kind = s.replace(/^Z/, '-');
        let sign: string;
        let hh: string;
        let mm = '00';
        let ss = '00';
        const need = (n: number) => {
          if (value.length < n) throw new Bad();
        };
        if (kind === '-07:00' || kind === '-07:00:00') {
          need(6);
          if (value[3] !== ':') throw new Bad();
          [sign, hh, mm] = [value[0]!, value.slice(1, 3), value.slice(4, 6)];
          value = value.slice(6);
          if (kind === '-07:00:00') {
            need(3);
            if (value[0] !== ':') throw new Bad();
            ss = value.slice(1, 3);
            value = value.slice(3);
          }
        } else if (kind === '-07') {
          need(3);
          [sign, hh] = [value[0]!, value.slice(1, 3)];
          value = value.slice(3);
        } else {
          need(kind === '-070000' ? 7 : 5);
          [sign, hh, mm] = [value[0]!, value.slice(1, 3), value.slice(3, 5)];
          if (kind === '-070000') ss = value.slice(5, 7);
          value = value.slice(kind === '-070000' ? 7 : 5);
        }
        if (!/^\d\d$/.test(hh) || !/^\d\d$/.test(mm) || !/^\d\d$/.test(ss)) throw new Bad();
        const h = Number(hh);
        const m = Number(mm);
        const sc = Number(ss);
        if (h > 24) range = 'time zone offset hour';
        if (m > 60) range = 'time zone offset minute';
        if (sc > 60) range = 'time zone offset second';
        const off = (h * 60 + m) * 60 + sc;
        if (sign === '+') zoneOffset = off;
        else if (sign === '-') zoneOffset = -off;
        else throw new Bad();
        break;
      }
      case 'MST': {
        if (value.length >= 3 && value.startsWith('UTC')) {
          utc = true;
          value = value.slice(3);
          break;
        }
        const n = parseTimeZone(value);
        if (n === 0) throw new Bad();
        zoneName = value.slice(0, n);
        value = value.slice(n);
        break;
      }
      case 'frac': {
        if (typeof std === 'string') break; // only a fraction reaches here
        const f = std;
        if (f.frac === '0') {
          const ndigit = 1 + f.digits;
          if (value.length < ndigit) throw new Bad();
          nsec = parseNanoseconds(value, ndigit);
          value = value.slice(ndigit);
        } else {
          if (
            value.length < 2 ||
            (value[0] !== '.' && value[0] !== ',') ||
            value[1]! < '0' ||
            value[1]! > '9'
          )
            break;
          let i = 0;
          while (i + 1 < value.length && isDigit(value, i + 1)) i++;
          nsec = parseNanoseconds(value, 1 + i);
          value = value.slice(1 + i);
        }
        break;
      }
    }
    if (range !== null) throw new RangeErr(range);
  }
  if (pmSet && hour < 12) hour += 12;
  else if (amSet && hour === 12) hour = 0;
  if (yday >= 0) {
    let d = yday;
    const leap = daysIn(2, year) === 29;
    if (yday > 365 && !leap) throw new RangeErr('day-of-year');
    let m = 1;
    for (; m <= 12 && d > daysIn(m, year); m++) d -= daysIn(m, year);
    if (month >= 0 && month !== m) throw new RangeErr('day-of-year');
    if (day >= 0 && day !== d) throw new RangeErr('day-of-year');
    month = m;
    day = d;
  } else {
    if (month < 0) month = 1;
    if (day < 0) day = 1;
  }
  if (day < 1 || day > daysIn(month, year)) throw new RangeErr('day');
  if (utc) return goDate(year, month, day, hour, min, sec, nsec, 'UTC');
  if (zoneOffset !== null) {
    const t = goDate(year, month, day, hour, min, sec, nsec, 'UTC');
    return { sec: t.sec - zoneOffset, nsec };
  }
  // A zone abbreviation the (UTC) sensor pod does not know becomes a fixed zone named after it,
  // on the same instant as the wall time read as UTC.
  if (zoneName !== '') return goDate(year, month, day, hour, min, sec, nsec, 'UTC');
  return goDate(year, month, day, hour, min, sec, nsec, loc);
}

/** Compares two instants: negative, zero or positive. */
export function compareInstants(a: GoInstant, b: GoInstant): number {
  return a.sec !== b.sec ? a.sec - b.sec : a.nsec - b.nsec;
}

/** An RFC 3339 event time ("2024-07-15T10:00:00.123456789Z") as an instant; null when unreadable. */
export function parseEventTime(text: string): GoInstant | null {
  const r = goParseTime('2006-01-02T15:04:05.999999999Z07:00', text);
  return r.ok ? r.t : null;
}

/** The calendar date (year, month, day) of an instant in a location. */
export function dateIn(t: GoInstant, loc: GoLocation): { y: number; m: number; d: number } {
  const local = t.sec + (loc === 'UTC' ? 0 : zoneOffsetAt(loc.zone, t.sec));
  const days = Math.floor(local / 86400);
  // civil from days (inverse of daysFromCivil)
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}
