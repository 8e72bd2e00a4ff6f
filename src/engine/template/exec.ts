import type { Command, Node, Operand, ParsedTemplate, Pipeline } from './ast';
import {
  goTypeName,
  isMap,
  NO_VALUE,
  printV,
  TemplateBudgetError,
  TemplateExecError,
  truth,
  GoInt,
  type TValue,
} from './values';
import { spend, type TemplateFunc, type FuncContext } from './funcs';

export interface ExecOptions {
  funcs: Record<string, TemplateFunc>;
  /** Epoch ms of the simulated clock, for sprig's `now`. */
  now: number;
  maxSteps: number;
  /** Bytes the evaluation may build: its output plus every string a function returns. */
  maxBytes: number;
}

class Break {}
class Continue {}

/** Executes a parsed template against `data` (the dot). Throws TemplateExecError on Go runtime errors. */
export function execute(tpl: ParsedTemplate, data: TValue, opts: ExecOptions): string {
  let steps = 0;
  const ctx: FuncContext = { now: opts.now, budget: { limit: opts.maxBytes, used: 0 } };
  const out: string[] = [];
  const tick = () => {
    if (++steps > opts.maxSteps)
      throw new TemplateBudgetError(
        `template stopped after ${opts.maxSteps} steps (the simulator's step budget)`,
      );
  };
  const emit = (text: string) => {
    spend(ctx, text.length, 'the output');
    out.push(text);
  };

  type Scope = { name: string; value: TValue }[];

  function list(nodes: Node[], dot: TValue, vars: Scope): void {
    const mark = vars.length;
    for (const n of nodes) {
      tick();
      switch (n.t) {
        case 'text':
          emit(n.text);
          break;
        case 'action': {
          const v = pipeline(n.pipe, dot, vars);
          if (n.pipe.decl.length === 0) emit(printV(v));
          break;
        }
        case 'if':
        case 'with': {
          const inner = vars.length;
          const v = pipeline(n.pipe, dot, vars);
          if (truth(v)) list(n.body, n.t === 'with' ? v : dot, vars);
          else if (n.else) list(n.else, dot, vars);
          vars.length = inner;
          break;
        }
        case 'range':
          range(n, dot, vars);
          break;
        case 'template': {
          const body = tpl.defines.get(n.name);
          if (!body) throw new TemplateExecError(`no such template "${n.name}"`);
          list(body, n.pipe ? pipeline(n.pipe, dot, vars) : null, [{ name: '$', value: dot }]);
          break;
        }
        case 'break':
          throw new Break();
        case 'continue':
          throw new Continue();
      }
    }
    vars.length = mark;
  }

  function range(n: Extract<Node, { t: 'range' }>, dot: TValue, vars: Scope): void {
    const mark = vars.length;
    const decl = n.pipe.decl;
    const v = pipeline({ ...n.pipe, decl: [] }, dot, vars);
    let items: [TValue, TValue][];
    if (Array.isArray(v)) items = v.map((x, i) => [new GoInt(i), x]);
    else if (v instanceof GoInt)
      items = Array.from({ length: Math.max(0, v.v) }, (_, i) => [new GoInt(i), new GoInt(i)]);
    else if (v !== null && v !== NO_VALUE && isMap(v))
      items = Object.keys(v)
        .sort()
        .map((k) => [k, v[k] ?? null]);
    else if (v === null || v === NO_VALUE) items = [];
    else throw new TemplateExecError(`range can't iterate over ${printV(v)}`);
    if (items.length === 0) {
      if (n.else) list(n.else, dot, vars);
      return;
    }
    for (const [k, x] of items) {
      tick();
      vars.length = mark;
      if (decl.length === 1) vars.push({ name: decl[0] ?? '', value: x });
      if (decl.length === 2)
        vars.push({ name: decl[0] ?? '', value: k }, { name: decl[1] ?? '', value: x });
      try {
        list(n.body, x, vars);
      } catch (e) {
        if (e instanceof Break) break;
        if (!(e instanceof Continue)) throw e;
      }
    }
    vars.length = mark;
  }

  function pipeline(p: Pipeline, dot: TValue, vars: Scope): TValue {
    let value: TValue | undefined;
    // evalPipeline digs into interface{} results after each command: a nil interface (JSON null,
    // a missing index, a nil function result) becomes the invalid value, printed <no value>.
    for (const cmd of p.cmds) {
      value = command(cmd, dot, vars, value);
      if (value === null) value = NO_VALUE;
    }
    const result = value ?? NO_VALUE;
    if (p.decl.length) {
      if (p.assign) {
        const slot = [...vars].reverse().find((x) => x.name === p.decl[0]);
        if (!slot) throw new TemplateExecError(`undefined variable: ${p.decl[0]}`);
        slot.value = result;
      } else vars.push({ name: p.decl[0] ?? '', value: result });
    }
    return result;
  }

  function command(cmd: Command, dot: TValue, vars: Scope, final: TValue | undefined): TValue {
    const [first, ...rest] = cmd.args;
    if (!first) return null;
    if (first.t === 'nil') throw new TemplateExecError('nil is not a command');
    if (first.t === 'ident') {
      const fn = opts.funcs[first.name];
      if (!fn) throw new TemplateExecError(`function "${first.name}" not defined`);
      const lazy = rest.map((a) => () => arg(a, dot, vars));
      if (final !== undefined) lazy.push(() => final);
      return charged(fn(lazy, ctx));
    }
    if (rest.length > 0 || final !== undefined) {
      if (first.t === 'field' && first.chain.length > 0)
        throw new TemplateExecError(`can't give argument to non-function ${printOperand(first)}`);
      throw new TemplateExecError(`can't give argument to non-function ${printOperand(first)}`);
    }
    return arg(first, dot, vars);
  }

  function arg(a: Operand, dot: TValue, vars: Scope): TValue {
    tick();
    switch (a.t) {
      case 'field':
        return chain(dot, a.chain);
      case 'var': {
        const slot =
          a.name === '$'
            ? (vars.find((x) => x.name === '$') ?? { value: data })
            : [...vars].reverse().find((x) => x.name === a.name);
        if (!slot) throw new TemplateExecError(`undefined variable: ${a.name}`);
        return chain(slot.value, a.chain);
      }
      case 'pipe':
        return chain(pipeline(a.pipe, dot, vars), a.chain);
      case 'string':
        return a.value;
      case 'number':
        return a.isInt ? new GoInt(a.value) : a.value;
      case 'bool':
        return a.value;
      case 'nil':
        // An argument: Go passes nil to interface{} parameters (`printf "%v" nil`).
        return null;
      case 'ident': {
        const fn = opts.funcs[a.name];
        if (!fn) throw new TemplateExecError(`function "${a.name}" not defined`);
        return fn([], ctx);
      }
    }
  }

  function charged(v: TValue): TValue {
    if (typeof v === 'string') spend(ctx, v.length, 'a function result');
    else if (Array.isArray(v)) spend(ctx, 8 * v.length, 'a function result');
    return v;
  }

  function chain(start: TValue, names: string[]): TValue {
    let v = start;
    for (const name of names) v = field(v, name);
    return v;
  }

  list(tpl.root, data, [{ name: '$', value: data }]);
  return out.join('');
}

/** Go's evalField on decoded JSON: map lookups; missing keys give <no value>; nil is an error. */
function field(receiver: TValue, name: string): TValue {
  if (receiver === NO_VALUE) return NO_VALUE;
  if (receiver === null) throw new TemplateExecError(`nil pointer evaluating interface {}.${name}`);
  if (isMap(receiver))
    return Object.prototype.hasOwnProperty.call(receiver, name)
      ? (receiver[name] ?? null)
      : NO_VALUE;
  throw new TemplateExecError(`can't evaluate field ${name} in type ${goTypeName(receiver)}`);
}

function printOperand(a: Operand): string {
  if (a.t === 'field') return `.${a.chain.join('.')}`;
  if (a.t === 'var') return a.name + a.chain.map((c) => `.${c}`).join('');
  if (a.t === 'string') return JSON.stringify(a.value);
  if (a.t === 'number' || a.t === 'bool') return String(a.value);
  return a.t;
}
