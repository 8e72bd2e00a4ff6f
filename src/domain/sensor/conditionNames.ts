/**
 * Reads a trigger's `conditions` the way the sensor does (SEMANTICS §3.1): only `&&`, `||`,
 * parentheses and dependency names; whitespace is dropped and `-` and `_` are the same character.
 * This is the structural reading shared by the graph (which dependencies feed a trigger) and
 * validation; the simulator evaluates the expression itself.
 */
export type ConditionsReading =
  { ok: true; names: string[] } | { ok: false; error: string; offset: number };

const NAME = /[\p{L}\p{Nd}_-]/u;

/** Canonical form used to compare dependency names inside `conditions`. */
export function conditionKey(name: string): string {
  return name.replace(/-/g, '_');
}

/** Tokenises and checks the grammar `expr := term (('&&'|'||') term)*; term := name | '(' expr ')'`. */
export function readConditions(text: string): ConditionsReading {
  const tokens: { t: string; at: number }[] = [];
  for (let i = 0; i < text.length;) {
    const c = text[i] ?? '';
    if (/\s/.test(c)) {
      i++;
    } else if ((c === '&' || c === '|') && text[i + 1] === c) {
      tokens.push({ t: c + c, at: i });
      i += 2;
    } else if (c === '(' || c === ')') {
      tokens.push({ t: c, at: i });
      i++;
    } else if (NAME.test(c)) {
      // The sensor strips whitespace before compiling, so `a b` reads as the name `ab`.
      let j = i;
      let name = '';
      while (j < text.length && (NAME.test(text[j] ?? '') || /\s/.test(text[j] ?? ''))) {
        if (!/\s/.test(text[j] ?? '')) name += text[j];
        j++;
      }
      tokens.push({ t: name, at: i });
      i = j;
    } else {
      return {
        ok: false,
        error: `unexpected character '${c}'; only dependency names, &&, || and parentheses are allowed`,
        offset: i,
      };
    }
  }
  const names: string[] = [];
  let pos = 0;
  const peek = () => tokens[pos];
  const fail = (error: string): ConditionsReading => ({
    ok: false,
    error,
    offset: peek()?.at ?? text.length,
  });
  const isName = (t: string) => t !== '&&' && t !== '||' && t !== '(' && t !== ')';
  const term = (): ConditionsReading | null => {
    const tok = peek();
    if (!tok) return fail('expression ends where a dependency name was expected');
    if (tok.t === '(') {
      pos++;
      const inner = expr();
      if (inner) return inner;
      if (peek()?.t !== ')') return fail("missing ')'");
      pos++;
      return null;
    }
    if (!isName(tok.t)) return fail(`'${tok.t}' where a dependency name was expected`);
    if (/^[0-9]/.test(tok.t))
      return fail(`'${tok.t}' is not a valid name: names must not start with a digit`);
    if (tok.t === 'and' || tok.t === 'or' || tok.t === 'not')
      return fail(`'${tok.t}' is not an operator here; use && or ||`);
    names.push(tok.t);
    pos++;
    return null;
  };
  const expr = (): ConditionsReading | null => {
    const first = term();
    if (first) return first;
    while (peek() && (peek()?.t === '&&' || peek()?.t === '||')) {
      pos++;
      const next = term();
      if (next) return next;
    }
    return null;
  };
  if (tokens.length === 0) return { ok: false, error: 'conditions is empty', offset: 0 };
  const err = expr();
  if (err) return err;
  if (pos < tokens.length) return fail(`unexpected '${peek()?.t}'`);
  const seen = new Set<string>();
  return {
    ok: true,
    names: names.filter((n) =>
      seen.has(conditionKey(n)) ? false : (seen.add(conditionKey(n)), true),
    ),
  };
}

/**
 * Names antonmedv/expr v1.15.5 (the library the sensor rewrites `conditions` with) reads as its
 * own: builtins (which win over the environment, so a dependency with such a name becomes a
 * function) and keywords (operators and literals).
 */
export const EXPR_BUILTINS: ReadonlySet<string> = new Set(
  (
    'all none any one filter map find findIndex findLast findLastIndex count groupBy reduce len ' +
    'type abs ceil floor round int float string trim trimPrefix trimSuffix upper lower split ' +
    'splitAfter replace repeat join indexOf lastIndexOf hasPrefix hasSuffix max min sum mean ' +
    'median toJSON fromJSON toBase64 fromBase64 now duration date first last get take keys ' +
    'values toPairs fromPairs sort sortBy'
  ).split(' '),
);
const EXPR_KEYWORDS: ReadonlySet<string> = new Set(
  'not in or and matches contains startsWith endsWith let true false nil'.split(' '),
);

/**
 * Why the sensor cannot start a trigger that uses dependency `name`, or null when the name works.
 * Every name goes through govaluate (which needs a letter first, then letters, digits or `_`; `-`
 * is escaped; a `.` makes it a field accessor); names in `conditions` also go through expr, where
 * builtins and keywords are not plain names.
 */
export function dependencyNameProblem(name: string, inConditions: boolean): string | null {
  const first = [...name][0] ?? '';
  if (name === '') return 'an empty name is not an expression variable';
  if (!/^\p{L}$/u.test(first))
    return /^\p{Nd}$/u.test(first)
      ? 'it starts with a digit, which govaluate reads as a number'
      : `it starts with '${first}', which govaluate does not accept at the start of a name`;
  if (!/^[\p{L}\p{Nd}_-]*$/u.test(name))
    return name.includes('.')
      ? "it holds '.', which govaluate reads as a field accessor"
      : 'it holds characters govaluate reads as operators';
  if (inConditions) {
    const key = conditionKey(name);
    if (EXPR_BUILTINS.has(key))
      return `'${key}' is a builtin function of expr, the library that rewrites conditions`;
    if (EXPR_KEYWORDS.has(key))
      return `'${key}' is a keyword of expr, the library that rewrites conditions`;
  }
  return null;
}
