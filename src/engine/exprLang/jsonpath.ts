import { parseJsonValue } from './exprJson';
import { compareStrings, ExprPanic, int, isExprMap, type ExprValue } from './values';

type Tok =
  | { t: 'key'; key: string }
  | { t: 'index'; index: number }
  | { t: 'wildcard' }
  | { t: 'recursive' }
  | { t: 'union'; keys: (string | number)[] }
  | { t: 'range'; from: number | null; to: number | null; step: number }
  | { t: 'length' };

/**
 * The `jsonpath(json, path)` helper of Argo Events' filters (evilmonkeyinc/jsonpath v0.8.1):
 * `$`, `.key`, `['key']`, `[n]`, `[*]`, `..key`, unions, ranges and `.length`. Filter and script
 * selectors (`[?(...)]`, `[(...)]`) are not simulated and say so.
 */
export function jsonPath(jsonText: string, path: string): ExprValue {
  const data = parseJsonValue(jsonText);
  const tokens = tokenize(path);
  return apply(tokens, 0, data);
}

function tokenize(path: string): Tok[] {
  if (!path.startsWith('$'))
    throw new ExprPanic(
      `invalid JSONPath selector '${path}' unexpected token '${path[0] ?? ''}' at index 0`,
    );
  const out: Tok[] = [];
  let i = 1;
  const ident = () => {
    const m = /^[^.[\]]+/.exec(path.slice(i));
    const word = m?.[0] ?? '';
    i += word.length;
    return word;
  };
  while (i < path.length) {
    if (path.startsWith('..', i)) {
      i += 2;
      out.push({ t: 'recursive' });
      if (path[i] === '*') {
        i++;
        out.push({ t: 'wildcard' });
      } else if (path[i] !== '[') out.push({ t: 'key', key: ident() });
    } else if (path[i] === '.') {
      i++;
      if (path[i] === '*') {
        i++;
        out.push({ t: 'wildcard' });
      } else {
        const word = ident();
        if (!word) throw new ExprPanic(`invalid JSONPath selector '${path}'`);
        out.push(word === 'length' ? { t: 'length' } : { t: 'key', key: word });
      }
    } else if (path[i] === '[') {
      const end = closing(path, i);
      out.push(subscript(path.slice(i + 1, end).trim(), path));
      i = end + 1;
    } else
      throw new ExprPanic(
        `invalid JSONPath selector '${path}' unexpected token '${path[i]}' at index ${i}`,
      );
  }
  return out;
}

function closing(path: string, open: number): number {
  let quote: string | null = null;
  for (let j = open + 1; j < path.length; j++) {
    const c = path[j]!;
    if (quote) {
      if (c === '\\') j++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === ']') return j;
  }
  throw new ExprPanic(`invalid JSONPath selector '${path}' missing ']'`);
}

function subscript(body: string, path: string): Tok {
  if (body.startsWith('?(') || body.startsWith('('))
    throw new ExprPanic(`JSONPath filter and script selectors such as [${body}] are not simulated`);
  if (body === '*') return { t: 'wildcard' };
  const parts = splitUnion(body);
  const values = parts.map((p) => {
    if (/^'.*'$|^".*"$/.test(p)) return p.slice(1, -1).replace(/\\(.)/g, '$1');
    if (/^-?\d+$/.test(p)) return Number(p);
    return null;
  });
  if (parts.length === 1 && values[0] === null && /^-?\d*(:-?\d*){1,2}$/.test(body)) {
    const [a, b, c] = body.split(':');
    const n = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));
    return { t: 'range', from: n(a), to: n(b), step: n(c) ?? 1 };
  }
  const keys = values.filter((v) => v !== null);
  if (keys.length < values.length) throw new ExprPanic(`invalid JSONPath selector '${path}'`);
  const [only] = keys;
  if (keys.length === 1 && only !== undefined)
    return typeof only === 'number' ? { t: 'index', index: only } : { t: 'key', key: only };
  return { t: 'union', keys };
}

function splitUnion(body: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | null = null;
  for (const c of body) {
    if (quote) {
      if (c === quote) quote = null;
      cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      cur += c;
    } else if (c === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  out.push(cur.trim());
  return out;
}

function children(v: ExprValue, what: string): ExprValue[] {
  if (Array.isArray(v)) return v;
  if (isExprMap(v))
    return Object.keys(v)
      .sort(compareStrings)
      .map((k) => v[k] ?? null);
  throw new ExprPanic(
    `${what}: invalid token target. expected [array map slice] got [${v === null ? 'nil' : typeof v}]`,
  );
}

/** Applies the rest of the tokens to each item, dropping items where they fail or give nil. */
function each(tokens: Tok[], i: number, items: ExprValue[]): ExprValue[] {
  if (i >= tokens.length) return items;
  const out: ExprValue[] = [];
  for (const item of items) {
    try {
      const r = apply(tokens, i, item);
      if (r !== null) out.push(r);
    } catch (e) {
      if (!(e instanceof ExprPanic)) throw e;
    }
  }
  return out;
}

function apply(tokens: Tok[], i: number, cur: ExprValue): ExprValue {
  const tok = tokens[i];
  if (!tok) return cur;
  switch (tok.t) {
    case 'key': {
      if (!isExprMap(cur))
        throw new ExprPanic(
          `key: invalid token target. expected [map] got [${cur === null ? 'nil' : Array.isArray(cur) ? 'slice' : typeof cur}]`,
        );
      if (!Object.prototype.hasOwnProperty.call(cur, tok.key))
        throw new ExprPanic(`key: invalid token key '${tok.key}' not found`);
      return apply(tokens, i + 1, cur[tok.key] ?? null);
    }
    case 'index': {
      if (!Array.isArray(cur))
        throw new ExprPanic('index: invalid token target. expected [array slice]');
      const idx = tok.index < 0 ? cur.length + tok.index : tok.index;
      if (idx < 0 || idx >= cur.length) throw new ExprPanic('index: invalid token out of range');
      return apply(tokens, i + 1, cur[idx] ?? null);
    }
    case 'length': {
      if (isExprMap(cur) && Object.prototype.hasOwnProperty.call(cur, 'length'))
        return apply(tokens, i + 1, cur.length ?? null);
      if (typeof cur === 'string') return int([...cur].length);
      return int(children(cur, 'length').length);
    }
    case 'wildcard':
      return each(tokens, i + 1, children(cur, 'wildcard'));
    case 'union': {
      const picked = tok.keys.map((k) =>
        typeof k === 'number'
          ? apply([{ t: 'index', index: k }], 0, cur)
          : apply([{ t: 'key', key: k }], 0, cur),
      );
      return each(tokens, i + 1, picked);
    }
    case 'range': {
      if (!Array.isArray(cur))
        throw new ExprPanic('range: invalid token target. expected [array slice]');
      const n = cur.length;
      const norm = (x: number | null, d: number) =>
        x === null ? d : x < 0 ? Math.max(0, n + x) : Math.min(n, x);
      const from = norm(tok.from, 0);
      const to = norm(tok.to, n);
      const picked: ExprValue[] = [];
      const step = Math.abs(tok.step) || 1;
      for (let k = from; k < to; k += step) picked.push(cur[k] ?? null);
      if (tok.step < 0) picked.reverse();
      return each(tokens, i + 1, picked);
    }
    case 'recursive':
      return recursive(tokens, i + 1, cur);
  }
}

function recursive(tokens: Tok[], next: number, cur: ExprValue): ExprValue[] {
  const out: ExprValue[] = [];
  if (cur === null) return out;
  if (next < tokens.length) {
    let r: ExprValue = null;
    try {
      r = apply(tokens, next, cur);
    } catch (e) {
      if (!(e instanceof ExprPanic)) throw e;
    }
    if (Array.isArray(r)) out.push(...r);
    else if (r !== null) out.push(r);
  } else out.push(cur);
  if (Array.isArray(cur) || isExprMap(cur))
    for (const c of children(cur, 'recursive')) out.push(...recursive(tokens, next, c));
  return out;
}
