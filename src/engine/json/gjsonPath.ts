/**
 * gjson's path component readers (tidwall/gjson v1.19.0 parseObjectPath, parseArrayPath,
 * parseQuery, isDotPiperChar, splitPossiblePipe, parseSubSelectors, nameOfLast, isSimpleName).
 */
import { squash, trim, unescape } from './gjsonScan';

/** The modifiers gjson v1.19.0 registers. */
const MODIFIER_NAMES = new Set([
  'pretty',
  'ugly',
  'reverse',
  'this',
  'flatten',
  'join',
  'valid',
  'keys',
  'values',
  'tostr',
  'fromstr',
  'group',
  'dig',
]);

export function isModifierName(name: string): boolean {
  return MODIFIER_NAMES.has(name);
}

/**
 * After a `.`, a known `@modifier`, a `[` or a `{` starts a piped part: the rest applies to the
 * value found so far, not to its members.
 */
function isDotPiperChar(s: string): boolean {
  const c = s[0];
  if (c === '@') {
    let i = 1;
    for (; i < s.length; i++) if (s[i] === '.' || s[i] === '|' || s[i] === ':') break;
    return MODIFIER_NAMES.has(s.slice(1, i));
  }
  return c === '[' || c === '{';
}

export interface ObjectPath {
  part: string;
  path: string;
  pipe: string;
  piped: boolean;
  wild: boolean;
  more: boolean;
}

/** The first key of `path` (escapes removed), whether it has wildcards, and what follows. */
export function parseObjectPath(path: string): ObjectPath {
  const r: ObjectPath = { part: '', path: '', pipe: '', piped: false, wild: false, more: false };
  const after = (i: number, part: string): ObjectPath => {
    r.part = part;
    if (i < path.length - 1 && isDotPiperChar(path.slice(i + 1))) {
      r.pipe = path.slice(i + 1);
      r.piped = true;
    } else {
      r.path = path.slice(i + 1);
      r.more = true;
    }
    return r;
  };
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '|') {
      r.part = path.slice(0, i);
      r.pipe = path.slice(i + 1);
      r.piped = true;
      return r;
    }
    if (c === '.') return after(i, path.slice(0, i));
    if (c === '*' || c === '?') {
      r.wild = true;
      continue;
    }
    if (c === '\\') {
      // Escape mode: the part is rebuilt without its backslashes.
      let epart = path.slice(0, i);
      i++;
      if (i < path.length) {
        epart += path[i];
        i++;
        for (; i < path.length; i++) {
          const d = path[i];
          if (d === '\\') {
            i++;
            if (i < path.length) epart += path[i];
            continue;
          } else if (d === '.') return after(i, epart);
          else if (d === '|') {
            r.part = epart;
            r.pipe = path.slice(i + 1);
            r.piped = true;
            return r;
          } else if (d === '*' || d === '?') r.wild = true;
          epart += d;
        }
      }
      r.part = epart;
      return r;
    }
  }
  r.part = path;
  return r;
}

export interface ArrayPath {
  part: string;
  path: string;
  pipe: string;
  piped: boolean;
  more: boolean;
  alogok: boolean;
  arrch: boolean;
  alogkey: string;
  query: { on: boolean; all: boolean; path: string; op: string; value: string };
}

/** The first component of a path applied to an array: an index, `#`, `#.key` or a `#(…)` query. */
export function parseArrayPath(path: string): ArrayPath {
  const r: ArrayPath = {
    part: '',
    path: '',
    pipe: '',
    piped: false,
    more: false,
    alogok: false,
    arrch: false,
    alogkey: '',
    query: { on: false, all: false, path: '', op: '', value: '' },
  };
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '|') {
      r.part = path.slice(0, i);
      r.pipe = path.slice(i + 1);
      r.piped = true;
      return r;
    }
    if (c === '.') {
      r.part = path.slice(0, i);
      if (!r.arrch && i < path.length - 1 && isDotPiperChar(path.slice(i + 1))) {
        r.pipe = path.slice(i + 1);
        r.piped = true;
      } else {
        r.path = path.slice(i + 1);
        r.more = true;
      }
      return r;
    }
    if (c === '#') {
      r.arrch = true;
      if (i === 0 && path.length > 1) {
        if (path[1] === '.') {
          r.alogok = true;
          r.alogkey = path.slice(2);
          r.path = path.slice(0, 1);
        } else if (path[1] === '[' || path[1] === '(') {
          r.query.on = true;
          const q = parseQuery(path.slice(i));
          if (!q.ok) break;
          let value = q.value;
          if (value.length >= 2 && value[0] === '"' && value[value.length - 1] === '"') {
            value = value.slice(1, -1);
            if (q.vesc) value = unescape(value);
          }
          r.query.path = q.path;
          r.query.op = q.op;
          r.query.value = value;
          i = q.i - 1;
          if (i + 1 < path.length && path[i + 1] === '#') r.query.all = true;
        }
      }
      continue;
    }
  }
  r.part = path;
  r.path = '';
  return r;
}

interface Query {
  path: string;
  op: string;
  value: string;
  remain: string;
  i: number;
  vesc: boolean;
  ok: boolean;
}

/** Splits `#(path op value)rest` (or `#[…]`) into its parts; `ok` false when unbalanced. */
function parseQuery(query: string): Query {
  const fail: Query = { path: '', op: '', value: '', remain: '', i: 0, vesc: false, ok: false };
  if (query.length < 2 || query[0] !== '#' || (query[1] !== '(' && query[1] !== '[')) return fail;
  let i = 2;
  let j = 0;
  let depth = 1;
  let vesc = false;
  for (; i < query.length; i++) {
    const c = query[i];
    if (depth === 1 && j === 0 && (c === '!' || c === '=' || c === '<' || c === '>' || c === '%')) {
      j = i;
      continue;
    }
    if (c === '\\') i++;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') {
      depth--;
      if (depth === 0) break;
    } else if (c === '"') {
      i++;
      for (; i < query.length; i++) {
        if (query[i] === '\\') {
          vesc = true;
          i++;
        } else if (query[i] === '"') break;
      }
    }
  }
  if (depth > 0) return { ...fail, i };
  if (j > 0) {
    const path = trim(query.slice(2, j));
    let value = trim(query.slice(j, i));
    const remain = query.slice(i + 1);
    let opsz = 0;
    const v0 = value[0];
    const v1 = value[1];
    if (value.length === 1) opsz = 1;
    else if (v0 === '!' && (v1 === '=' || v1 === '%')) opsz = 2;
    else if ((v0 === '<' || v0 === '>') && v1 === '=') opsz = 2;
    else if (v0 === '=' && v1 === '=') {
      value = value.slice(1);
      opsz = 1;
    } else if (v0 === '<' || v0 === '>' || v0 === '=' || v0 === '%') opsz = 1;
    const op = value.slice(0, opsz);
    value = trim(value.slice(opsz));
    return { path, op, value, remain, i: i + 1, vesc, ok: true };
  }
  return {
    path: trim(query.slice(2, i)),
    op: '',
    value: '',
    remain: query.slice(i + 1),
    i: i + 1,
    vesc,
    ok: true,
  };
}

/** Splits a path at its first top-level `|` (outside `#(…)` selectors); null when there is none. */
export function splitPossiblePipe(path: string): [string, string] | null {
  if (!path.includes('|')) return null;
  if (path[0] === '{') {
    const n = squash(path.slice(1));
    if (n < path.length - 1) {
      const left = path.slice(0, n + 1);
      const remain = path.slice(left.length);
      if (remain[0] === '|') return [left, remain.slice(1)];
    }
    return null;
  }
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '\\') i++;
    else if (c === '.') {
      if (i === path.length - 1) return null;
      if (path[i + 1] === '#') {
        i += 2;
        if (i === path.length) return null;
        if (path[i] === '[' || path[i] === '(') {
          const [open, close] = path[i] === '[' ? ['[', ']'] : ['(', ')'];
          i++;
          let depth = 1;
          for (; i < path.length; i++) {
            const d = path[i];
            if (d === '\\') i++;
            else if (d === open) depth++;
            else if (d === close) {
              depth--;
              if (depth === 0) break;
            } else if (d === '"') {
              i++;
              for (; i < path.length; i++) {
                if (path[i] === '\\') i++;
                else if (path[i] === '"') break;
              }
            }
          }
        }
      }
    } else if (c === '|') return [path.slice(0, i), path.slice(i + 1)];
  }
  return null;
}

export interface SubSelector {
  name: string;
  path: string;
}

/** The selectors of a `[p1,p2]` or `{"k":p1,p2}` multipath, and the path after it. */
export function parseSubSelectors(
  path: string,
): { sels: SubSelector[]; out: string; ok: true } | { ok: false } {
  const sels: SubSelector[] = [];
  let modifier = 0;
  let depth = 1;
  let colon = 0;
  let start = 1;
  let i = 1;
  const pushSel = () => {
    if (colon === 0) sels.push({ name: '', path: path.slice(start, i) });
    else sels.push({ name: path.slice(start, colon), path: path.slice(colon + 1, i) });
    colon = 0;
    modifier = 0;
    start = i + 1;
  };
  for (; i < path.length; i++) {
    switch (path[i]) {
      case '\\':
        i++;
        break;
      case '@':
        if (modifier === 0 && i > 0 && (path[i - 1] === '.' || path[i - 1] === '|')) modifier = i;
        break;
      case ':':
        if (modifier === 0 && colon === 0 && depth === 1) colon = i;
        break;
      case ',':
        if (depth === 1) pushSel();
        break;
      case '"':
        i++;
        for (; i < path.length; i++) {
          if (path[i] === '\\') i++;
          else if (path[i] === '"') break;
        }
        break;
      case '[':
      case '(':
      case '{':
        depth++;
        break;
      case ']':
      case ')':
      case '}':
        depth--;
        if (depth === 0) {
          pushSel();
          return { sels, out: path.slice(i + 1), ok: true };
        }
        break;
    }
  }
  return { ok: false };
}

/** The last component of a path (after its last unescaped `.` or `|`). */
export function nameOfLast(path: string): string {
  for (let i = path.length - 1; i >= 0; i--) {
    if (path[i] === '|' || path[i] === '.') {
      if (i > 0 && path[i - 1] === '\\') continue;
      return path.slice(i + 1);
    }
  }
  return path;
}

export function isSimpleName(component: string): boolean {
  for (let i = 0; i < component.length; i++) {
    if (component.charCodeAt(i) < 32) return false;
    if ('[]{}()#|!'.includes(component[i]!)) return false;
  }
  return true;
}
