import { goJsonNumber, goMarshal, goMarshalString } from '../json/goJson';
import { compactGoJson } from './goHttp';
import { field, parseJsonTree, plainValue, type JsonNode } from './jsonTree';

/**
 * A Go type as encoding/json sees it, for payloads a source decodes into a struct and marshals
 * again (SNS, Stripe, StorageGRID, Bitbucket Server, MinIO records, Slack events): unknown keys
 * vanish, missing fields get zero values, numbers of `any` fields are re-printed as float64.
 */
export type GoType =
  | 'string'
  | 'int'
  | 'bool'
  | 'float'
  | 'any'
  | 'raw'
  | 'time'
  | { struct: GoField[]; name?: string }
  | { ptr: GoType }
  | { slice: GoType }
  | { map: GoType };

export interface GoField {
  json: string;
  type: GoType;
  omitempty?: boolean;
}

/** Shorthand: `f('name', 'string', true)` is a field with omitempty. */
export const f = (json: string, type: GoType, omitempty = false): GoField => ({
  json,
  type,
  omitempty,
});

type Value =
  | { t: 'string'; v: string }
  | { t: 'int'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'float'; v: number }
  | { t: 'any'; v: unknown }
  | { t: 'raw'; v: string | null }
  | { t: 'time'; v: string }
  | { t: 'struct'; fields: Map<string, Value> }
  | { t: 'nil' }
  | { t: 'slice'; items: Value[] }
  | { t: 'map'; entries: Map<string, Value> };

export class GoDecodeError extends Error {}

const ZERO_TIME = '0001-01-01T00:00:00Z';

function jsonKind(n: JsonNode): string {
  return n.k === 'null' ? 'null' : n.k === 'bool' ? 'bool' : n.k;
}

function typeLabel(t: GoType): string {
  if (typeof t === 'string')
    return t === 'int'
      ? 'int64'
      : t === 'float'
        ? 'float64'
        : t === 'time'
          ? 'time.Time'
          : t === 'any'
            ? 'interface {}'
            : t;
  if ('struct' in t) return t.name ?? 'struct';
  if ('ptr' in t) return `*${typeLabel(t.ptr)}`;
  if ('slice' in t) return `[]${typeLabel(t.slice)}`;
  return `map[string]${typeLabel(t.map)}`;
}

function mismatch(n: JsonNode, t: GoType, path: string): never {
  throw new GoDecodeError(
    `json: cannot unmarshal ${jsonKind(n)} into Go ${path ? `struct field ${path}` : 'value'} of type ${typeLabel(t)}`,
  );
}

/** RFC 3339 as time.Time's UnmarshalJSON accepts it; kept as written, re-printed as RFC3339Nano. */
function parseTime(s: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(s);
  if (!m) return null;
  const frac = (m[2] ?? '').replace(/0+$/, '');
  const zone = m[3] === '+00:00' || m[3] === '-00:00' ? 'Z' : m[3]!;
  return `${m[1]}${frac ? `.${frac}` : ''}${zone}`;
}

function zero(t: GoType): Value {
  if (typeof t === 'string') {
    switch (t) {
      case 'string':
        return { t: 'string', v: '' };
      case 'int':
        return { t: 'int', v: '0' };
      case 'bool':
        return { t: 'bool', v: false };
      case 'float':
        return { t: 'float', v: 0 };
      case 'time':
        return { t: 'time', v: ZERO_TIME };
      case 'raw':
        return { t: 'raw', v: null };
      default:
        return { t: 'any', v: null };
    }
  }
  if ('struct' in t)
    return { t: 'struct', fields: new Map(t.struct.map((x) => [x.json, zero(x.type)])) };
  return { t: 'nil' };
}

function decode(n: JsonNode, t: GoType, path: string): Value {
  if (typeof t === 'string') {
    if (t === 'any') return { t: 'any', v: plainValue(n) };
    if (t === 'raw') return { t: 'raw', v: n.raw };
    if (n.k === 'null') return zero(t);
    switch (t) {
      case 'string':
        return n.k === 'string' ? { t: 'string', v: n.value } : mismatch(n, t, path);
      case 'bool':
        return n.k === 'bool' ? { t: 'bool', v: n.value } : mismatch(n, t, path);
      case 'int':
        if (n.k !== 'number') mismatch(n, t, path);
        if (!/^-?\d+$/.test(n.raw))
          throw new GoDecodeError(
            `json: cannot unmarshal number ${n.raw} into Go struct field ${path} of type int64`,
          );
        return { t: 'int', v: BigInt(n.raw).toString() };
      case 'float':
        return n.k === 'number' ? { t: 'float', v: Number(n.raw) } : mismatch(n, t, path);
      case 'time': {
        const v = n.k === 'string' ? parseTime(n.value) : null;
        if (v === null) {
          if (n.k !== 'string') mismatch(n, t, path);
          throw new GoDecodeError(
            `parsing time ${n.raw} as "2006-01-02T15:04:05Z07:00": cannot parse`,
          );
        }
        return { t: 'time', v };
      }
    }
  }
  if ('ptr' in t) return n.k === 'null' ? { t: 'nil' } : decode(n, t.ptr, path);
  if (n.k === 'null') return zero(t);
  if ('struct' in t) {
    if (n.k !== 'object') mismatch(n, t, path);
    const fields = new Map<string, Value>();
    for (const x of t.struct) {
      const child = field(n, x.json);
      const p = `${path ? `${path}.` : `${t.name ?? 'struct'}.`}${x.json}`;
      fields.set(x.json, child === undefined ? zero(x.type) : decode(child, x.type, p));
    }
    return { t: 'struct', fields };
  }
  if ('slice' in t) {
    if (n.k !== 'array') mismatch(n, t, path);
    return { t: 'slice', items: n.items.map((x) => decode(x, t.slice, path)) };
  }
  if (n.k !== 'object') mismatch(n, t, path);
  const entries = new Map<string, Value>();
  for (const [k, v] of n.entries) entries.set(k, decode(v, t.map, path));
  return { t: 'map', entries };
}

function empty(v: Value): boolean {
  switch (v.t) {
    case 'string':
      return v.v === '';
    case 'int':
      return v.v === '0';
    case 'bool':
      return !v.v;
    case 'float':
      return v.v === 0;
    case 'any':
      return v.v === null;
    case 'raw':
      // A raw field stands for a slice, map or pointer here: nil and empty are omitted.
      return v.v === null || v.v.length === 0 || /^\s*(null|\[\s*\])\s*$/.test(v.v);
    case 'nil':
      return true;
    case 'slice':
      return v.items.length === 0;
    case 'map':
      return v.entries.size === 0;
    default:
      return false; // structs and times are never "empty" to omitempty
  }
}

function encode(v: Value, t: GoType): string {
  if (typeof t === 'object' && 'ptr' in t && v.t !== 'nil') return encode(v, t.ptr);
  switch (v.t) {
    case 'string':
      return goMarshalString(v.v);
    case 'int':
      return v.v;
    case 'bool':
      return v.v ? 'true' : 'false';
    case 'float':
      return goJsonNumber(v.v);
    case 'any':
      return goMarshal(v.v);
    case 'raw':
      return v.v === null ? 'null' : (compactGoJson(v.v) ?? 'null');
    case 'time':
      return goMarshalString(v.v);
    case 'nil':
      return 'null';
    case 'slice': {
      const elem = typeof t === 'object' && 'slice' in t ? t.slice : 'any';
      return `[${v.items.map((x) => encode(x, elem)).join(',')}]`;
    }
    case 'map': {
      const elem = typeof t === 'object' && 'map' in t ? t.map : 'any';
      return `{${[...v.entries.keys()]
        .sort()
        .map((k) => `${goMarshalString(k)}:${encode(v.entries.get(k)!, elem)}`)
        .join(',')}}`;
    }
    case 'struct': {
      const fields = typeof t === 'object' && 'struct' in t ? t.struct : [];
      return `{${fields
        .filter((x) => !(x.omitempty && empty(v.fields.get(x.json) ?? zero(x.type))))
        .map(
          (x) =>
            `${goMarshalString(x.json)}:${encode(v.fields.get(x.json) ?? zero(x.type), x.type)}`,
        )
        .join(',')}}`;
    }
  }
}

/**
 * json.Unmarshal of `json` into a value of type `t`, then json.Marshal of it: the text a Go
 * source publishes after decoding into its struct. Throws GoDecodeError as Unmarshal fails.
 */
export function reencode(json: string, t: GoType): string {
  const tree = parseJsonTree(json);
  if (!tree) throw new GoDecodeError('invalid character in JSON input');
  const value = decode(tree, t, '');
  return encode(value, t);
}
