/**
 * gjson's `@modifiers` and `!literals` (tidwall/gjson v1.19.0 execModifier, execStatic and the
 * thirteen built-in modifiers). A modifier that hands back its input (`@this`, `@valid`, …) keeps
 * the input's buffer, so the value still knows where it sits in the document (sjson relies on it).
 */
import { forEach } from './gjsonIter';
import { isModifierName } from './gjsonPath';
import { DEFAULT_PRETTY, pretty, ugly, type PrettyOptions } from './gjsonPretty';
import {
  exists,
  fresh,
  resultBool,
  resultInt,
  resultString,
  type Res,
  type View,
} from './gjsonResult';
import { parse, parseSquash, squash, trim } from './gjsonScan';
import { gjsonJsonString } from './goJson';
import { goTrimSpace } from './goStrings';
import { isValidJson } from './jsonScan';

/** Result.Get, supplied by gjson.ts (`@dig` reads paths). */
export type ResultGet = (t: Res, path: string) => Res;

type Modifier = (json: View, arg: string, get: ResultGet) => View;

const isArray = (r: Res) => r.type === 'JSON' && r.raw[0] === '[';
const isObject = (r: Res) => r.type === 'JSON' && r.raw[0] === '{';

/** Reads a modifier's JSON argument object: calls `visit` with each key and value. */
function eachArg(arg: string, visit: (key: string, value: Res) => void): void {
  if (arg === '') return;
  forEach(parse(fresh(arg)), (k, v) => {
    visit(resultString(k), v);
    return true;
  });
}

/** gjson unwrap: trims, then drops the outer brackets of an array or object. */
function unwrap(json: string): string {
  const t = trim(json);
  return t.length >= 2 && (t[0] === '[' || t[0] === '{') ? t.slice(1, -1) : t;
}

function cleanWS(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (!' \t\n\r'.includes(s[i]!)) return [...s].filter((c) => ' \t\n\r'.includes(c)).join('');
  }
  return s;
}

function values(r: Res): Res[] {
  const out: Res[] = [];
  forEach(r, (_k, v) => {
    out.push(v);
    return true;
  });
  return out;
}

function modPretty(json: View, arg: string): View {
  const o: PrettyOptions = { ...DEFAULT_PRETTY };
  eachArg(arg, (k, v) => {
    if (k === 'sortKeys') o.sortKeys = resultBool(v);
    else if (k === 'indent') o.indent = cleanWS(resultString(v));
    else if (k === 'prefix') o.prefix = cleanWS(resultString(v));
    else if (k === 'width') o.width = resultInt(v);
  });
  return fresh(pretty(json.s, arg === '' ? DEFAULT_PRETTY : o));
}

function modReverse(json: View): View {
  const res = parse(json);
  if (isArray(res))
    return fresh(
      `[${values(res)
        .reverse()
        .map((v) => v.raw)
        .join(',')}]`,
    );
  if (isObject(res)) {
    const pairs: string[] = [];
    forEach(res, (k, v) => {
      pairs.push(`${k.raw}:${v.raw}`);
      return true;
    });
    return fresh(`{${pairs.reverse().join(',')}}`);
  }
  return json;
}

function flatten(json: View, arg: string): View {
  const res = parse(json);
  if (!isArray(res)) return json;
  let deep = false;
  eachArg(arg, (k, v) => {
    if (k === 'deep') deep = resultBool(v);
  });
  const parts: string[] = [];
  for (const v of values(res)) {
    let raw = v.raw;
    if (isArray(v)) raw = unwrap(deep ? flatten(fresh(v.raw), arg).s : v.raw);
    raw = goTrimSpace(raw);
    if (raw.length > 0) parts.push(raw);
  }
  return fresh(`[${parts.join(',')}]`);
}

function modKeys(json: View): View {
  const v = parse(json);
  if (!exists(v)) return fresh('[]');
  const obj = isObject(v);
  const out: string[] = [];
  forEach(v, (k) => {
    out.push(obj ? k.raw : 'null');
    return true;
  });
  return fresh(`[${out.join(',')}]`);
}

function modValues(json: View): View {
  const v = parse(json);
  if (!exists(v)) return fresh('[]');
  if (isArray(v)) return json;
  return fresh(
    `[${values(v)
      .map((x) => x.raw)
      .join(',')}]`,
  );
}

function modJoin(json: View, arg: string): View {
  const res = parse(json);
  if (!isArray(res)) return json;
  let preserve = false;
  eachArg(arg, (k, v) => {
    if (k === 'preserve') preserve = resultBool(v);
  });
  const objects = values(res).filter(isObject);
  if (preserve) return fresh(`{${objects.map((o) => unwrap(o.raw)).join(',')}}`);
  const keys: Res[] = [];
  const kvals = new Map<string, Res>();
  for (const o of objects)
    forEach(o, (k, v) => {
      const name = resultString(k);
      if (!kvals.has(name)) keys.push(k);
      kvals.set(name, v);
      return true;
    });
  return fresh(`{${keys.map((k) => `${k.raw}:${kvals.get(resultString(k))!.raw}`).join(',')}}`);
}

function modGroup(json: View): View {
  const res = parse(json);
  if (!isObject(res)) return fresh('');
  const all: string[] = [];
  forEach(res, (k, v) => {
    if (!isArray(v)) return true;
    values(v).forEach((el, idx) => {
      all[idx] = `${all[idx] ?? ''},${k.raw}:${el.raw}`;
    });
    return true;
  });
  return fresh(`[${all.map((item) => `{${item.slice(1)}}`).join(',')}]`);
}

function modDig(json: View, arg: string, get: ResultGet): View {
  const all: Res[] = [];
  const descend = (parent: Res) => {
    const res = get(parent, arg);
    if (exists(res)) all.push(res);
    if (isArray(parent) || isObject(parent))
      forEach(parent, (_k, v) => {
        descend(v);
        return true;
      });
  };
  descend(parse(json));
  return fresh(`[${all.map((r) => r.raw).join(',')}]`);
}

/** `@fromstr`: Parse(json).String(), which slices the input for plain strings, integers and JSON. */
function modFromStr(json: View): View {
  if (!isValidJson(json.s)) return fresh('');
  const r = parse(json);
  const text = resultString(r);
  if (r.src === null) return fresh(text);
  if (r.type === 'JSON' || (r.type === 'Number' && text === r.raw))
    return { s: text, src: r.src, base: r.at };
  if (r.type === 'String' && !r.raw.includes('\\')) return { s: text, src: r.src, base: r.at + 1 };
  return fresh(text);
}

const MODIFIERS: Record<string, Modifier> = {
  pretty: modPretty,
  ugly: (json) => fresh(ugly(json.s)),
  reverse: modReverse,
  this: (json) => json,
  flatten,
  join: modJoin,
  valid: (json) => (isValidJson(json.s) ? json : fresh('')),
  keys: modKeys,
  values: modValues,
  tostr: (json) => fresh(gjsonJsonString(json.s)),
  fromstr: modFromStr,
  group: modGroup,
  dig: modDig,
};

/** execModifier: runs the `@name[:arg]` at the start of `path`; null when it is not a modifier. */
export function execModifier(
  json: View,
  path: string,
  get: ResultGet,
): { pathOut: string; res: View } | null {
  let name = path.slice(1);
  let pathOut = '';
  let hasArgs = false;
  for (let i = 1; i < path.length; i++) {
    const c = path[i];
    if (c === ':') {
      pathOut = path.slice(i + 1);
      name = path.slice(1, i);
      hasArgs = pathOut.length > 0;
      break;
    }
    if (c === '|' || c === '.') {
      pathOut = path.slice(i);
      name = path.slice(1, i);
      break;
    }
  }
  if (!isModifierName(name)) return null;
  let args = '';
  if (hasArgs) {
    let parsed = false;
    const c0 = pathOut[0];
    if ((c0 === '{' || c0 === '[' || c0 === '"') && exists(parse(fresh(pathOut)))) {
      args = pathOut.slice(0, squash(pathOut));
      pathOut = pathOut.slice(args.length);
      parsed = true;
    }
    if (!parsed) {
      let i = 0;
      for (; i < pathOut.length; i++) {
        const c = pathOut[i];
        if (c === '|') break;
        if (c === '{' || c === '[' || c === '"' || c === '(') i += squash(pathOut.slice(i)) - 1;
      }
      args = pathOut.slice(0, i);
      pathOut = pathOut.slice(i);
    }
  }
  return { pathOut, res: MODIFIERS[name]!(json, args, get) };
}

/** execStatic: the `!literal` at the start of `path`; null when it is not one. */
export function execStatic(path: string): { pathOut: string; res: View } | null {
  let name = path.slice(1);
  const c0 = name[0];
  if (c0 !== undefined && ('{["+-'.includes(c0) || (c0 >= '0' && c0 <= '9'))) {
    const end = Math.min(parseSquash(name, 0), name.length);
    return { pathOut: name.slice(end), res: fresh(name.slice(0, end)) };
  }
  let pathOut = '';
  for (let i = 1; i < path.length; i++) {
    if (path[i] === '|' || path[i] === '.') {
      pathOut = path.slice(i);
      name = path.slice(1, i);
      break;
    }
  }
  if (['true', 'false', 'null', 'nan', 'inf'].includes(name.toLowerCase()))
    return { pathOut, res: fresh(name) };
  return null;
}
