/**
 * The layout side of Go's time.Parse (package time, format.go): nextStdChunk splits a layout into
 * literal text and elements, and the small readers parse numbers, names and zone abbreviations.
 */
export type Std =
  | 'January'
  | 'Jan'
  | '1'
  | '01'
  | 'Monday'
  | 'Mon'
  | '2'
  | '_2'
  | '02'
  | '__2'
  | '002'
  | '15'
  | '3'
  | '03'
  | '4'
  | '04'
  | '5'
  | '05'
  | '2006'
  | '06'
  | 'PM'
  | 'pm'
  | 'MST'
  | 'Z0700'
  | 'Z070000'
  | 'Z07'
  | 'Z07:00'
  | 'Z07:00:00'
  | '-0700'
  | '-070000'
  | '-07'
  | '-07:00'
  | '-07:00:00'
  | { frac: '0' | '9'; digits: number };

/** Layout elements a 0 starts: 01 (month) … 06 (year). */
const ZERO_PADDED: Readonly<Record<string, Std>> = {
  '1': '01',
  '2': '02',
  '3': '03',
  '4': '04',
  '5': '05',
  '6': '06',
};

/** Go's nextStdChunk: the text before the first layout element, the element, and the rest. */
export function nextStdChunk(layout: string): [string, Std | null, string] {
  for (let i = 0; i < layout.length; i++) {
    const c = layout[i];
    const at = (s: string) => layout.startsWith(s, i);
    const cut = (std: Std, len: number): [string, Std, string] => [
      layout.slice(0, i),
      std,
      layout.slice(i + len),
    ];
    switch (c) {
      case 'J':
        if (at('Jan')) {
          if (at('January')) return cut('January', 7);
          if (!startsWithLower(layout.slice(i + 3))) return cut('Jan', 3);
        }
        break;
      case 'M':
        if (at('Mon')) {
          if (at('Monday')) return cut('Monday', 6);
          if (!startsWithLower(layout.slice(i + 3))) return cut('Mon', 3);
        }
        if (at('MST')) return cut('MST', 3);
        break;
      case '0':
        {
          const padded = ZERO_PADDED[layout[i + 1] ?? ''];
          if (padded) return cut(padded, 2);
        }
        if (at('002')) return cut('002', 3);
        break;
      case '1':
        if (layout[i + 1] === '5') return cut('15', 2);
        return cut('1', 1);
      case '2':
        if (at('2006')) return cut('2006', 4);
        return cut('2', 1);
      case '_':
        if (layout[i + 1] === '2') {
          // _2006 is really a literal _, followed by stdLongYear
          if (at('_2006')) return [layout.slice(0, i + 1), '2006', layout.slice(i + 5)];
          return cut('_2', 2);
        }
        if (at('__2')) return cut('__2', 3);
        break;
      case '3':
      case '4':
      case '5':
        return cut(c, 1);
      case 'P':
        if (layout[i + 1] === 'M') return cut('PM', 2);
        break;
      case 'p':
        if (layout[i + 1] === 'm') return cut('pm', 2);
        break;
      case '-':
        for (const s of ['-07:00:00', '-070000', '-07:00', '-0700', '-07'] as const)
          if (at(s)) return cut(s, s.length);
        break;
      case 'Z':
        for (const s of ['Z07:00:00', 'Z070000', 'Z07:00', 'Z0700', 'Z07'] as const)
          if (at(s)) return cut(s, s.length);
        break;
      case '.':
      case ',': {
        const d = layout[i + 1];
        if (d === '0' || d === '9') {
          let j = i + 1;
          while (j < layout.length && layout[j] === d) j++;
          if (!/[0-9]/.test(layout[j] ?? '')) return cut({ frac: d, digits: j - i - 1 }, j - i);
        }
        break;
      }
    }
  }
  return [layout, null, ''];
}

function startsWithLower(s: string): boolean {
  return s.length > 0 && s[0]! >= 'a' && s[0]! <= 'z';
}

export class Bad extends Error {}

export const isDigit = (s: string, i: number) => i < s.length && s[i]! >= '0' && s[i]! <= '9';

/** getnum: one or two digits (exactly two when fixed). */
export function getnum(s: string, fixed: boolean): [number, string] {
  if (!isDigit(s, 0)) throw new Bad();
  if (!isDigit(s, 1)) {
    if (fixed) throw new Bad();
    return [Number(s[0]), s.slice(1)];
  }
  return [Number(s.slice(0, 2)), s.slice(2)];
}

export function getnum3(s: string, fixed: boolean): [number, string] {
  let n = 0;
  let i = 0;
  for (; i < 3 && isDigit(s, i); i++) n = n * 10 + Number(s[i]);
  if (i === 0 || (fixed && i !== 3)) throw new Bad();
  return [n, s.slice(i)];
}

const cutspace = (s: string) => s.replace(/^ +/, '');

/** skip: the layout's literal text must be in the value; a space matches one or more spaces. */
export function skip(value: string, prefix: string): string {
  let v = value;
  let p = prefix;
  while (p.length > 0) {
    if (p[0] === ' ') {
      if (v.length > 0 && v[0] !== ' ') throw new Bad();
      p = cutspace(p);
      v = cutspace(v);
      continue;
    }
    if (v.length === 0 || v[0] !== p[0]) throw new Bad();
    v = v.slice(1);
    p = p.slice(1);
  }
  return v;
}

export const MONTHS = [
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
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** lookup: a case-insensitive (ASCII) prefix match against a name table. */
export function lookup(table: readonly string[], value: string): [number, string] {
  for (let i = 0; i < table.length; i++) {
    const name = table[i]!;
    if (
      value.length >= name.length &&
      value.slice(0, name.length).toLowerCase() === name.toLowerCase()
    )
      return [i, value.slice(name.length)];
  }
  throw new Bad();
}

export function parseNanoseconds(value: string, nbytes: number): number {
  if (value[0] !== '.' && value[0] !== ',') throw new Bad();
  const digits = value.slice(1, nbytes);
  if (!/^[0-9]*$/.test(digits)) throw new Bad();
  return Number(digits.slice(0, 9).padEnd(9, '0'));
}

/** Whether a time zone abbreviation could start the value (Go's parseTimeZone); returns its length. */
export function parseTimeZone(value: string): number {
  if (value.length < 3) return 0;
  if (value.startsWith('ChST') || value.startsWith('MeST')) return 4;
  if (value.startsWith('GMT')) {
    let n = 3;
    const sign = value[3];
    if (sign === '-' || sign === '+') {
      let x = 0;
      let i = 4;
      for (; i < value.length && isDigit(value, i); i++) x = x * 10 + Number(value[i]);
      if (i === 4 || x > 24 || (sign === '-' && x === 0)) return 3;
      n = i;
    }
    return n;
  }
  if (value[0] === '+' || value[0] === '-') {
    let i = 1;
    while (i < value.length && isDigit(value, i)) i++;
    return i === 3 || i === 5 ? i : 0;
  }
  let upper = 0;
  while (upper < value.length && value[upper]! >= 'A' && value[upper]! <= 'Z') upper++;
  switch (upper) {
    case 0:
    case 1:
    case 2:
    case 6:
      return 0;
    case 5:
      return value[4] === 'T' ? 5 : 0;
    case 4:
      return value[3] === 'T' || value.startsWith('WITA') ? 4 : 0;
    default:
      return 3;
  }
}
