import { SPRIG_DATA } from '../template/sprigData';
import { SPRIG_STRINGS } from '../template/sprigStrings';
import { SPRIG_TIME } from '../template/sprigTime';
import { TemplateExecError } from '../template/values';
import { TEMPLATE_SIZE_BUDGET } from '../template/goTemplate';
import { builtinFloat, builtinInt } from './builtinFuncs';
import { exprToJson } from './exprJson';
import { jsonPath } from './jsonpath';
import {
  compareStrings,
  ExprFunc,
  ExprPanic,
  fromTemplateValue,
  goType,
  newMap,
  toTemplateValue,
  type ExprMap,
  type ExprValue,
} from './values';

/** reflect.Call's checks for a Go function of fixed arity. */
function fixed(name: string, goSig: string, arity: number, f: (args: ExprValue[]) => ExprValue) {
  return new ExprFunc(name, goSig, (args) => {
    if (args.length < arity) throw new ExprPanic('reflect: Call with too few input arguments');
    if (args.length > arity) throw new ExprPanic('reflect: Call with too many input arguments');
    return f(args);
  });
}

const stringArg = (v: ExprValue): string => {
  if (typeof v === 'string') return v;
  throw new ExprPanic(
    `reflect: Call using ${v === null ? 'interface {}' : goType(v)} as type string`,
  );
};

/** The simulated clock for sprig's `now`; evaluation is synchronous, so one shared map is safe. */
// The sprig map is built once; each evaluation sets the time it sees and gets a fresh size budget,
// so `sprig.repeat(1000000000, "x")` in a filter is stopped as it is in a template.
const SPRIG_CALL = { now: 0, budget: { limit: TEMPLATE_SIZE_BUDGET, used: 0 } };
let SPRIG: ExprMap | null = null;

/** sprig's GenericFuncMap without env and expandenv, as Argo Events builds it (once, as upstream does). */
function sprigMap(call: typeof SPRIG_CALL): ExprMap {
  const out = newMap();
  const all = { ...SPRIG_STRINGS, ...SPRIG_DATA, ...SPRIG_TIME };
  for (const name of Object.keys(all).sort(compareStrings)) {
    if (name === 'env' || name === 'expandenv') continue;
    const f = all[name]!;
    out[name] = new ExprFunc(name, 'func(...interface {}) interface {}', (args) => {
      try {
        const targs = args.map(toTemplateValue);
        return fromTemplateValue(
          f(
            targs.map((a) => () => a),
            { now: call.now, budget: call.budget },
          ),
        );
      } catch (e) {
        if (e instanceof TemplateExecError)
          throw new ExprPanic(e.message.replace(/^error calling \w+: /, ''));
        throw e;
      }
    });
  }
  return out;
}

/**
 * bellows.Expand after removeConflicts (pkg/shared/expr/eval.go): a top-level key with dots becomes
 * nested maps (`{"a.b": 1}` → `{"a": {"b": 1}}`), and a key that is the prefix of a dotted key is
 * dropped.
 */
function expand(params: Map<string, ExprValue>): ExprMap {
  const keys = [...params.keys()].sort(compareStrings);
  const kept = new Map(params);
  for (let i = 0; i < keys.length - 1; i++)
    if (keys[i + 1]!.startsWith(`${keys[i]!}.`)) kept.delete(keys[i]!);
  const build = (prefix: string): ExprMap => {
    const out = newMap();
    const p = prefix ? `${prefix}.` : '';
    for (const [k, v] of kept) {
      if (!k.startsWith(p)) continue;
      const rest = k.slice(p.length);
      const dot = rest.indexOf('.');
      const key = dot < 0 ? rest : rest.slice(0, dot);
      if (Object.prototype.hasOwnProperty.call(out, key)) continue;
      out[key] = dot < 0 ? v : build(k.slice(0, p.length + key.length));
    }
    return out;
  };
  return build('');
}

/**
 * The environment a filter expression sees (eventing.go filterEvent, expr.GetFuncMap): the event
 * data's top-level keys with `-` turned into `_`, expanded, then the helpers asInt, asFloat,
 * jsonpath, toJson and sprig (which win over data keys of the same name).
 */
export function filterEnvironment(data: ExprMap, nowMs: number): ExprMap {
  const params = new Map<string, ExprValue>();
  for (const k of Object.keys(data)) params.set(k.replace(/-/g, '_'), data[k] ?? null);
  const env = expand(params);
  env.asInt = fixed('asInt', 'func(interface {}) interface {}', 1, ([x]) => builtinInt(x ?? null));
  env.asFloat = fixed('asFloat', 'func(interface {}) interface {}', 1, ([x]) =>
    builtinFloat(x ?? null),
  );
  env.jsonpath = fixed('jsonpath', 'func(string, string) interface {}', 2, ([j, p]) =>
    jsonPath(stringArg(j ?? null), stringArg(p ?? null)),
  );
  env.toJson = fixed('toJson', 'func(interface {}) string', 1, ([v]) => {
    try {
      return exprToJson(v ?? null);
    } catch (e) {
      if (e instanceof ExprPanic) return '';
      throw e;
    }
  });
  SPRIG_CALL.now = nowMs;
  SPRIG_CALL.budget = { limit: TEMPLATE_SIZE_BUDGET, used: 0 };
  env.sprig = SPRIG ??= sprigMap(SPRIG_CALL);
  return env;
}
