/**
 * The static types expr-lang's checker reasons with when, as in Argo Events, no environment type is
 * given: everything read from the event is `interface {}` ("any"), literals and builtin results have
 * concrete types, and a few combinations are refused before anything runs.
 */
export type ExprType =
  | { k: 'any' }
  /** The type of the `nil` literal (reflect.TypeOf(nil)). */
  | { k: 'nil' }
  | { k: 'bool' }
  | { k: 'int' }
  | { k: 'float' }
  | { k: 'string' }
  | { k: 'time' }
  | { k: 'duration' }
  | { k: 'array'; elem: ExprType }
  | { k: 'map'; elem: ExprType; anyKey?: boolean }
  /** A builtin named without a call, or a function value with unknown parameters. */
  | { k: 'func' }
  /** A method of a time or duration value, with its signature. */
  | { k: 'method'; params: ExprType[]; out: ExprType };

export const ANY: ExprType = { k: 'any' };
export const NIL_T: ExprType = { k: 'nil' };
export const BOOL: ExprType = { k: 'bool' };
export const INT: ExprType = { k: 'int' };
export const FLOAT: ExprType = { k: 'float' };
export const STRING: ExprType = { k: 'string' };
export const TIME: ExprType = { k: 'time' };
export const DURATION: ExprType = { k: 'duration' };
export const ARRAY: ExprType = { k: 'array', elem: ANY };
export const MAP: ExprType = { k: 'map', elem: ANY };
export const FUNC: ExprType = { k: 'func' };

/** reflect.Type's %v, as it appears in upstream's messages. */
export function typeName(t: ExprType): string {
  switch (t.k) {
    case 'any':
      return 'interface {}';
    case 'nil':
      return '<nil>';
    case 'float':
      return 'float64';
    case 'time':
      return 'time.Time';
    case 'duration':
      return 'time.Duration';
    case 'array':
      return `[]${typeName(t.elem)}`;
    case 'map':
      return t.anyKey ? 'map[interface {}][]interface {}' : `map[string]${typeName(t.elem)}`;
    case 'func':
      return 'func(...interface {}) (interface {}, error)';
    case 'method':
      return `func(${t.params.map(typeName).join(', ')}) ${typeName(t.out)}`;
    default:
      return t.k;
  }
}

export const isAny = (t: ExprType) => t.k === 'any';
/** time.Duration's kind is int64, so the checker counts it as an integer. */
export const isInteger = (t: ExprType) => t.k === 'int' || t.k === 'duration';
const isFloat = (t: ExprType) => t.k === 'float';
export const isNumber = (t: ExprType) => isInteger(t) || t.k === 'float';
export const isString = (t: ExprType) => t.k === 'string';
export const isBool = (t: ExprType) => t.k === 'bool';
export const isTime = (t: ExprType) => t.k === 'time';
export const isDuration = (t: ExprType) => t.k === 'duration';
export const isArray = (t: ExprType) => t.k === 'array';
export const isMap = (t: ExprType) => t.k === 'map';
export const isFunc = (t: ExprType) => t.k === 'func' || t.k === 'method';

/** Reflect kinds, to compare "same kind" as the checker does. */
function kindOf(t: ExprType): string {
  if (t.k === 'time') return 'struct';
  if (t.k === 'duration') return 'int64';
  if (t.k === 'method') return 'func';
  return t.k;
}

export const sameKind = (a: ExprType, b: ExprType) => kindOf(a) === kindOf(b);

/** checker.isComparable (a nil type compares with anything). */
export function isComparable(l: ExprType, r: ExprType): boolean {
  if (l.k === 'nil' || r.k === 'nil') return true;
  if (sameKind(l, r)) return true;
  if (isNumber(l) && isNumber(r)) return true;
  return isAny(l) || isAny(r);
}

/** checker.or: either side is any and the other any or one of `fns`. */
export function eitherAny(l: ExprType, r: ExprType, ...fns: ((t: ExprType) => boolean)[]): boolean {
  if (isAny(l) && isAny(r)) return true;
  if (isAny(l) && fns.some((f) => f(r))) return true;
  return isAny(r) && fns.some((f) => f(l));
}

/** checker.combined: the type of `a op b` for two numbers. */
export function combined(a: ExprType, b: ExprType): ExprType {
  if (a.k === b.k) return a;
  return isFloat(a) || isFloat(b) ? FLOAT : INT;
}

/** reflect's AssignableTo for the types that occur here. */
export function assignable(from: ExprType, to: ExprType): boolean {
  if (to.k === 'any') return true;
  if (from.k !== to.k) return false;
  if (from.k === 'array' && to.k === 'array')
    return from.elem.k === to.elem.k || to.elem.k === 'any';
  return true;
}
