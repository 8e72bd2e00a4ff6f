/**
 * Reads a trigger's `conditions` the way the sensor does (SEMANTICS §3.1): only `&&`, `||`,
 * parentheses and dependency names; whitespace is dropped and `-` and `_` are the same character.
 * This is the structural reading shared by the graph (which dependencies feed a trigger) and
 * validation; the simulator evaluates the expression itself.
 */
export type ConditionsReading =
  { ok: true; names: string[] } | { ok: false; error: string; offset: number };

const NAME = /[A-Za-z0-9_-]/;

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
