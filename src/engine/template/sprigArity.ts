import type { TemplateFunc } from './funcs';
import { TemplateExecError } from './values';
import { nullRecord } from '../../lib/nullRecord';

/**
 * How many arguments sprig v3's functions take ([fixed, variadic]): exec.go evalCall refuses a
 * call with another count before it evaluates anything ("wrong number of args for NAME: want N
 * got M", or "want at least N" for variadic ones).
 */
const SPRIG_ARITY = new Map<string, [number, boolean]>([
  ['add1', [1, false]],
  ['sub', [2, false]],
  ['mul', [1, true]],
  ['div', [2, false]],
  ['mod', [2, false]],
  ['max', [1, true]],
  ['min', [1, true]],
  ['add1f', [1, false]],
  ['subf', [1, true]],
  ['mulf', [1, true]],
  ['divf', [1, true]],
  ['maxf', [1, true]],
  ['minf', [1, true]],
  ['floor', [1, false]],
  ['ceil', [1, false]],
  ['round', [2, true]],
  ['int', [1, false]],
  ['int64', [1, false]],
  ['float64', [1, false]],
  ['toDecimal', [1, false]],
  ['until', [1, false]],
  ['untilStep', [3, false]],
  ['default', [1, true]],
  ['empty', [1, false]],
  ['ternary', [3, false]],
  ['fromJson', [1, false]],
  ['mustFromJson', [1, false]],
  ['toJson', [1, false]],
  ['mustToJson', [1, false]],
  ['toRawJson', [1, false]],
  ['toPrettyJson', [1, false]],
  ['first', [1, false]],
  ['last', [1, false]],
  ['rest', [1, false]],
  ['initial', [1, false]],
  ['append', [2, false]],
  ['push', [2, false]],
  ['prepend', [2, false]],
  ['reverse', [1, false]],
  ['uniq', [1, false]],
  ['without', [1, true]],
  ['has', [2, false]],
  ['compact', [1, false]],
  ['chunk', [2, false]],
  ['sortAlpha', [1, false]],
  ['toStrings', [1, false]],
  ['join', [2, false]],
  ['get', [2, false]],
  ['set', [3, false]],
  ['unset', [2, false]],
  ['hasKey', [2, false]],
  ['pluck', [1, true]],
  ['values', [1, false]],
  ['pick', [1, true]],
  ['omit', [1, true]],
  ['merge', [1, true]],
  ['mergeOverwrite', [1, true]],
  ['deepCopy', [1, false]],
  ['typeOf', [1, false]],
  ['typeIs', [2, false]],
  ['kindOf', [1, false]],
  ['kindIs', [2, false]],
  ['deepEqual', [2, false]],
  ['repeat', [2, false]],
  ['substr', [3, false]],
  ['trunc', [2, false]],
  ['abbrev', [2, false]],
  ['wrap', [2, false]],
  ['wrapWith', [3, false]],
  ['indent', [2, false]],
  ['nindent', [2, false]],
  ['replace', [3, false]],
  ['plural', [3, false]],
  ['regexFindAll', [3, false]],
  ['regexReplaceAll', [3, false]],
  ['regexReplaceAllLiteral', [3, false]],
  ['regexSplit', [3, false]],
  ['splitn', [3, false]],
  ['toString', [1, false]],
]);

/** Wraps the functions of `funcs` that sprig declares with a fixed argument count. */
export function withSprigArity(funcs: Record<string, TemplateFunc>): Record<string, TemplateFunc> {
  const out: Record<string, TemplateFunc> = nullRecord<TemplateFunc>();
  for (const [name, fn] of Object.entries(funcs)) {
    const a = SPRIG_ARITY.get(name);
    if (!a) {
      out[name] = fn;
      continue;
    }
    const [n, variadic] = a;
    out[name] = (args, ctx) => {
      if (variadic ? args.length < n : args.length !== n)
        throw new TemplateExecError(
          `wrong number of args for ${name}: want ${variadic ? 'at least ' : ''}${n} got ${args.length}`,
        );
      return fn(args, ctx);
    };
  }
  return out;
}
