import { gjsonGet, gjsonParse, resultBool, resultFloat, resultString } from '../json/gjson';
import { goQuote } from '../json/goStrings';
import { isValidJson } from '../json/jsonScan';
import { parseGoBool, parseGoFloat } from '../json/goNumbers';
import { compileGoRegex, goRegexMatch } from '../regex/goRegex';
import { renderTemplate } from '../template/goTemplate';
import type { FilterCheck } from '../trace';
import { combineEntries, operatorOf, type FamilyOutcome } from './filterTypes';
import { asRecord } from '../../lib/jsonValue';

interface DataFilterSpec {
  path?: unknown;
  type?: unknown;
  value?: unknown;
  comparator?: unknown;
  template?: unknown;
}

/** An entry of the list; one that is not an object names nothing. */
const specOf = (v: unknown): Record<string, unknown> => asRecord(v) ?? {};

/**
 * `filters.data` (filter.go filterData): gjson path on the raw data, optional template, then the
 * any-of value list per type — bool (ParseBool, comparator ignored), number (ParseFloat, compared in
 * float64; `==` is not a comparator, so it never matches), string (unanchored RE2 regex, = or !=
 * only; other comparators silently false).
 */
export function evaluateDataFilters(
  specs: unknown,
  operator: unknown,
  json: string | null,
  now: number,
): FamilyOutcome {
  const list: DataFilterSpec[] = Array.isArray(specs) ? specs.map(specOf) : [];
  const op = operatorOf(operator);
  const checks: FilterCheck[] = [];
  if (list.length === 0) return { family: 'data', set: false, result: true, checks };
  if (json === null) return { family: 'data', set: true, result: true, checks, operator: op };
  if (!isValidJson(json)) return { ...invalid('data'), checks, operator: op };
  const { result, error } = combineEntries(op, checks, (push) => {
    list.forEach((f, i) => push(one(f, i, json, now)));
  });
  return {
    family: 'data',
    set: true,
    result,
    ...(error !== undefined ? { error } : {}),
    checks,
    operator: op,
  };
}

function one(f: DataFilterSpec, index: number, json: string, now: number): FilterCheck {
  const path = typeof f.path === 'string' ? f.path : '';
  const base: FilterCheck = { family: 'data', index, subject: path, result: false };
  const res = gjsonGet(json, path);
  if (!res.exists) return { ...base, error: `path '${path}' does not exist` };
  const values = Array.isArray(f.value)
    ? f.value.map((v) => (typeof v === 'string' ? v : String(v)))
    : [];
  if (values.length === 0) return { ...base, error: 'no values specified' };
  let found = resultString(res);
  let asString = res;
  if (typeof f.template === 'string' && f.template !== '') {
    const out = renderTemplate(f.template, { Input: found }, { now });
    if (!out.ok) return { ...base, found, error: out.error };
    if (out.output === '' || out.output === '<no value>')
      return { ...base, found, error: `template evaluated to ${JSON.stringify(out.output)}` };
    // filter.go: gjson.Parse(strconv.Quote(out)); gjson's unescape stops at escapes JSON lacks
    // (\a, \v, \x01…), so such a character cuts the value short.
    asString = gjsonParse(goQuote(out.output));
    found = asString.str;
  }
  const comparator = typeof f.comparator === 'string' ? f.comparator : '';
  const expected = values.join(' | ');
  const withValues = { ...base, found, comparator: comparator || '=', expected };
  switch (f.type) {
    case 'bool': {
      const actual = resultBool(asString);
      for (const v of values) {
        const want = parseGoBool(v);
        if (want === null)
          return {
            ...withValues,
            error: `strconv.ParseBool: parsing ${JSON.stringify(v)}: invalid syntax`,
          };
        if (want === actual)
          return {
            ...withValues,
            result: true,
            note: `bool ${actual} equals ${v} (the comparator is ignored for bool)`,
          };
      }
      return { ...withValues, note: `bool ${actual} equals none of the values` };
    }
    case 'number': {
      const actual = resultFloat(asString);
      for (const v of values) {
        const want = parseGoFloat(v);
        if (want === null)
          return {
            ...withValues,
            error: `strconv.ParseFloat: parsing ${JSON.stringify(v)}: invalid syntax`,
          };
        if (compareNumbers(actual, want, comparator))
          return { ...withValues, result: true, note: `${actual} ${comparator || '=='} ${v}` };
      }
      return { ...withValues, note: `${actual} is not ${comparator || '=='} any of the values` };
    }
    case 'string': {
      const text = resultString(asString);
      for (const v of values) {
        const re = compileGoRegex(v);
        if (!re.ok) return { ...withValues, error: re.error };
        const match = goRegexMatch(re.re, text);
        if ((comparator === '' || comparator === '=') && match)
          return {
            ...withValues,
            result: true,
            note: `${JSON.stringify(text)} matches the unanchored regex ${JSON.stringify(v)}`,
          };
        if (comparator === '!=' && !match)
          return {
            ...withValues,
            result: true,
            note: `${JSON.stringify(text)} does not match ${JSON.stringify(v)}`,
          };
      }
      const note =
        comparator === '' || comparator === '=' || comparator === '!='
          ? 'no value satisfied the comparator'
          : `comparator ${comparator} is not supported for strings, so this is always false`;
      return { ...withValues, note };
    }
    default:
      return { ...withValues, error: `unsupported JSON type ${JSON.stringify(f.type ?? '')}` };
  }
}

function compareNumbers(a: number, b: number, comparator: string): boolean {
  switch (comparator) {
    case '>=':
      return a >= b;
    case '>':
      return a > b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '!=':
      return a !== b;
    case '=':
    case '':
      return a === b;
    default:
      return false;
  }
}

/** The error every data-reading family gives for data that is not JSON (gjson.Valid). */
export function invalid(family: 'data' | 'exprs'): FamilyOutcome {
  const error = `${family === 'exprs' ? 'expr' : 'data'} filter error (event data not valid JSON)`;
  return {
    family,
    set: true,
    result: false,
    error,
    checks: [{ family, index: 0, subject: 'event data', result: false, error }],
  };
}
