import { formatFloatF, parseGoBool, parseGoFloatValue } from './goNumbers';

/** gjson's result types, in gjson's order (Null < False < Number < String < True < JSON). */
export type GjsonType = 'Null' | 'False' | 'Number' | 'String' | 'True' | 'JSON';

/** A value found by a path: its raw JSON text plus what gjson derives from it. */
export interface GjsonResult {
  /** gjson Exists(): the type is not Null or the raw text is not empty. */
  exists: boolean;
  type: GjsonType;
  /** The value's JSON text exactly as in the document ('' when missing or computed). */
  raw: string;
  /** Decoded text for strings. */
  str: string;
  /** Numeric value for numbers (what strconv.ParseFloat gave, errors ignored). */
  num: number;
  /** gjson Result.Index: the offset of `raw` in the document, 0 when unknown. */
  index?: number;
  /** gjson Result.Indexes: the offsets of each element a `#` path collected. */
  indexes?: number[] | null;
}

/**
 * The identity of a text buffer. Go compares string data pointers (gjson fillIndex) to learn
 * where a value sits in the document; a slice keeps its buffer's identity, computed text gets a
 * new one.
 */
type Buffer = object;

/** A text the scanner reads: `s` is `src`'s text from offset `base` on. */
export interface View {
  s: string;
  src: Buffer;
  base: number;
}

/** The working form of a gjson Result, with the buffer its raw text was sliced from. */
export interface Res {
  type: GjsonType;
  raw: string;
  str: string;
  num: number;
  index: number;
  indexes: number[] | null;
  /** Buffer `raw` is a slice of, and its absolute offset there; null when computed. */
  src: Buffer | null;
  at: number;
}

export function empty(): Res {
  return { type: 'Null', raw: '', str: '', num: 0, index: 0, indexes: null, src: null, at: 0 };
}

/** A view of a fresh buffer (text that does not alias any document). */
export function fresh(s: string): View {
  return { s, src: {}, base: 0 };
}

/** The view over a result's raw text (Result.Get reads `t.Raw`, which aliases its document). */
export function viewOf(r: Res): View {
  return r.src ? { s: r.raw, src: r.src, base: r.at } : fresh(r.raw);
}

/** Sets `r.raw` to `v.s[a:b]`, remembering where it was sliced from. */
export function setRaw(r: Res, v: View, a: number, b: number = v.s.length): void {
  r.raw = v.s.slice(a, b);
  r.src = v.src;
  r.at = v.base + a;
}

export function exists(r: Res): boolean {
  return r.type !== 'Null' || r.raw.length !== 0;
}

/** The public shape of a working result. */
export function publicResult(r: Res): GjsonResult {
  return {
    exists: exists(r),
    type: r.type,
    raw: r.raw,
    str: r.str,
    num: r.num,
    index: r.index,
    indexes: r.indexes,
  };
}

function allDigits(raw: string): boolean {
  let i = raw[0] === '-' ? 1 : 0;
  for (; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * gjson Result.String(): strings decoded, integers exactly as written, other numbers through
 * FormatFloat(f, 'f', -1), booleans as words, JSON as raw, null and missing values as "".
 */
export function resultString(r: Pick<GjsonResult, 'type' | 'raw' | 'str' | 'num'>): string {
  switch (r.type) {
    case 'False':
      return 'false';
    case 'Number':
      if (r.raw.length === 0 || !allDigits(r.raw)) return formatFloatF(r.num);
      return r.raw;
    case 'String':
      return r.str;
    case 'JSON':
      return r.raw;
    case 'True':
      return 'true';
    default:
      return '';
  }
}

/** gjson Result.Float(): numbers as is, strings through ParseFloat (0 on error), true = 1. */
export function resultFloat(r: Pick<GjsonResult, 'type' | 'str' | 'num'>): number {
  switch (r.type) {
    case 'Number':
      return r.num;
    case 'String':
      return parseGoFloatValue(r.str);
    case 'True':
      return 1;
    default:
      return 0;
  }
}

/** gjson Result.Bool(): true; a string lower-cased and parsed; a number ≠ 0. */
export function resultBool(r: Pick<GjsonResult, 'type' | 'str' | 'num'>): boolean {
  switch (r.type) {
    case 'True':
      return true;
    case 'String':
      return parseGoBool(r.str.toLowerCase()) ?? false;
    case 'Number':
      return r.num !== 0;
    default:
      return false;
  }
}

/** gjson Result.Int() for the values sjson needs (`#` counts): exact for safe integers. */
export function resultInt(r: Pick<GjsonResult, 'type' | 'str' | 'num' | 'raw'>): number {
  switch (r.type) {
    case 'True':
      return 1;
    case 'String': {
      const n = /^-?\d+$/.test(r.str) ? Number(r.str) : 0;
      return Number.isFinite(n) ? n : 0;
    }
    case 'Number':
      return Math.trunc(r.num) || 0;
    default:
      return 0;
  }
}

/** A JSON-decoded value as Go's `interface{}` would hold it (numbers are float64). */
export type GoValue = null | boolean | number | string | GoValue[] | { [key: string]: GoValue };
