import { resultOf, resultString, type GjsonResult } from './gjsonResult';
import { wildcardMatch } from './gjsonPath';

/** A parsed `#(…)` condition: `path op value`, `op value` (the element itself), or `path` (exists). */
export interface Query {
  path: string;
  op: string;
  value: string;
}

const OPS = ['==', '!=', '<=', '>=', '!%', '=', '<', '>', '%'];

export function parseQuery(body: string): Query {
  let depth = 0;
  let quote = false;
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
    else if (depth === 0) {
      const op = OPS.find((o) => body.startsWith(o, i));
      if (op)
        return {
          path: body.slice(0, i).trim(),
          op: op === '=' ? '==' : op,
          value: body.slice(i + op.length).trim(),
        };
    }
  }
  return { path: body.trim(), op: '', value: '' };
}

type Walk = (raw: string, path: string) => GjsonResult;

/** True when an array element satisfies the query, with gjson's typed comparison rules. */
export function matchesQuery(element: string, q: Query, walk: Walk): boolean {
  const target = q.path === '' ? resultOf(element) : walk(element, q.path);
  if (!target.exists) return false;
  if (q.op === '') return true;
  const want = resultOf(q.value);
  if (!want.exists) return false;
  if (want.type === 'String') {
    if (target.type !== 'String') return false;
    return compare(target.str, want.str, q.op);
  }
  if (want.type === 'Number') {
    if (target.type !== 'Number') return false;
    return compare(target.num, want.num, q.op);
  }
  if (want.type === 'True' || want.type === 'False') {
    if (target.type !== 'True' && target.type !== 'False') return false;
    return compare(target.type === 'True' ? 1 : 0, want.type === 'True' ? 1 : 0, q.op);
  }
  if (want.type === 'Null')
    return q.op === '==' ? target.type === 'Null' : q.op === '!=' ? target.type !== 'Null' : false;
  return compare(resultString(target), want.raw, q.op);
}

function compare<T extends string | number>(a: T, b: T, op: string): boolean {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '%':
      return typeof a === 'string' && typeof b === 'string' && wildcardMatch(a, b);
    case '!%':
      return typeof a === 'string' && typeof b === 'string' && !wildcardMatch(a, b);
    default:
      return false;
  }
}
