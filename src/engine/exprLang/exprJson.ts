import { isValidJson } from '../json/jsonScan';
import { goJsonNumber, goMarshalString } from '../json/goJson';
import { formatGoLayout } from '../template/sprigTime';
import { GoInt, GoTime } from '../template/values';
import {
  AnyKeyMap,
  compareStrings,
  ExprFunc,
  ExprPanic,
  GoDuration,
  goType,
  isExprMap,
  newMap,
  type ExprValue,
} from './values';

/** Decoded JSON as Go's json.Unmarshal into interface{} gives it: float64 numbers, string-keyed maps. */
export function fromJsonValue(v: unknown): ExprValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(fromJsonValue);
  const out = newMap();
  for (const [k, x] of typeof v === 'object' ? Object.entries(v) : []) out[k] = fromJsonValue(x);
  return out;
}

/** json.Unmarshal of text into interface{}; a panic with Go's wording when it is not JSON. */
export function parseJsonValue(text: string): ExprValue {
  if (text.trim() === '') throw new ExprPanic('unexpected end of JSON input');
  if (!isValidJson(text)) throw new ExprPanic('invalid character in JSON input');
  return fromJsonValue(JSON.parse(text));
}

/**
 * json.Marshal (indent "") or MarshalIndent(v, "", indent): sorted keys, HTML-escaped strings,
 * Go number text, times as RFC 3339. Unsupported values panic with Go's message.
 */
export function exprToJson(v: ExprValue, indent = ''): string {
  return encode(v, indent, '');
}

function encode(v: ExprValue, indent: string, level: string): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (!Number.isFinite(v))
      throw new ExprPanic(`json: unsupported value: ${v > 0 ? '+Inf' : v < 0 ? '-Inf' : 'NaN'}`);
    return goJsonNumber(v);
  }
  if (typeof v === 'string') return goMarshalString(v);
  if (v instanceof GoInt) return String(v.v);
  if (v instanceof GoDuration) return String(v.ns);
  if (v instanceof GoTime)
    return goMarshalString(formatGoLayout('2006-01-02T15:04:05.999999999Z07:00', v));
  if (v instanceof ExprFunc || v instanceof AnyKeyMap)
    throw new ExprPanic(`json: unsupported type: ${goType(v)}`);
  const inner = level + indent;
  const nl = indent ? `\n${inner}` : '';
  const end = indent ? `\n${level}` : '';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[${v.map((x) => nl + encode(x, indent, inner)).join(',')}${end}]`;
  }
  if (isExprMap(v)) {
    const keys = Object.keys(v).sort(compareStrings);
    if (keys.length === 0) return '{}';
    const sep = indent ? ': ' : ':';
    return `{${keys.map((k) => `${nl}${goMarshalString(k)}${sep}${encode(v[k] ?? null, indent, inner)}`).join(',')}${end}}`;
  }
  throw new ExprPanic(`json: unsupported type: ${goType(v)}`);
}
