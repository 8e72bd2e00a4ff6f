import type { RE2JS } from 're2js';
import { compileGoRegex } from '../regex/goRegex';
import { goParseTime } from '../template/goTime';
import { formatFloatV } from '../json/goNumbers';

/**
 * Knetic/govaluate (commit 9aa4983) tokenising: parsing.go readToken, lexerState.go and
 * optimizeTokens, rune by rune. Its quirks are the sensor's: `1e3` is the number 1 followed by a
 * variable, operators are maximal runs of symbol characters (`==-1` is one invalid token), string
 * literals that read as dates become Unix seconds, and `=~ "…"` compiles its pattern at parse time.
 */
export type TokenKind =
  | 'UNKNOWN'
  | 'PREFIX'
  | 'NUMERIC'
  | 'BOOLEAN'
  | 'STRING'
  | 'PATTERN'
  | 'TIME'
  | 'VARIABLE'
  | 'FUNCTION'
  | 'SEPARATOR'
  | 'ACCESSOR'
  | 'COMPARATOR'
  | 'LOGICALOP'
  | 'MODIFIER'
  | 'CLAUSE'
  | 'CLAUSE_CLOSE'
  | 'TERNARY';

/** A compiled constant pattern (govaluate's PATTERN token, a *regexp.Regexp). */
export class GoPattern {
  constructor(
    readonly source: string,
    readonly re: RE2JS,
  ) {}
}

export type TokenValue = number | string | boolean | string[] | GoPattern | null;

export interface Token {
  kind: TokenKind;
  value: TokenValue;
}

/** Thrown for what would be a Go runtime panic inside govaluate (reading past the end). */
export class GovaluatePanic extends Error {}

export class GovaluateError extends Error {}

const NEXT: Record<TokenKind, TokenKind[]> = {
  UNKNOWN: [
    'PREFIX',
    'NUMERIC',
    'BOOLEAN',
    'VARIABLE',
    'PATTERN',
    'FUNCTION',
    'ACCESSOR',
    'STRING',
    'TIME',
    'CLAUSE',
  ],
  CLAUSE: [
    'PREFIX',
    'NUMERIC',
    'BOOLEAN',
    'VARIABLE',
    'PATTERN',
    'FUNCTION',
    'ACCESSOR',
    'STRING',
    'TIME',
    'CLAUSE',
    'CLAUSE_CLOSE',
  ],
  CLAUSE_CLOSE: [
    'COMPARATOR',
    'MODIFIER',
    'NUMERIC',
    'BOOLEAN',
    'VARIABLE',
    'STRING',
    'PATTERN',
    'TIME',
    'CLAUSE',
    'CLAUSE_CLOSE',
    'LOGICALOP',
    'TERNARY',
    'SEPARATOR',
  ],
  NUMERIC: ['MODIFIER', 'COMPARATOR', 'LOGICALOP', 'CLAUSE_CLOSE', 'TERNARY', 'SEPARATOR'],
  BOOLEAN: ['MODIFIER', 'COMPARATOR', 'LOGICALOP', 'CLAUSE_CLOSE', 'TERNARY', 'SEPARATOR'],
  STRING: ['MODIFIER', 'COMPARATOR', 'LOGICALOP', 'CLAUSE_CLOSE', 'TERNARY', 'SEPARATOR'],
  TIME: ['MODIFIER', 'COMPARATOR', 'LOGICALOP', 'CLAUSE_CLOSE', 'SEPARATOR'],
  PATTERN: ['MODIFIER', 'COMPARATOR', 'LOGICALOP', 'CLAUSE_CLOSE', 'SEPARATOR'],
  VARIABLE: ['MODIFIER', 'COMPARATOR', 'LOGICALOP', 'CLAUSE_CLOSE', 'TERNARY', 'SEPARATOR'],
  MODIFIER: [
    'PREFIX',
    'NUMERIC',
    'VARIABLE',
    'FUNCTION',
    'ACCESSOR',
    'STRING',
    'BOOLEAN',
    'CLAUSE',
    'CLAUSE_CLOSE',
  ],
  COMPARATOR: [
    'PREFIX',
    'NUMERIC',
    'BOOLEAN',
    'VARIABLE',
    'FUNCTION',
    'ACCESSOR',
    'STRING',
    'TIME',
    'CLAUSE',
    'CLAUSE_CLOSE',
    'PATTERN',
  ],
  LOGICALOP: [
    'PREFIX',
    'NUMERIC',
    'BOOLEAN',
    'VARIABLE',
    'FUNCTION',
    'ACCESSOR',
    'STRING',
    'TIME',
    'CLAUSE',
    'CLAUSE_CLOSE',
  ],
  PREFIX: ['NUMERIC', 'BOOLEAN', 'VARIABLE', 'FUNCTION', 'ACCESSOR', 'CLAUSE', 'CLAUSE_CLOSE'],
  TERNARY: [
    'PREFIX',
    'NUMERIC',
    'BOOLEAN',
    'STRING',
    'TIME',
    'VARIABLE',
    'FUNCTION',
    'ACCESSOR',
    'CLAUSE',
    'SEPARATOR',
  ],
  FUNCTION: ['CLAUSE'],
  ACCESSOR: [
    'CLAUSE',
    'MODIFIER',
    'COMPARATOR',
    'LOGICALOP',
    'CLAUSE_CLOSE',
    'TERNARY',
    'SEPARATOR',
  ],
  SEPARATOR: [
    'PREFIX',
    'NUMERIC',
    'BOOLEAN',
    'STRING',
    'TIME',
    'VARIABLE',
    'FUNCTION',
    'ACCESSOR',
    'CLAUSE',
  ],
};

/** States that may end an expression (lexerState.isEOF). */
const EOF_STATES = new Set<TokenKind>([
  'CLAUSE_CLOSE',
  'NUMERIC',
  'BOOLEAN',
  'STRING',
  'TIME',
  'PATTERN',
  'VARIABLE',
  'ACCESSOR',
]);

const PREFIX_SYMBOLS = new Set(['-', '!', '~']);
const MODIFIER_SYMBOLS = new Set(['+', '-', '*', '/', '%', '**', '&', '|', '^', '>>', '<<']);
const LOGICAL_SYMBOLS = new Set(['&&', '||']);
const COMPARATOR_SYMBOLS = new Set(['==', '!=', '>', '>=', '<', '<=', '=~', '!~', 'in']);
const TERNARY_SYMBOLS = new Set(['?', ':', '??']);

const isSpace = (c: string) => /^\s$/u.test(c) && c !== '\uFEFF';
const isDigit = (c: string) => /^\p{Nd}$/u.test(c);
const isLetter = (c: string) => /^\p{L}$/u.test(c);
const isNumeric = (c: string) => isDigit(c) || c === '.';
const isHexDigit = (c: string) => isDigit(c.toLowerCase()) || /^[a-f]$/.test(c.toLowerCase());
const isNotQuote = (c: string) => c !== "'" && c !== '"';
const isNotAlphanumeric = (c: string) =>
  !(
    isDigit(c) ||
    isLetter(c) ||
    c === '(' ||
    c === ')' ||
    c === '[' ||
    c === ']' ||
    !isNotQuote(c)
  );
const isVariableName = (c: string) => isLetter(c) || isDigit(c) || c === '_' || c === '.';

class Stream {
  pos = 0;
  constructor(readonly runes: string[]) {}
  canRead() {
    return this.pos < this.runes.length;
  }
  read(): string {
    const c = this.runes[this.pos];
    if (c === undefined) throw new GovaluatePanic('index out of range reading the expression');
    this.pos++;
    return c;
  }
  rewind(n: number) {
    this.pos -= n;
  }
}

/** readUntilFalse: returns the text read and whether a terminator (or whitespace break) was met. */
function readUntilFalse(
  s: Stream,
  includeWhitespace: boolean,
  breakWhitespace: boolean,
  allowEscaping: boolean,
  cond: (c: string) => boolean,
): [string, boolean] {
  let buf = '';
  while (s.canRead()) {
    let c = s.read();
    if (allowEscaping && c === '\\') {
      c = s.read();
      buf += c;
      continue;
    }
    if (isSpace(c)) {
      if (breakWhitespace && buf.length > 0) return [buf, true];
      if (!includeWhitespace) continue;
    }
    if (cond(c)) buf += c;
    else {
      s.rewind(1);
      return [buf, true];
    }
  }
  return [buf, false];
}

function readTokenUntilFalse(s: Stream, cond: (c: string) => boolean): string {
  s.rewind(1);
  return readUntilFalse(s, false, true, true, cond)[0];
}

// govaluate's tryParseTime, in time.Local (UTC on a sensor pod).
const TIME_FORMATS = [
  'Mon Jan _2 15:04:05 2006',
  'Mon Jan _2 15:04:05 MST 2006',
  'Mon Jan 02 15:04:05 -0700 2006',
  '3:04PM',
  '2006-01-02T15:04:05Z07:00',
  '2006-01-02T15:04:05.999999999Z07:00',
  '2006-01-02',
  '2006-01-02 15:04',
  '2006-01-02 15:04:05',
  '2006-01-02 15:04:05-07:00',
  '2006-01-02T15Z0700',
  '2006-01-02T15:04Z0700',
  '2006-01-02T15:04:05Z0700',
  '2006-01-02T15:04:05.999999999Z0700',
];

/** A string literal that reads as a date: its Unix seconds (time.Time.Unix()), else null. */
function tryParseTime(s: string): number | null {
  for (const layout of TIME_FORMATS) {
    const r = goParseTime(layout, s);
    if (r.ok) return r.t.sec;
  }
  return null;
}

function canTransition(from: TokenKind, to: TokenKind): boolean {
  return NEXT[from].includes(to);
}

function readToken(s: Stream, state: TokenKind): Token | null {
  while (s.canRead()) {
    let c = s.read();
    if (isSpace(c)) continue;
    if (isNumeric(c)) {
      if (s.canRead() && c === '0') {
        c = s.read();
        if (s.canRead() && c === 'x') {
          const [hex] = readUntilFalse(s, false, true, true, isHexDigit);
          if (!/^[0-9a-fA-F]+$/.test(hex) || BigInt(`0x${hex}`) > 0xffffffffffffffffn)
            throw new GovaluateError(`Unable to parse hex value '${hex}' to uint64\n`);
          return { kind: 'NUMERIC', value: Number(BigInt(`0x${hex}`)) };
        }
        s.rewind(1);
      }
      const text = readTokenUntilFalse(s, isNumeric);
      const v = /^([0-9]+\.?[0-9]*|\.[0-9]+)$/.test(text) ? Number(text) : NaN;
      if (Number.isNaN(v))
        throw new GovaluateError(`Unable to parse numeric value '${text}' to float64\n`);
      return { kind: 'NUMERIC', value: v };
    }
    if (c === ',') return { kind: 'SEPARATOR', value: ',' };
    if (c === '[') {
      const [name, done] = readUntilFalse(s, true, false, true, (x) => x !== ']');
      if (!done) throw new GovaluateError('Unclosed parameter bracket');
      s.rewind(-1);
      return { kind: 'VARIABLE', value: name };
    }
    if (isLetter(c)) {
      const word = readTokenUntilFalse(s, isVariableName);
      let tok: Token = { kind: 'VARIABLE', value: word };
      if (word === 'true') tok = { kind: 'BOOLEAN', value: true };
      else if (word === 'false') tok = { kind: 'BOOLEAN', value: false };
      if (word === 'in' || word === 'IN') tok = { kind: 'COMPARATOR', value: 'in' };
      if (word.indexOf('.') > 0) {
        if (word.endsWith('.')) throw new GovaluateError(`Hanging accessor on token '${word}'`);
        const splits = word.split('.');
        for (const part of splits.slice(1)) {
          const first = [...part][0] ?? '';
          if (first.toUpperCase() !== first)
            throw new GovaluateError(
              `Unable to access unexported field '${part}' in token '${word}'`,
            );
        }
        tok = { kind: 'ACCESSOR', value: splits };
      }
      return tok;
    }
    if (!isNotQuote(c)) {
      const [text, done] = readUntilFalse(s, true, false, true, isNotQuote);
      if (!done) throw new GovaluateError('Unclosed string literal');
      s.rewind(-1);
      const time = tryParseTime(text);
      return time === null ? { kind: 'STRING', value: text } : { kind: 'TIME', value: time };
    }
    if (c === '(') return { kind: 'CLAUSE', value: '(' };
    if (c === ')') return { kind: 'CLAUSE_CLOSE', value: ')' };
    const sym = readTokenUntilFalse(s, isNotAlphanumeric);
    if (canTransition(state, 'PREFIX') && PREFIX_SYMBOLS.has(sym))
      return { kind: 'PREFIX', value: sym };
    if (MODIFIER_SYMBOLS.has(sym)) return { kind: 'MODIFIER', value: sym };
    if (LOGICAL_SYMBOLS.has(sym)) return { kind: 'LOGICALOP', value: sym };
    if (COMPARATOR_SYMBOLS.has(sym)) return { kind: 'COMPARATOR', value: sym };
    if (TERNARY_SYMBOLS.has(sym)) return { kind: 'TERNARY', value: sym };
    throw new GovaluateError(`Invalid token: '${sym}'`);
  }
  return null;
}

function show(v: TokenValue): string {
  if (typeof v === 'number') return formatFloatV(v);
  if (Array.isArray(v)) return `[${v.join(' ')}]`;
  if (v instanceof GoPattern) return v.source;
  return String(v);
}

/**
 * parseTokens + checkBalance + checkExpressionSyntax + optimizeTokens: the token list of a valid
 * expression, or a GovaluateError with govaluate's message.
 */
export function tokenize(expression: string): Token[] {
  const s = new Stream([...expression]);
  const tokens: Token[] = [];
  let state: TokenKind = 'UNKNOWN';
  while (s.canRead()) {
    const t = readToken(s, state);
    if (t === null) break;
    state = t.kind;
    tokens.push(t);
  }
  let parens = 0;
  for (const t of tokens) {
    if (t.kind === 'CLAUSE') parens++;
    if (t.kind === 'CLAUSE_CLOSE') parens--;
  }
  if (parens !== 0) throw new GovaluateError('Unbalanced parenthesis');
  let from: TokenKind = 'UNKNOWN';
  let last: Token | null = null;
  for (const t of tokens) {
    if (!canTransition(from, t.kind)) {
      if (last?.kind === 'VARIABLE' && t.kind === 'CLAUSE')
        throw new GovaluateError(`Undefined function ${show(last.value)}`);
      throw new GovaluateError(
        `Cannot transition token types from ${from} [${last ? show(last.value) : '<nil>'}] to ${t.kind} [${show(t.value)}]`,
      );
    }
    from = t.kind;
    last = t;
  }
  if (!EOF_STATES.has(from)) throw new GovaluateError('Unexpected end of expression');
  tokens.forEach((t, i) => {
    if (t.kind !== 'COMPARATOR' || (t.value !== '=~' && t.value !== '!~')) return;
    const next = tokens[i + 1];
    if (next?.kind !== 'STRING' || typeof next.value !== 'string') return;
    const source = next.value;
    const c = compileGoRegex(source);
    if (!c.ok) throw new GovaluateError(c.error);
    tokens[i + 1] = { kind: 'PATTERN', value: new GoPattern(source, c.re) };
  });
  return tokens;
}
