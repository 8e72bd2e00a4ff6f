/**
 * tidwall/sjson v1.2.5 Set / SetRaw, ported step for step (the sensor writes every parameter
 * `dest` with it). A path of simple parts (no `| # @ * ?`; `\` escapes, a leading `:` forcing an
 * object key) is walked with gjson one part at a time: found values are replaced in place, and
 * the first missing part is built (objects, or arrays for numeric and empty parts, `-1`
 * appending). Any other path takes sjson's "complex path" route: gjson reads the whole path and
 * the value is written at the Index (or each of the Indexes) gjson reports, or nothing changes.
 */
import { gjsonGetRes } from './gjson';
import { arrayOf, forEach } from './gjsonIter';
import { fresh, type Res } from './gjsonResult';
import { parse } from './gjsonScan';
import { sjsonString } from './goJson';

export type SjsonResult =
  | { ok: true; json: string }
  | {
      ok: false;
      error: string;
      /** Go would panic (a slice out of range), crashing the sensor. */ panic?: true;
    };

/** sjson.SetRaw: writes `valueRaw` (JSON text) at `path`. Pure; never throws. */
export function sjsonSetRaw(json: string, path: string, valueRaw: string): SjsonResult {
  return set(json, path, valueRaw, false);
}

/** sjson.Set with a Go string value (quoted the way sjson quotes it). */
export function sjsonSetString(json: string, path: string, value: string): SjsonResult {
  return set(json, path, value, true);
}

interface Part {
  /** The key with escapes removed. */
  part: string;
  /** The part as gjson should read it (escapes kept). */
  gpart: string;
  path: string;
  force: boolean;
  more: boolean;
}

const isSimpleChar = (c: string) => !'|#@*?'.includes(c);

/** sjson parsePath: the first part of `path`; null when it holds a character that makes it complex. */
function parsePath(path: string): Part | null {
  const r: Part = { part: '', gpart: '', path: '', force: false, more: false };
  if (path[0] === ':') {
    r.force = true;
    path = path.slice(1);
  }
  for (let i = 0; i < path.length; i++) {
    if (path[i] === '.') {
      r.part = r.gpart = path.slice(0, i);
      r.path = path.slice(i + 1);
      r.more = true;
      return r;
    }
    if (!isSimpleChar(path[i]!)) return null;
    if (path[i] === '\\') {
      let epart = path.slice(0, i);
      let gpart = path.slice(0, i + 1);
      i++;
      if (i < path.length) {
        epart += path[i];
        gpart += path[i];
        i++;
        for (; i < path.length; i++) {
          const c = path[i]!;
          if (c === '\\') {
            gpart += '\\';
            i++;
            if (i < path.length) {
              epart += path[i];
              gpart += path[i];
            }
            continue;
          } else if (c === '.') {
            Object.assign(r, { part: epart, gpart, path: path.slice(i + 1), more: true });
            return r;
          } else if (!isSimpleChar(c)) return null;
          epart += c;
          gpart += c;
        }
      }
      r.part = epart;
      r.gpart = gpart;
      return r;
    }
  }
  r.part = r.gpart = path;
  return r;
}

const stringify = (s: string) => sjsonString(s);

/** sjson atoui: a part of digits only (the empty part included) is an index, unless forced. */
function atoui(p: Part): { n: number; numeric: boolean } {
  if (p.force) return { n: 0, numeric: false };
  let n = 0;
  for (let i = 0; i < p.part.length; i++) {
    const c = p.part.charCodeAt(i);
    if (c < 48 || c > 57) return { n: 0, numeric: false };
    n = n * 10 + (c - 48);
  }
  return { n, numeric: true };
}

/** The longest null padding built (Go would build any size; past this the simulator refuses). */
const MAX_PAD = 1_000_000;

function padding(unit: string, n: number): string {
  if (n > MAX_PAD)
    throw new SetError(
      `the simulator does not pad an array with ${n} nulls (an index past ${MAX_PAD.toLocaleString('en-US')})`,
    );
  return unit.repeat(Math.max(n, 0));
}

/** sjson appendBuild: the JSON text for parts that do not exist yet. */
function build(array: boolean, paths: Part[], raw: string, str: boolean): string {
  let out = array ? '' : `${stringify(paths[0]!.part)}:`;
  if (paths.length > 1) {
    const next = paths[1]!;
    const { n, numeric } = atoui(next);
    if (numeric || (!next.force && next.part === '-1'))
      out += `[${padding('null,', n)}${build(true, paths.slice(1), raw, str)}]`;
    else out += `{${build(false, paths.slice(1), raw, str)}}`;
  } else out += str ? stringify(raw) : raw;
  return out;
}

function trim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return s.slice(a, b);
}

class SetError extends Error {}

/** sjson appendRawPaths (without deletion). */
function appendRawPaths(jstr: string, paths: Part[], raw: string, str: boolean): string {
  const head = paths[0]!;
  const res = gjsonGetRes(jstr, head.gpart);
  if (res.index > 0) {
    const before = jstr.slice(0, res.index);
    const after = jstr.slice(res.index + res.raw.length);
    if (paths.length > 1) return before + appendRawPaths(res.raw, paths.slice(1), raw, str) + after;
    return before + (str ? stringify(raw) : raw) + after;
  }
  const { n, numeric } = atoui(head);
  if (trim(jstr) === '') jstr = numeric ? '[]' : '{}';
  let jsres = parse(fresh(jstr));
  if (jsres.type !== 'JSON') {
    jstr = numeric ? '[]' : '{}';
    jsres = parse(fresh(jstr));
  }
  const r = jsres.raw;
  let comma = false;
  for (let i = 1; i < r.length; i++) {
    if (r.charCodeAt(i) <= 32) continue;
    comma = r[i] !== '}' && r[i] !== ']';
    break;
  }
  if (r[0] === '{') {
    let end = r.length - 1;
    for (; end > 0; end--) if (r[end] === '}') break;
    return `${r.slice(0, end)}${comma ? ',' : ''}${build(false, paths, raw, str)}}`;
  }
  if (r[0] !== '[') throw new SetError('json must be an object or array');
  if (!numeric) {
    if (head.part !== '-1' || head.force)
      throw new SetError(`cannot set array element for non-numeric key '${head.part}'`);
    let njson = trim(r);
    if (njson.endsWith(']')) njson = njson.slice(0, -1);
    return `${njson}${comma ? ',' : ''}${build(true, paths, raw, str)}]`;
  }
  const ress = arrayOf(jsres);
  let out = `[${ress.map((e) => e.raw).join(',')}`;
  if (ress.length === 0) out += padding('null,', n);
  else out += padding(',null', n - ress.length) + (comma ? ',' : '');
  return `${out}${build(true, paths, raw, str)}]`;
}

/** Go slicing out of range panics; sjson's complex path can slice at offsets gjson computed. */
class SlicePanic extends Error {}

function splice(jstr: string, index: number, oldLen: number, text: string): string {
  if (index < 0 || index > jstr.length || index + oldLen > jstr.length)
    throw new SlicePanic(
      `slice bounds out of range [${index}:${index + oldLen}] with length ${jstr.length}`,
    );
  return jstr.slice(0, index) + text + jstr.slice(index + oldLen);
}

/** sjson setComplexPath: null means "no change". */
function setComplexPath(jstr: string, path: string, raw: string, str: boolean): string | null {
  const res: Res = gjsonGetRes(jstr, path);
  const exists = res.type !== 'Null' || res.raw.length !== 0;
  const indexes = res.indexes ?? [];
  if (!exists || !(res.index !== 0 || indexes.length !== 0)) return null;
  const value = str ? stringify(raw) : raw;
  if (res.index !== 0) jstr = splice(jstr, res.index, res.raw.length, value);
  if (indexes.length > 0) {
    const vals: Res[] = [];
    forEach(res, (_k, v) => {
      vals.push(v);
      return true;
    });
    if (vals.length !== indexes.length) return null;
    const order = vals
      .map((v, i) => ({ v, index: indexes[i]! }))
      .map((x, n) => ({ ...x, n }))
      .sort((a, b) => b.index - a.index || a.n - b.n);
    for (const { v, index } of order) jstr = splice(jstr, index, v.raw.length, value);
  }
  return jstr;
}

function set(json: string, path: string, raw: string, str: boolean): SjsonResult {
  if (path === '') return { ok: false, error: 'path cannot be empty' };
  const paths: Part[] = [];
  let r = parsePath(path);
  let simple = r !== null;
  while (r) {
    paths.push(r);
    if (!r.more) break;
    r = parsePath(r.path);
    if (!r) simple = false;
  }
  try {
    if (!simple) {
      const out = setComplexPath(json, path, raw, str);
      return { ok: true, json: out ?? json };
    }
    return { ok: true, json: appendRawPaths(json, paths, raw, str) };
  } catch (e) {
    if (e instanceof SlicePanic)
      return { ok: false, error: `runtime error: ${e.message}`, panic: true };
    if (e instanceof SetError) return { ok: false, error: e.message };
    throw e;
  }
}
