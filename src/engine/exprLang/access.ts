import { utf8Decode, utf8Encode } from '../../lib/utf8';
import { GoInt, GoTime } from '../template/values';
import type { ConstantValue } from '../../domain/exprLang/ast';
import { methodOf } from './timeValues';
import {
  AnyKeyMap,
  ExprPanic,
  GoDuration,
  formatV,
  goEqual,
  goType,
  int,
  isExprMap,
  toInt,
  type ExprValue,
} from './values';

/** A string's bytes, as Go indexes, slices and measures strings. */
export const bytesOf = (s: string) => utf8Encode(s);

/** A key for AnyKeyMap: the Go type plus the value (keys of other types never collide). */
export function anyKey(k: ExprValue): string {
  if (Array.isArray(k) || isExprMap(k) || k instanceof AnyKeyMap)
    throw new ExprPanic(`runtime error: hash of unhashable type ${goType(k)}`);
  return `${goType(k)}:${k instanceof GoTime ? k.ms : formatV(k)}`;
}

function mapIndexPanic(key: ExprValue, want: string): never {
  throw new ExprPanic(
    `reflect.Value.MapIndex: value of type ${goType(key)} is not assignable to type ${want}`,
  );
}

/** runtime.Fetch: `a.b`, `a["b"]`, `a[0]`, methods of times and durations. */
export function fetch(from: ExprValue, i: ExprValue): ExprValue {
  if (from === null) throw new ExprPanic(`cannot fetch ${formatV(i)} from <nil>`);
  if ((from instanceof GoTime || from instanceof GoDuration) && typeof i === 'string') {
    const m = methodOf(from, i);
    if (m) return m;
  }
  if (Array.isArray(from) || typeof from === 'string') {
    let index = toInt(i);
    if (typeof from === 'string') {
      const bytes = bytesOf(from);
      if (index < 0) index += bytes.length;
      if (index < 0 || index >= bytes.length)
        throw new ExprPanic('reflect: string index out of range');
      return int(bytes[index] ?? 0);
    }
    if (index < 0) index += from.length;
    if (index < 0 || index >= from.length) throw new ExprPanic('reflect: slice index out of range');
    return from[index] ?? null;
  }
  if (from instanceof AnyKeyMap) return from.entries.get(anyKey(i))?.[1] ?? null;
  if (isExprMap(from)) {
    const key = i === null ? '' : typeof i === 'string' ? i : mapIndexPanic(i, 'string');
    return Object.prototype.hasOwnProperty.call(from, key) ? (from[key] ?? null) : null;
  }
  throw new ExprPanic(`cannot fetch ${formatV(i)} from ${goType(from)}`);
}

/** runtime.Slice: `a[1:3]`, bounds clamped; strings are sliced by bytes. */
export function slice(v: ExprValue, from: ExprValue, to: ExprValue): ExprValue {
  const bytes = typeof v === 'string' ? bytesOf(v) : null;
  const items = Array.isArray(v) ? v : null;
  const length = bytes ? bytes.length : items ? items.length : -1;
  if (length < 0) throw new ExprPanic(`cannot slice ${formatV(from)}`);
  let a = toInt(from);
  let b = toInt(to);
  if (a < 0) a += length;
  if (a < 0) a = 0;
  if (b < 0) b += length;
  if (b < 0) b = 0;
  if (b > length) b = length;
  if (a > b) a = b;
  return bytes ? utf8Decode(bytes.slice(a, b)) : items!.slice(a, b);
}

/** runtime.Len. */
export function len(v: ExprValue): number {
  if (typeof v === 'string') return bytesOf(v).length;
  if (Array.isArray(v)) return v.length;
  if (v instanceof AnyKeyMap) return v.entries.size;
  if (isExprMap(v)) return Object.keys(v).length;
  throw new ExprPanic(`invalid argument for len (type ${goType(v)})`);
}

/** runtime.In. */
export function inOp(needle: ExprValue, haystack: ExprValue): boolean {
  if (haystack === null) return false;
  if (Array.isArray(haystack)) return haystack.some((x) => goEqual(x, needle));
  if (haystack instanceof AnyKeyMap) return haystack.entries.has(anyKey(needle));
  if (isExprMap(haystack)) {
    const key =
      needle === null ? '' : typeof needle === 'string' ? needle : mapIndexPanic(needle, 'string');
    return Object.prototype.hasOwnProperty.call(haystack, key);
  }
  throw new ExprPanic(`operator "in" not defined on ${goType(haystack)}`);
}

/**
 * `x in ["a", "b"]` after upstream's optimizer made the list a map[string]struct{} (or map[int]):
 * a needle of another type panics instead of comparing false, and nil looks up the zero key.
 */
export function inSet(needle: ExprValue, set: ConstantValue): boolean {
  if (set.kind === 'stringSet') {
    const key =
      needle === null ? '' : typeof needle === 'string' ? needle : mapIndexPanic(needle, 'string');
    return set.items.has(key);
  }
  const key =
    needle === null ? 0 : needle instanceof GoInt ? needle.v : mapIndexPanic(needle, 'int');
  return set.items.has(key);
}

/** The collection a predicate iterates (OpBegin: reflect Len, then Index per element). */
export function iterable(v: ExprValue): { length: number; at: (i: number) => ExprValue } {
  if (Array.isArray(v)) return { length: v.length, at: (i) => v[i] ?? null };
  if (typeof v === 'string') {
    const bytes = bytesOf(v);
    return { length: bytes.length, at: (i) => int(bytes[i] ?? 0) };
  }
  if (v === null) throw new ExprPanic('reflect: call of reflect.Value.Len on zero Value');
  if (isExprMap(v) || v instanceof AnyKeyMap) {
    const n = v instanceof AnyKeyMap ? v.entries.size : Object.keys(v).length;
    return {
      length: n,
      at: () => {
        throw new ExprPanic('reflect: call of reflect.Value.Index on map Value');
      },
    };
  }
  throw new ExprPanic(`reflect: call of reflect.Value.Len on ${goType(v)} Value`);
}
