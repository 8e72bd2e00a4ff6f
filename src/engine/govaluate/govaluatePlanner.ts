import {
  GovaluateError,
  GovaluatePanic,
  type Token,
  type TokenKind,
  type TokenValue,
} from './govaluateLexer';

/**
 * govaluate's stagePlanner.go: a right-recursive descent per precedence level, then reorderStages
 * mirrors runs of equal precedence so they evaluate left to right. Ported step for step, because
 * the result is not a textbook parse: `c ? a : b` becomes `(c ? a) : b`, so a nil `a` falls through
 * to `b`, and chains mix precedences the way govaluate does.
 */
export type Symbol =
  | 'VALUE'
  | 'LITERAL'
  | 'NOOP'
  | 'EQ'
  | 'NEQ'
  | 'GT'
  | 'LT'
  | 'GTE'
  | 'LTE'
  | 'REQ'
  | 'NREQ'
  | 'IN'
  | 'AND'
  | 'OR'
  | 'PLUS'
  | 'MINUS'
  | 'BITWISE_AND'
  | 'BITWISE_OR'
  | 'BITWISE_XOR'
  | 'BITWISE_LSHIFT'
  | 'BITWISE_RSHIFT'
  | 'MULTIPLY'
  | 'DIVIDE'
  | 'MODULUS'
  | 'EXPONENT'
  | 'NEGATE'
  | 'INVERT'
  | 'BITWISE_NOT'
  | 'TERNARY_TRUE'
  | 'TERNARY_FALSE'
  | 'COALESCE'
  | 'ACCESS'
  | 'SEPARATE';

/** What swapWith exchanges between two stages: everything but the children. */
interface StagePayload {
  symbol: Symbol;
  /** For LITERAL: the value; VALUE: the parameter name; ACCESS: the accessor parts. */
  data: TokenValue;
  typeErrorFormat: string;
}

export interface Stage {
  p: StagePayload;
  left: Stage | null;
  right: Stage | null;
}

const SYMBOLS: Record<string, Record<string, Symbol>> = {
  prefix: { '-': 'NEGATE', '!': 'INVERT', '~': 'BITWISE_NOT' },
  exponential: { '**': 'EXPONENT' },
  multiplicative: { '*': 'MULTIPLY', '/': 'DIVIDE', '%': 'MODULUS' },
  additive: { '+': 'PLUS', '-': 'MINUS' },
  shift: { '>>': 'BITWISE_RSHIFT', '<<': 'BITWISE_LSHIFT' },
  bitwise: { '^': 'BITWISE_XOR', '&': 'BITWISE_AND', '|': 'BITWISE_OR' },
  comparator: {
    '==': 'EQ',
    '!=': 'NEQ',
    '>': 'GT',
    '>=': 'GTE',
    '<': 'LT',
    '<=': 'LTE',
    '=~': 'REQ',
    '!~': 'NREQ',
    in: 'IN',
  },
  and: { '&&': 'AND' },
  or: { '||': 'OR' },
  ternary: { '?': 'TERNARY_TRUE', ':': 'TERNARY_FALSE', '??': 'COALESCE' },
  separator: { ',': 'SEPARATE' },
};

const LOGICAL_FORMAT = "Value '%v' cannot be used with the logical operator '%v', it is not a bool";
const MODIFIER_FORMAT = "Value '%v' cannot be used with the modifier '%v', it is not a number";
const COMPARATOR_FORMAT = "Value '%v' cannot be used with the comparator '%v', it is not a number";
const TERNARY_FORMAT = "Value '%v' cannot be used with the ternary operator '%v', it is not a bool";
const PREFIX_FORMAT = "Value '%v' cannot be used with the prefix '%v'";

/** findOperatorPrecedenceForSymbol, as ranks. */
function precedence(s: Symbol): number {
  switch (s) {
    case 'NOOP':
      return 0;
    case 'VALUE':
      return 1;
    case 'EQ':
    case 'NEQ':
    case 'GT':
    case 'LT':
    case 'GTE':
    case 'LTE':
    case 'REQ':
    case 'NREQ':
    case 'IN':
      return 9;
    case 'AND':
      return 11;
    case 'OR':
      return 12;
    case 'BITWISE_AND':
    case 'BITWISE_OR':
    case 'BITWISE_XOR':
      return 6;
    case 'BITWISE_LSHIFT':
    case 'BITWISE_RSHIFT':
      return 7;
    case 'PLUS':
    case 'MINUS':
      return 5;
    case 'MULTIPLY':
    case 'DIVIDE':
    case 'MODULUS':
      return 8;
    case 'EXPONENT':
      return 4;
    case 'BITWISE_NOT':
    case 'NEGATE':
    case 'INVERT':
      return 3;
    case 'COALESCE':
    case 'TERNARY_TRUE':
    case 'TERNARY_FALSE':
      return 10;
    case 'ACCESS':
      return 2;
    case 'SEPARATE':
      return 13;
    default:
      return 1;
  }
}

class TokenStream {
  index = 0;
  constructor(readonly tokens: Token[]) {}
  hasNext() {
    return this.index < this.tokens.length;
  }
  next(): Token {
    const t = this.tokens[this.index];
    if (t === undefined) throw new GovaluatePanic('index out of range planning the expression');
    this.index++;
    return t;
  }
  rewind() {
    this.index--;
  }
}

type Precedent = (s: TokenStream) => Stage | null;

function stage(
  symbol: Symbol,
  left: Stage | null,
  right: Stage | null,
  format = '',
  data: TokenValue = null,
): Stage {
  return { p: { symbol, data, typeErrorFormat: format }, left, right };
}

function level(
  symbols: Record<string, Symbol>,
  kinds: TokenKind[],
  format: string,
  next: Precedent | null,
  nextRight: Precedent | null,
): Precedent {
  const generated: Precedent = (s) => {
    const right = nextRight ?? generated;
    const left = next ? next(s) : null;
    while (s.hasNext()) {
      const t = s.next();
      if (kinds.length > 0 && !kinds.includes(t.kind)) break;
      if (typeof t.value !== 'string') break;
      const symbol = symbols[t.value];
      if (symbol === undefined) break;
      return stage(symbol, left, right(s), format);
    }
    s.rewind();
    return left;
  };
  return generated;
}

const planAccessor: Precedent = (s) => {
  if (!s.hasNext()) return null;
  const t = s.next();
  if (t.kind !== 'ACCESSOR') {
    s.rewind();
    return planValue(s);
  }
  let right: Stage | null = null;
  if (s.hasNext()) {
    const other = s.next();
    s.rewind();
    if (other.kind === 'CLAUSE') right = planTokens(s);
  }
  return stage(
    'ACCESS',
    null,
    right,
    "Unable to access parameter field or method '%v': %v",
    t.value,
  );
};

const planFunction: Precedent = (s) => {
  const t = s.next();
  if (t.kind !== 'FUNCTION') {
    s.rewind();
    return planAccessor(s);
  }
  throw new GovaluateError('functions are not available');
};

const planPrefix: Precedent = level(SYMBOLS.prefix!, ['PREFIX'], PREFIX_FORMAT, null, planFunction);
const planExponential = level(
  SYMBOLS.exponential!,
  ['MODIFIER'],
  MODIFIER_FORMAT,
  planFunction,
  null,
);
const planMultiplicative = level(
  SYMBOLS.multiplicative!,
  ['MODIFIER'],
  MODIFIER_FORMAT,
  planExponential,
  null,
);
const planAdditive = level(
  SYMBOLS.additive!,
  ['MODIFIER'],
  MODIFIER_FORMAT,
  planMultiplicative,
  null,
);
const planShift = level(SYMBOLS.shift!, ['MODIFIER'], MODIFIER_FORMAT, planAdditive, null);
const planBitwise = level(SYMBOLS.bitwise!, ['MODIFIER'], MODIFIER_FORMAT, planShift, null);
const planComparator = level(
  SYMBOLS.comparator!,
  ['COMPARATOR'],
  COMPARATOR_FORMAT,
  planBitwise,
  null,
);
const planAnd = level(SYMBOLS.and!, ['LOGICALOP'], LOGICAL_FORMAT, planComparator, null);
const planOr = level(SYMBOLS.or!, ['LOGICALOP'], LOGICAL_FORMAT, planAnd, null);
const planTernary = level(SYMBOLS.ternary!, ['TERNARY'], TERNARY_FORMAT, planOr, null);
const planSeparator = level(SYMBOLS.separator!, ['SEPARATOR'], '', planTernary, null);

function planTokens(s: TokenStream): Stage | null {
  if (!s.hasNext()) return null;
  return planSeparator(s);
}

function planValue(s: TokenStream): Stage | null {
  if (!s.hasNext()) return null;
  const t = s.next();
  switch (t.kind) {
    case 'CLAUSE': {
      const inner = planTokens(s);
      s.next();
      return stage('NOOP', null, inner);
    }
    case 'CLAUSE_CLOSE':
      s.rewind();
      return null;
    case 'VARIABLE':
      return stage('VALUE', null, null, '', t.value);
    case 'NUMERIC':
    case 'STRING':
    case 'PATTERN':
    case 'BOOLEAN':
    case 'TIME':
      return stage('LITERAL', null, null, '', t.value);
    case 'PREFIX':
      s.rewind();
      return planPrefix(s);
    default:
      throw new GovaluateError(
        `Unable to plan token kind: '${t.kind}', value: '${String(t.value)}'`,
      );
  }
}

function reorderStages(root: Stage): void {
  let identical: Stage[] = [];
  let next: Stage | null = root;
  let prec = precedence(root.p.symbol);
  while (next !== null) {
    const current: Stage = next;
    next = current.right;
    if (current.left !== null) reorderStages(current.left);
    const currentPrec = precedence(current.p.symbol);
    if (currentPrec === prec) {
      identical.push(current);
      continue;
    }
    if (identical.length > 1) mirrorStageSubtree(identical);
    identical = [current];
    prec = currentPrec;
  }
  if (identical.length > 1) mirrorStageSubtree(identical);
}

function mirrorStageSubtree(stages: Stage[]): void {
  const n = stages.length;
  for (const front of stages) {
    const carry = front.right;
    front.right = front.left;
    front.left = carry;
  }
  const root = stages[0]!;
  const last = stages[n - 1]!;
  const carry = last.left;
  last.left = root.right;
  root.right = carry;
  for (let i = 0; i < Math.trunc((n - 2) / 2) + 1; i++) {
    const front = stages[i + 1]!;
    const inverse = stages[n - i - 1]!;
    const c = front.right;
    front.right = inverse.right;
    inverse.right = c;
  }
  for (let i = 0; i < Math.trunc(n / 2); i++) {
    const front = stages[i]!;
    const inverse = stages[n - i - 1]!;
    const tmp = front.p;
    front.p = inverse.p;
    inverse.p = tmp;
  }
}

/** planStages: the evaluation tree of a token list (null for an empty one). */
export function planStages(tokens: Token[]): Stage | null {
  const root = planTokens(new TokenStream(tokens));
  if (root === null) return null;
  reorderStages(root);
  return root;
}
