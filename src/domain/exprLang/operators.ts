import type { ExprLocation, ExprNode } from './ast';

/** Binary operators with precedence and associativity (parser/operator/operator.go). */
export const BINARY: ReadonlyMap<string, { precedence: number; right: boolean }> = new Map([
  ['|', { precedence: 0, right: false }],
  ['or', { precedence: 10, right: false }],
  ['||', { precedence: 10, right: false }],
  ['and', { precedence: 15, right: false }],
  ['&&', { precedence: 15, right: false }],
  ['==', { precedence: 20, right: false }],
  ['!=', { precedence: 20, right: false }],
  ['<', { precedence: 20, right: false }],
  ['>', { precedence: 20, right: false }],
  ['>=', { precedence: 20, right: false }],
  ['<=', { precedence: 20, right: false }],
  ['in', { precedence: 20, right: false }],
  ['matches', { precedence: 20, right: false }],
  ['contains', { precedence: 20, right: false }],
  ['startsWith', { precedence: 20, right: false }],
  ['endsWith', { precedence: 20, right: false }],
  ['..', { precedence: 25, right: false }],
  ['+', { precedence: 30, right: false }],
  ['-', { precedence: 30, right: false }],
  ['*', { precedence: 60, right: false }],
  ['/', { precedence: 60, right: false }],
  ['%', { precedence: 60, right: false }],
  ['**', { precedence: 100, right: true }],
  ['^', { precedence: 100, right: true }],
  ['??', { precedence: 500, right: false }],
]);

export const UNARY: ReadonlyMap<string, number> = new Map([
  ['not', 50],
  ['!', 50],
  ['-', 90],
  ['+', 90],
]);

const MAX_INT = 2 ** 63 - 1;

/**
 * A number token as the parser reads it: `_` separators dropped, hex when it contains `x`, float
 * when it has `.`, `e` or `E`, else a decimal int64 (so `0o17` and `0b1` are errors). An error comes
 * with the node the parser continues with.
 */
export function numberLiteral(
  text: string,
  loc: ExprLocation,
): { node: ExprNode } | { node: ExprNode; error: string } {
  const value = text.replace(/_/g, '');
  if (value.includes('x')) {
    const n = /^-?0x[0-9a-fA-F]+$/.test(value) ? Number(BigInt(value)) : NaN;
    if (Number.isNaN(n))
      return {
        node: { kind: 'integer', value: 0, loc },
        error: `invalid hex literal: ${goParseIntError(value)}`,
      };
    if (n > MAX_INT) return { node: { kind: 'nil', loc }, error: 'integer literal is too large' };
    return { node: { kind: 'integer', value: n, loc } };
  }
  if (/[.eE]/.test(value)) {
    const f = Number(value.startsWith('.') ? `0${value}` : value);
    if (Number.isNaN(f) || !/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value))
      return {
        node: { kind: 'float', value: 0, loc },
        error: `invalid float literal: strconv.ParseFloat: parsing ${JSON.stringify(value)}: invalid syntax`,
      };
    return { node: { kind: 'float', value: f, loc } };
  }
  if (!/^\d+$/.test(value))
    return {
      node: { kind: 'integer', value: 0, loc },
      error: `invalid integer literal: ${goParseIntError(value)}`,
    };
  const n = Number(BigInt(value));
  if (n > MAX_INT)
    return {
      node: { kind: 'integer', value: 0, loc },
      error: `invalid integer literal: strconv.ParseInt: parsing ${JSON.stringify(value)}: value out of range`,
    };
  return { node: { kind: 'integer', value: n, loc } };
}

function goParseIntError(value: string): string {
  return `strconv.ParseInt: parsing ${JSON.stringify(value)}: invalid syntax`;
}
