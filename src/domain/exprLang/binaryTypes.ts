import {
  ANY,
  assignable,
  BOOL,
  combined,
  DURATION,
  eitherAny,
  FLOAT,
  INT,
  isAny,
  isArray,
  isBool,
  isComparable,
  isDuration,
  isInteger,
  isMap,
  isNumber,
  isString,
  isTime,
  STRING,
  TIME,
  typeName,
  type ExprType,
} from './types';

/**
 * The type of `l op r` (checker.go BinaryNode), or the error message; `literalElem` is the element
 * kind of a literal array on the right of `in`.
 */
export function binaryType(
  op: string,
  l: ExprType,
  r: ExprType,
  literalElem: ExprType | null,
): ExprType | string {
  const isStrTime = [isNumber, isString, isTime];
  switch (op) {
    case '==':
    case '!=':
      if (isComparable(l, r)) return BOOL;
      break;
    case 'or':
    case '||':
    case 'and':
    case '&&':
      if ((isBool(l) && isBool(r)) || eitherAny(l, r, isBool)) return BOOL;
      break;
    case '<':
    case '>':
    case '>=':
    case '<=':
      if (isNumber(l) && isNumber(r)) return BOOL;
      if (isString(l) && isString(r)) return BOOL;
      if (isTime(l) && isTime(r)) return BOOL;
      if (eitherAny(l, r, ...isStrTime)) return BOOL;
      break;
    case '-':
      if (isNumber(l) && isNumber(r)) return combined(l, r);
      if (isTime(l) && isTime(r)) return DURATION;
      if (isTime(l) && isDuration(r)) return TIME;
      if (eitherAny(l, r, isNumber, isTime)) return ANY;
      break;
    case '*':
      if (isNumber(l) && isNumber(r)) return combined(l, r);
      if (eitherAny(l, r, isNumber)) return ANY;
      break;
    case '/':
    case '**':
    case '^':
      if ((isNumber(l) && isNumber(r)) || eitherAny(l, r, isNumber)) return FLOAT;
      break;
    case '%':
      if (isInteger(l) && isInteger(r)) return combined(l, r);
      if (eitherAny(l, r, isInteger)) return ANY;
      break;
    case '+':
      if (isNumber(l) && isNumber(r)) return combined(l, r);
      if (isString(l) && isString(r)) return STRING;
      if (isTime(l) && isDuration(r)) return TIME;
      if (isDuration(l) && isTime(r)) return TIME;
      if (eitherAny(l, r, isNumber, isString, isTime, isDuration)) return ANY;
      break;
    case 'in':
      if (isMap(r)) {
        if (l.k === 'nil' || isAny(l) || assignable(l, STRING)) return BOOL;
        return `cannot use ${typeName(l)} as type string in map key`;
      }
      if (isArray(r)) {
        if (l.k === 'nil') return BOOL;
        const elem = r.k === 'array' ? r.elem : ANY;
        if (!isComparable(l, elem))
          return `cannot use ${typeName(l)} as type ${typeName(elem)} in array`;
        if (literalElem && !isComparable(l, literalElem))
          return `cannot use ${typeName(l)} as type ${typeName(literalElem)} in array`;
        return BOOL;
      }
      if (isAny(l) && (isString(r) || isArray(r) || isMap(r))) return BOOL;
      if (isAny(r)) return BOOL;
      break;
    case 'matches':
    case 'contains':
    case 'startsWith':
    case 'endsWith':
      if ((isString(l) && isString(r)) || eitherAny(l, r, isString)) return BOOL;
      break;
    case '..':
      if ((isInteger(l) && isInteger(r)) || eitherAny(l, r, isInteger))
        return { k: 'array', elem: INT };
      break;
    case '??':
      if (l.k === 'nil') return r;
      if (r.k === 'nil') return l;
      return assignable(r, l) ? l : ANY;
    default:
      return `unknown operator (${op})`;
  }
  return `invalid operation: ${op} (mismatched types ${typeName(l)} and ${typeName(r)})`;
}
