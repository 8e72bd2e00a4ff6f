/** Splitting gjson paths into components, honouring escapes, brackets, parentheses and quotes. */

export interface Component {
  /** The component text as written (escapes kept). */
  text: string;
  /** The separator that followed it: '.', '|' or '' at the end. */
  sep: '.' | '|' | '';
}

/** Reads the first component of `path`; returns it and the rest after its separator. */
export function firstComponent(path: string): { comp: Component; rest: string } {
  let depth = 0;
  let quote = false;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (quote) {
      if (c === '"') quote = false;
      continue;
    }
    if (c === '"' && depth > 0) quote = true;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && (c === '.' || c === '|')) {
      return { comp: { text: path.slice(0, i), sep: c }, rest: path.slice(i + 1) };
    }
  }
  return { comp: { text: path, sep: '' }, rest: '' };
}

/** Splits `rest` at its first top-level '|' : the part applied per element, and the part after. */
export function splitAtPipe(path: string): [string, string | null] {
  let p = path;
  let consumed = '';
  while (p !== '') {
    const { comp, rest } = firstComponent(p);
    if (comp.sep === '|') return [consumed + comp.text, rest];
    consumed += comp.text + (comp.sep === '.' ? '.' : '');
    p = rest;
  }
  return [consumed.replace(/\.$/, ''), null];
}

/** Removes path escapes (`\.` → `.`). */
export function unescapeKey(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** True when the component holds an unescaped `*` or `?`. */
export function hasWildcard(text: string): boolean {
  return /(^|[^\\])[*?]/.test(text);
}

/** gjson's wildcard match: `*` any run, `?` any one character, `\x` a literal x. */
export function wildcardMatch(str: string, pattern: string): boolean {
  const memo = new Map<string, boolean>();
  const go = (si: number, pi: number): boolean => {
    const key = `${si},${pi}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let r: boolean;
    if (pi === pattern.length) r = si === str.length;
    else {
      const p = pattern[pi];
      if (p === '*') r = go(si, pi + 1) || (si < str.length && go(si + 1, pi));
      else if (p === '?') r = si < str.length && go(si + 1, pi + 1);
      else if (p === '\\' && pi + 1 < pattern.length)
        r = str[si] === pattern[pi + 1] && go(si + 1, pi + 2);
      else r = str[si] === p && go(si + 1, pi + 1);
    }
    memo.set(key, r);
    return r;
  };
  return go(0, 0);
}

/** Splits a multipath body `a,b,"k":c` at top-level commas. */
export function splitTopLevel(body: string, sepChar = ','): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = false;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (quote) {
      if (c === '"') quote = false;
      continue;
    }
    if (c === '"') quote = true;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === sepChar && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}
