/**
 * gjson's `#(…)` query test (tidwall/gjson v1.19.0 queryMatches): strings compare by bytes or
 * `%` wildcard, numbers as float64, booleans by their few allowed operators, and a `~` value
 * first turns the element into true/false (`~true`, `~false`, `~null`, `~*`).
 */
import { matchLimit } from './gjsonMatch';
import { empty, exists, type Res } from './gjsonResult';
import { parseGoFloatValue, parseGoBool } from './goNumbers';
import { goStringCompare } from './goStrings';

function falseish(t: Res): boolean {
  switch (t.type) {
    case 'Null':
    case 'False':
      return true;
    case 'String': {
      const b = parseGoBool(t.str.toLowerCase());
      return b === null ? false : !b;
    }
    case 'Number':
      return t.num === 0;
    default:
      return false;
  }
}

function trueish(t: Res): boolean {
  switch (t.type) {
    case 'True':
      return true;
    case 'String':
      return parseGoBool(t.str.toLowerCase()) ?? false;
    case 'Number':
      return t.num !== 0;
    default:
      return false;
  }
}

/** gjson queryMatches: typed comparison of one element (or its sub-path) with the query value. */
export function queryMatches(q: { op: string; value: string }, input: Res): boolean {
  let rpv = q.value;
  let value = input;
  if (rpv[0] === '~') {
    rpv = rpv.slice(1);
    const ish: Record<string, (t: Res) => boolean> = {
      '*': exists,
      null: (t) => t.type === 'Null',
      true: trueish,
      false: falseish,
    };
    const fn = Object.hasOwn(ish, rpv) ? ish[rpv] : undefined;
    value = empty();
    if (fn) {
      value.type = fn(input) ? 'True' : 'False';
      rpv = 'true';
    } else rpv = '';
  }
  if (!exists(value)) return false;
  if (q.op === '') return true;
  switch (value.type) {
    case 'String': {
      const cmp = goStringCompare(value.str, rpv);
      switch (q.op) {
        case '=':
          return cmp === 0;
        case '!=':
          return cmp !== 0;
        case '<':
          return cmp < 0;
        case '<=':
          return cmp <= 0;
        case '>':
          return cmp > 0;
        case '>=':
          return cmp >= 0;
        case '%':
          return matchLimit(value.str, rpv);
        case '!%':
          return !matchLimit(value.str, rpv);
      }
      return false;
    }
    case 'Number': {
      const n = parseGoFloatValue(rpv);
      const v = value.num;
      switch (q.op) {
        case '=':
          return v === n;
        case '!=':
          return v !== n;
        case '<':
          return v < n;
        case '<=':
          return v <= n;
        case '>':
          return v > n;
        case '>=':
          return v >= n;
      }
      return false;
    }
    case 'True':
      if (q.op === '=') return rpv === 'true';
      if (q.op === '!=') return rpv !== 'true';
      if (q.op === '>') return rpv === 'false';
      return q.op === '>=';
    case 'False':
      if (q.op === '=') return rpv === 'false';
      if (q.op === '!=') return rpv !== 'false';
      if (q.op === '<') return rpv === 'true';
      return q.op === '<=';
    default:
      return false;
  }
}
