import { decodeString, skipWs, stringEnd } from './jsonScan';
import { formatFloatF, parseGoBool, parseGoFloatValue } from './goNumbers';

/** gjson's result types. */
export type GjsonType = 'Null' | 'False' | 'Number' | 'String' | 'True' | 'JSON';

/** A value found by a path: its raw JSON text plus what gjson derives from it. */
export interface GjsonResult {
  exists: boolean;
  type: GjsonType;
  /** The value's JSON text exactly as in the document ('' when missing). */
  raw: string;
  /** Decoded text for strings. */
  str: string;
  /** Numeric value for numbers. */
  num: number;
}

export const MISSING: GjsonResult = { exists: false, type: 'Null', raw: '', str: '', num: 0 };

/** Builds a result from a raw JSON value. */
export function resultOf(raw: string): GjsonResult {
  const i = skipWs(raw, 0);
  const c = raw[i];
  if (c === undefined) return MISSING;
  if (c === '"')
    return {
      exists: true,
      type: 'String',
      raw,
      str: decodeString(raw, i, stringEnd(raw, i)),
      num: 0,
    };
  if (c === '{' || c === '[') return { exists: true, type: 'JSON', raw, str: '', num: 0 };
  if (c === 't') return { exists: true, type: 'True', raw, str: '', num: 0 };
  if (c === 'f') return { exists: true, type: 'False', raw, str: '', num: 0 };
  if (c === 'n') return { exists: true, type: 'Null', raw, str: '', num: 0 };
  return { exists: true, type: 'Number', raw, str: '', num: Number(raw) };
}

/** gjson Result.String(): strings decoded, integers as written, other numbers normalised, null as "". */
export function resultString(r: GjsonResult): string {
  switch (r.type) {
    case 'String':
      return r.str;
    case 'Number':
      return /^-?\d+$/.test(r.raw) ? r.raw : formatFloatF(r.num);
    case 'True':
      return 'true';
    case 'False':
      return 'false';
    case 'JSON':
      return r.raw;
    default:
      return '';
  }
}

/** gjson Result.Float(): numbers as is, numeric strings parsed (else 0), true = 1. */
export function resultFloat(r: GjsonResult): number {
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
export function resultBool(r: GjsonResult): boolean {
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

/** A JSON-decoded value as Go's `interface{}` would hold it (numbers are float64). */
export type GoValue = null | boolean | number | string | GoValue[] | { [key: string]: GoValue };

/** gjson Result.Value(). */
export function resultValue(r: GjsonResult): GoValue {
  if (!r.exists) return null;
  switch (r.type) {
    case 'String':
      return r.str;
    case 'Number':
      return r.num;
    case 'True':
      return true;
    case 'False':
      return false;
    case 'JSON':
      try {
        return JSON.parse(r.raw) as GoValue;
      } catch {
        return null;
      }
    default:
      return null;
  }
}
