/**
 * tidwall/pretty v1.2.0 (what gjson's `@pretty` and `@ugly` call): Ugly drops every byte up to
 * space outside strings; Pretty indents objects and puts arrays that fit in the width on one line.
 */
import { goStringCompare } from './goStrings';
import { parseGoFloatValue } from './goNumbers';

/** pretty.Ugly. */
export function ugly(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    if (src.charCodeAt(i) <= 32) continue;
    out += src[i];
    if (src[i] !== '"') continue;
    for (i = i + 1; i < src.length; i++) {
      out += src[i];
      if (src[i] === '"') {
        let j = i - 1;
        while (src[j] === '\\') j--;
        if ((j - i) % 2 !== 0) break;
      }
    }
  }
  return out;
}

export interface PrettyOptions {
  width: number;
  prefix: string;
  indent: string;
  sortKeys: boolean;
}

export const DEFAULT_PRETTY: PrettyOptions = {
  width: 80,
  prefix: '',
  indent: '  ',
  sortKeys: false,
};

/** The UTF-8 length of `s` (the width is counted in bytes). */
function bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

interface St {
  buf: string;
  json: string;
  o: PrettyOptions;
}

/** pretty.PrettyOptions. */
export function pretty(json: string, o: PrettyOptions = DEFAULT_PRETTY): string {
  const st: St = { buf: o.prefix, json, o };
  appendAny(st, 0, true, o.indent, o.sortKeys, 0, 0, -1);
  return st.buf.length > 0 ? `${st.buf}\n` : st.buf;
}

type Out = [number, number, boolean];

function isNaNOrInf(s: string, i: number): boolean {
  const c = s[i];
  return (
    c === 'i' ||
    c === 'I' ||
    c === '+' ||
    c === 'N' ||
    (c === 'n' && s[i + 1] !== undefined && s[i + 1] !== 'u')
  );
}

function appendAny(
  st: St,
  i: number,
  pr: boolean,
  indent: string,
  sortkeys: boolean,
  tabs: number,
  nl: number,
  max: number,
): Out {
  const s = st.json;
  for (; i < s.length; i++) {
    if (s.charCodeAt(i) <= 32) continue;
    const c = s[i]!;
    if (c === '"') return appendString(st, i, nl);
    if ((c >= '0' && c <= '9') || c === '-' || isNaNOrInf(s, i)) return appendNumber(st, i, nl);
    if (c === '{' || c === '[')
      return appendObject(st, i, c, c === '{' ? '}' : ']', pr, indent, sortkeys, tabs, nl, max);
    if (c === 't') {
      st.buf += 'true';
      return [i + 4, nl, true];
    }
    if (c === 'f') {
      st.buf += 'false';
      return [i + 5, nl, true];
    }
    if (c === 'n') {
      st.buf += 'null';
      return [i + 4, nl, true];
    }
  }
  return [i, nl, true];
}

function appendString(st: St, i: number, nl: number): Out {
  const s = st.json;
  const start = i;
  i++;
  for (; i < s.length; i++) {
    if (s[i] === '"') {
      let sc = 0;
      for (let j = i - 1; j > start && s[j] === '\\'; j--) sc++;
      if (sc % 2 === 1) continue;
      i++;
      break;
    }
  }
  st.buf += s.slice(start, i);
  return [i, nl, true];
}

function appendNumber(st: St, i: number, nl: number): Out {
  const s = st.json;
  const start = i;
  i++;
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (s.charCodeAt(i) <= 32 || c === ',' || c === ':' || c === ']' || c === '}') break;
  }
  st.buf += s.slice(start, i);
  return [i, nl, true];
}

function tabsOf(o: PrettyOptions, indent: string, tabs: number): string {
  return o.prefix + indent.repeat(tabs);
}

interface Pair {
  kstart: number;
  kend: number;
  vstart: number;
  vend: number;
}

function appendObject(
  st: St,
  i: number,
  open: string,
  close: string,
  pr: boolean,
  indent: string,
  sortkeys: boolean,
  tabs: number,
  nl: number,
  max: number,
): Out {
  const s = st.json;
  const width = st.o.width;
  if (width > 0) {
    if (pr && open === '[' && max === -1) {
      const m = width - bytes(st.buf.slice(nl));
      if (m > 3) {
        const [s1, s2] = [st.buf.length, i];
        const r = appendObject(st, i, '[', ']', false, '', sortkeys, 0, 0, m);
        if (r[2] && bytes(st.buf.slice(s1)) <= m) return [r[0], nl, true];
        st.buf = st.buf.slice(0, s1);
        i = s2;
      }
    } else if (max !== -1 && open === '{') return [i, nl, false];
  }
  st.buf += open;
  i++;
  const pairs: Pair[] = [];
  let n = 0;
  for (; i < s.length; i++) {
    if (s.charCodeAt(i) <= 32) continue;
    if (s[i] === close) {
      if (pr) {
        if (open === '{' && sortkeys) sortPairs(st, pairs);
        if (n > 0) {
          nl = st.buf.length;
          st.buf = st.buf.endsWith(' ') ? `${st.buf.slice(0, -1)}\n` : `${st.buf}\n`;
        }
        if (!st.buf.endsWith(open)) st.buf += tabsOf(st.o, indent, tabs);
      }
      st.buf += close;
      return [i + 1, nl, open !== '{'];
    }
    if (open === '[' || s[i] === '"') {
      if (n > 0) {
        st.buf += ',';
        if (width !== -1 && open === '[') st.buf += ' ';
      }
      const p: Pair = { kstart: 0, kend: 0, vstart: 0, vend: 0 };
      if (pr) {
        nl = st.buf.length;
        st.buf = st.buf.endsWith(' ') ? `${st.buf.slice(0, -1)}\n` : `${st.buf}\n`;
        if (open === '{' && sortkeys) {
          p.kstart = i;
          p.vstart = st.buf.length;
        }
        st.buf += tabsOf(st.o, indent, tabs + 1);
      }
      if (open === '{') {
        [i, nl] = appendString(st, i, nl);
        if (sortkeys) p.kend = i;
        st.buf += pr ? ': ' : ':';
      }
      let ok: boolean;
      [i, nl, ok] = appendAny(st, i, pr, indent, sortkeys, tabs + 1, nl, max);
      if (max !== -1 && !ok) return [i, nl, false];
      if (pr && open === '{' && sortkeys) {
        p.vend = st.buf.length;
        if (p.kstart > p.kend || p.vstart > p.vend) sortkeys = false;
        else pairs.push(p);
      }
      i--;
      n++;
    }
  }
  return [i, nl, open !== '{'];
}

type JType = 0 | 1 | 2 | 3 | 4 | 5;

function jtype(v: string): JType {
  if (v.length === 0) return 0;
  switch (v[0]) {
    case '"':
      return 3;
    case 'f':
      return 1;
    case 't':
      return 4;
    case 'n':
      return 0;
    case '[':
    case '{':
      return 5;
    default:
      return 2;
  }
}

function parsestr(v: string): string {
  for (let i = 1; i < v.length; i++) {
    if (v[i] === '\\') {
      try {
        const out: unknown = JSON.parse(v);
        return typeof out === 'string' ? out : '';
      } catch {
        return '';
      }
    }
    if (v[i] === '"') return v.slice(1, i);
  }
  return '';
}

function sortPairs(st: St, pairs: Pair[]): void {
  if (pairs.length === 0) return;
  const keyOf = (p: Pair) => st.json.slice(p.kstart, p.kend);
  const valOf = (p: Pair) => {
    const k = keyOf(p);
    let v = st.buf.slice(p.vstart, p.vend).trim();
    if (v.length >= k.length + 1) v = v.slice(k.length + 1).trim();
    return v;
  };
  const less = (a: string, b: string): boolean => {
    const [t1, t2] = [jtype(a), jtype(b)];
    if (t1 !== t2) return t1 < t2;
    if (t1 === 3) return goStringCompare(parsestr(a), parsestr(b)) < 0;
    if (t1 === 2) return parseGoFloatValue(a) < parseGoFloatValue(b);
    return goStringCompare(a, b) < 0;
  };
  const order = pairs
    .map((p, n) => ({ p, n, k: keyOf(p), v: valOf(p) }))
    .sort((a, b) => {
      if (less(a.k, b.k)) return -1;
      if (less(b.k, a.k)) return 1;
      if (less(a.v, b.v)) return -1;
      if (less(b.v, a.v)) return 1;
      return a.n - b.n;
    });
  if (order.every((x, n) => x.n === n)) return;
  const vstart = pairs[0]!.vstart;
  const body = order.map((x) => st.buf.slice(x.p.vstart, x.p.vend)).join(',\n');
  st.buf = st.buf.slice(0, vstart) + body;
}
