import { conditionKey } from '../../domain/sensor/conditionNames';
import { evaluateExpression, parseExpression, type Expr } from '../govaluate/govaluate';
import { runExpr } from './exprLang';
import { nullRecord } from '../../lib/nullRecord';

/** A trigger's `conditions` compiled the way the sensor does (pkg/sensors/listener.go). */
export type DependencyExpression =
  | {
      ok: true;
      /** The rewritten expression as the sensor logs it (`a&&b`, `(a||b)&&c`, `true`). */
      text: string;
      /** The govaluate expression the JetStream bus evaluates (`-` escaped as `\-`). */
      expr: Expr;
      /** Dependencies this trigger subscribes to: the expression's variables, first appearance order. */
      subscribed: string[];
      /** True when the text holds `&`: only then are events held between firings. */
      holdsEvents: boolean;
    }
  | { ok: false; error: string };

/**
 * getDependencyExpression, then what listenEvents does with it. Without `conditions` the names are
 * joined with `&&` in spec order. With them, the text is rewritten (`&&` → `+"&&"+`, `||` →
 * `+"||"+`, `-` → `_`, `(` → `"("+`, `)` → `+")"`), compiled and run by expr over the names (with
 * `-` as `_`; a later name takes the key), and printed with %v: whitespace disappears, `"a"` is
 * the name a, `true` stays `true`. govaluate then parses it; its variables must all be dependencies.
 * Any failure is a setup error: the sensor logs it and never starts that trigger.
 */
export function compileDependencyExpression(
  conditions: string | undefined | null,
  dependencyNames: readonly string[],
): DependencyExpression {
  let text: string;
  if (conditions === undefined || conditions === null || conditions === '') {
    text = dependencyNames.join('&&');
  } else {
    const env = new Map<string, string>();
    for (const name of dependencyNames) env.set(conditionKey(name), name);
    const source = conditions
      .replaceAll('&&', ' + "&&" + ')
      .replaceAll('||', ' + "||" + ')
      .replaceAll('-', '_')
      .replaceAll('(', '"("+')
      .replaceAll(')', '+")"');
    const run = runExpr(source, env);
    if (!run.ok)
      return {
        ok: false,
        error: `conditions "${conditions}" do not compile (expr: ${run.error}); the trigger never starts`,
      };
    text = run.text.replaceAll('"("', '(').replaceAll('")"', ')');
  }
  const parsed = parseExpression(text.replaceAll('-', '\\-'));
  if (!parsed.ok)
    return {
      ok: false,
      error: `dependency expression "${text}" is not a valid govaluate expression (${parsed.error}); the trigger never starts`,
    };
  const declared = new Set(dependencyNames);
  const subscribed = [...new Set(parsed.vars)];
  for (const name of subscribed) {
    if (!declared.has(name))
      return {
        ok: false,
        error: `dependency expression "${text}" names "${name}", which is not a dependency of this sensor; the trigger never starts`,
      };
  }
  return { ok: true, text, expr: parsed.expr, subscribed, holdsEvents: text.includes('&') };
}

type Compiled = Extract<DependencyExpression, { ok: true }>;

/**
 * The JetStream bus's check (trigger_conn.go processDependency): every subscribed dependency is a
 * parameter, true when satisfied; only a result of exactly `true` fires. Errors come back as text.
 */
export function evaluateDependencyExpression(
  compiled: Compiled,
  satisfied: ReadonlySet<string>,
): { ok: true; value: boolean } | { ok: false; error: string } {
  const params: Record<string, boolean> = nullRecord<boolean>();
  for (const name of compiled.subscribed) params[name] = satisfied.has(name);
  const r = evaluateExpression(compiled.expr, params);
  if (!r.ok) return { ok: false, error: `failed to evaluate dependency expression: ${r.error}` };
  return { ok: true, value: r.value === true };
}

/** The fewest unsatisfied dependencies that would make the expression true (for "why not"). */
export function missingTerms(compiled: Compiled, satisfied: ReadonlySet<string>): string[] {
  const holds = (s: ReadonlySet<string>) => {
    const r = evaluateDependencyExpression(compiled, s);
    return r.ok && r.value;
  };
  if (holds(satisfied)) return [];
  const open = compiled.subscribed.filter((n) => !satisfied.has(n));
  if (open.length > 12) return open;
  let best: string[] | null = null;
  for (let mask = 1; mask < 1 << open.length; mask++) {
    const pick = open.filter((_, i) => mask & (1 << i));
    if (best && pick.length >= best.length) continue;
    if (holds(new Set([...satisfied, ...pick]))) best = pick;
  }
  return best ?? open;
}
