import { conditionKey, readConditions } from '../../domain/sensor/conditionNames';

/** A trigger's `conditions` compiled the way the sensor does (SEMANTICS §3.1). */
export type BoolExpr =
  { op: 'dep'; name: string } | { op: 'and' | 'or'; left: BoolExpr; right: BoolExpr };

export type DependencyExpression =
  | {
      ok: true;
      /** The rewritten expression as the sensor logs it: whitespace removed, names resolved (`a&&b`). */
      text: string;
      expr: BoolExpr;
      /** Dependencies this trigger subscribes to, in order of first appearance; the only ones it sees. */
      subscribed: string[];
      /** True when the text holds `&`: only then are events held between firings. */
      holdsEvents: boolean;
    }
  | { ok: false; error: string };

/**
 * Compiles `conditions` against the sensor's dependency names. Absent (or empty) conditions AND all
 * dependencies in spec order. `-` and `_` are one character; with both `a-b` and `a_b` declared the
 * later one owns the name. Unknown names, word operators and `!` are setup errors: the real sensor
 * logs them and never subscribes that trigger.
 */
export function compileDependencyExpression(
  conditions: string | undefined | null,
  dependencyNames: readonly string[],
): DependencyExpression {
  const byKey = new Map<string, string>();
  for (const name of dependencyNames) byKey.set(conditionKey(name), name);
  if (conditions === undefined || conditions === null || conditions === '') {
    const names = [...new Set(dependencyNames)];
    if (names.length === 0) return { ok: false, error: 'the sensor has no dependencies' };
    const expr = names
      .map((name): BoolExpr => ({ op: 'dep', name }))
      .reduce((l, r) => ({ op: 'and', left: l, right: r }));
    return {
      ok: true,
      text: names.join('&&'),
      expr,
      subscribed: names,
      holdsEvents: names.length > 1,
    };
  }
  const reading = readConditions(conditions);
  if (!reading.ok) return { ok: false, error: `conditions "${conditions}": ${reading.error}` };
  for (const n of reading.names) {
    if (!byKey.has(conditionKey(n)))
      return {
        ok: false,
        error: `conditions "${conditions}" names "${n}", which is not a dependency of this sensor`,
      };
  }
  const tokens = tokenize(conditions);
  let pos = 0;
  let text = '';
  const resolve = (name: string) => byKey.get(conditionKey(name)) ?? name;
  const term = (): BoolExpr => {
    const t = tokens[pos++] ?? '';
    if (t === '(') {
      text += '(';
      const inner = orExpr();
      pos++;
      text += ')';
      return inner;
    }
    text += resolve(t);
    return { op: 'dep', name: resolve(t) };
  };
  // govaluate precedence: && binds tighter than ||.
  const andExpr = (): BoolExpr => {
    let left = term();
    while (tokens[pos] === '&&') {
      pos++;
      text += '&&';
      left = { op: 'and', left, right: term() };
    }
    return left;
  };
  const orExpr = (): BoolExpr => {
    let left = andExpr();
    while (tokens[pos] === '||') {
      pos++;
      text += '||';
      left = { op: 'or', left, right: andExpr() };
    }
    return left;
  };
  const expr = orExpr();
  const subscribed = [...new Set(reading.names.map(resolve))];
  return { ok: true, text, expr, subscribed, holdsEvents: text.includes('&') };
}

function tokenize(text: string): string[] {
  const compact = text.replace(/\s+/g, '');
  return compact.match(/&&|\|\||[()]|[A-Za-z0-9_-]+/g) ?? [];
}

/** Evaluates the expression with the set of satisfied dependencies. */
export function evaluateDependencyExpression(
  expr: BoolExpr,
  satisfied: ReadonlySet<string>,
): boolean {
  if (expr.op === 'dep') return satisfied.has(expr.name);
  if (expr.op === 'and')
    return (
      evaluateDependencyExpression(expr.left, satisfied) &&
      evaluateDependencyExpression(expr.right, satisfied)
    );
  return (
    evaluateDependencyExpression(expr.left, satisfied) ||
    evaluateDependencyExpression(expr.right, satisfied)
  );
}

/** Which subscribed dependencies are still missing for the expression to become true (for "why not"). */
export function missingTerms(expr: BoolExpr, satisfied: ReadonlySet<string>): string[] {
  if (evaluateDependencyExpression(expr, satisfied)) return [];
  if (expr.op === 'dep') return [expr.name];
  if (expr.op === 'and')
    return [...missingTerms(expr.left, satisfied), ...missingTerms(expr.right, satisfied)];
  // For an OR, the cheaper branch is the useful hint.
  const l = missingTerms(expr.left, satisfied);
  const r = missingTerms(expr.right, satisfied);
  return l.length <= r.length ? l : r;
}
