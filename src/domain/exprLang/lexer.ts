import type { ExprError, ExprLocation } from './ast';

/** Token kinds of expr-lang's lexer (parser/lexer/token.go). */
export type TokenKind = 'Identifier' | 'Number' | 'String' | 'Operator' | 'Bracket' | 'EOF';

export interface Token {
  kind: TokenKind;
  value: string;
  loc: ExprLocation;
}

const EOF = -1;

/** unicode.IsSpace: the Latin-1 spaces plus the White_Space property. */
function isSpace(r: number): boolean {
  if (r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0) return true;
  return r > 0xff && /^\p{White_Space}$/u.test(String.fromCodePoint(r));
}

/** utils.IsAlphabetic / IsAlphaNumeric: `_`, `$`, letters (and digits). */
function isAlphabetic(r: number): boolean {
  if (r < 0) return false;
  if (r === 0x5f || r === 0x24) return true;
  if ((r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a)) return true;
  return r > 0x7f && /^\p{L}$/u.test(String.fromCodePoint(r));
}

function isAlphaNumeric(r: number): boolean {
  if (isAlphabetic(r)) return true;
  if (r >= 0x30 && r <= 0x39) return true;
  return r > 0x7f && /^\p{Nd}$/u.test(String.fromCodePoint(r));
}

/** utils.IsValidIdentifier. */
export function isValidIdentifier(s: string): boolean {
  const runes = [...s].map((c) => c.codePointAt(0) ?? 0);
  return runes.length > 0 && isAlphabetic(runes[0]!) && runes.every(isAlphaNumeric);
}

class LexError extends Error {
  constructor(readonly detail: ExprError) {
    super(detail.message);
  }
}

/**
 * Splits an expression into tokens as expr-lang's state-machine lexer does, including its quirks
 * (`not in` as one operator, `..` after a number, `#name` pointers, comments). Locations count runes.
 */
export function lex(
  source: string,
): { ok: true; tokens: Token[] } | { ok: false; error: ExprError } {
  const input = [...source].map((c) => c.codePointAt(0) ?? 0);
  const tokens: Token[] = [];
  let start = 0;
  let end = 0;
  let width = 0;
  let loc: ExprLocation = { line: 1, column: 0 };
  let prev: ExprLocation = { ...loc };
  let startLoc: ExprLocation = { ...loc };

  const next = (): number => {
    if (end >= input.length) {
      width = 0;
      return EOF;
    }
    const r = input[end]!;
    width = 1;
    end += 1;
    prev = loc;
    loc =
      r === 0x0a ? { line: loc.line + 1, column: 0 } : { line: loc.line, column: loc.column + 1 };
    return r;
  };
  const backup = () => {
    end -= width;
    loc = prev;
  };
  const peek = () => {
    const r = next();
    backup();
    return r;
  };
  const word = () => String.fromCodePoint(...input.slice(start, end));
  const emitValue = (kind: TokenKind, value: string) => {
    tokens.push({ kind, value, loc: startLoc });
    start = end;
    startLoc = loc;
  };
  const emit = (kind: TokenKind) => emitValue(kind, word());
  const ignore = () => {
    start = end;
    startLoc = loc;
  };
  const accept = (valid: string) => {
    const r = next();
    if (r !== EOF && valid.includes(String.fromCodePoint(r))) return true;
    backup();
    return false;
  };
  const acceptRun = (valid: string) => {
    for (;;) {
      const r = next();
      if (r === EOF || !valid.includes(String.fromCodePoint(r))) break;
    }
    backup();
  };
  const fail = (message: string): never => {
    throw new LexError({ message, line: loc.line, column: loc.column });
  };

  const scanDigits = (first: number, base: number, n: number): number => {
    let ch = first;
    while (n > 0 && digitVal(ch) < base) {
      ch = next();
      n--;
    }
    if (n > 0) fail('invalid char escape');
    return ch;
  };
  const scanEscape = (quote: number): number => {
    const ch = next();
    if ('abfnrtv\\'.includes(String.fromCodePoint(Math.max(ch, 0))) || ch === quote) return next();
    if (ch >= 0x30 && ch <= 0x37) return scanDigits(ch, 8, 3);
    if (ch === 0x78) return scanDigits(next(), 16, 2);
    if (ch === 0x75) return scanDigits(next(), 16, 4);
    if (ch === 0x55) return scanDigits(next(), 16, 8);
    return fail('invalid char escape');
  };
  const scanString = (quote: number) => {
    let ch = next();
    while (ch !== quote) {
      if (ch === 0x0a || ch === EOF) fail('literal not terminated');
      ch = ch === 0x5c ? scanEscape(quote) : next();
    }
  };
  const scanNumber = (): boolean => {
    let digits = '0123456789_';
    if (accept('0')) {
      if (accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (accept('oO')) digits = '01234567_';
      else if (accept('bB')) digits = '01_';
    }
    acceptRun(digits);
    const [l, p, e] = [loc, prev, end];
    if (accept('.')) {
      // `1..3` is a range: give the dot back.
      if (peek() === 0x2e) {
        loc = l;
        prev = p;
        end = e;
        return true;
      }
      acceptRun(digits);
    }
    if (accept('eE')) {
      accept('+-');
      acceptRun(digits);
    }
    if (isAlphaNumeric(peek())) {
      next();
      return false;
    }
    return true;
  };
  const number = () => {
    if (!scanNumber()) fail(`bad number syntax: ${goQuote(word())}`);
    emit('Number');
  };
  const identifier = () => {
    while (isAlphaNumeric(next()));
    backup();
    const w = word();
    if (w === 'not') return notOperator();
    if (['in', 'or', 'and', 'matches', 'contains', 'startsWith', 'endsWith', 'let'].includes(w))
      emit('Operator');
    else emit('Identifier');
  };
  const notOperator = () => {
    emit('Operator');
    // skipSpaces: only ' ' counts here.
    while (peek() === 0x20) next();
    ignore();
    const [e, l, p] = [end, loc, prev];
    while (isAlphaNumeric(next()));
    backup();
    if (['in', 'matches', 'contains', 'startsWith', 'endsWith'].includes(word())) emit('Operator');
    else {
      end = e;
      loc = l;
      prev = p;
    }
  };

  try {
    for (;;) {
      const r = next();
      if (r === EOF) {
        tokens.push({ kind: 'EOF', value: '', loc: prev });
        break;
      }
      const c = String.fromCodePoint(r);
      if (isSpace(r)) ignore();
      else if (c === "'" || c === '"') {
        scanString(r);
        const u = unescape(word());
        if (!u.ok) fail(u.error);
        emitValue('String', u.ok ? u.value : '');
      } else if (r >= 0x30 && r <= 0x39) {
        backup();
        number();
      } else if (c === '?') {
        accept('.?');
        emit('Operator');
      } else if (c === '/') {
        if (accept('/')) {
          for (let x = next(); x !== EOF && x !== 0x0a; x = next());
          ignore();
        } else if (accept('*')) {
          for (;;) {
            const x = next();
            if (x === EOF) fail('unclosed comment');
            if (x === 0x2a && accept('/')) break;
          }
          ignore();
        } else emit('Operator');
      } else if (c === '#') {
        accept('#');
        emit('Operator');
        while (isAlphaNumeric(next()));
        backup();
        if (word() !== '') emit('Identifier');
      } else if (c === '|') {
        accept('|');
        emit('Operator');
      } else if ('([{)]}'.includes(c)) emit('Bracket');
      else if (',:;%+-^'.includes(c)) emit('Operator');
      else if ('&!=*<>'.includes(c)) {
        accept('&=*');
        emit('Operator');
      } else if (c === '.') {
        if (accept('0123456789')) {
          // A leading-dot float such as `.5`: the number's text starts at the dot.
          backup();
          number();
        } else {
          accept('.');
          emit('Operator');
        }
      } else if (isAlphaNumeric(r)) {
        backup();
        identifier();
      } else fail(`unrecognized character: ${goRune(r)}`);
    }
  } catch (e) {
    if (e instanceof LexError) return { ok: false, error: e.detail };
    throw e;
  }
  return { ok: true, tokens };
}

function digitVal(ch: number): number {
  if (ch >= 0x30 && ch <= 0x39) return ch - 0x30;
  const l = ch | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return 16;
}

/** fmt's %#U: `U+0040 '@'`. */
function goRune(r: number): string {
  return `U+${r.toString(16).toUpperCase().padStart(4, '0')} '${String.fromCodePoint(r)}'`;
}

/** fmt's %q for the short words a lexer error quotes. */
function goQuote(s: string): string {
  return JSON.stringify(s);
}

/** expr's unescape: strips the quotes and decodes escapes (strconv-style); errors as upstream words them. */
function unescape(quoted: string): { ok: true; value: string } | { ok: false; error: string } {
  const value = quoted.replace(/\r\n|\r/g, '\n');
  if (value.length < 2 || value[0] !== value[value.length - 1] || !`'"`.includes(value[0]!))
    return { ok: false, error: 'unable to unescape string' };
  const s = value.slice(1, -1);
  let out = '';
  for (let i = 0; i < s.length;) {
    const c = s[i]!;
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    if (i + 1 >= s.length)
      return { ok: false, error: "unable to unescape string, found '\\' as last character" };
    const e = s[i + 1]!;
    i += 2;
    const simple: Record<string, string> = {
      a: '\x07',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
      '\\': '\\',
      "'": "'",
      '"': '"',
      '`': '`',
      '?': '?',
    };
    if (simple[e] !== undefined) out += simple[e];
    else if ('xXuU'.includes(e)) {
      const n = e === 'u' ? 4 : e === 'U' ? 8 : 2;
      const hex = s.slice(i, i + n);
      if (hex.length < n || !/^[0-9a-fA-F]+$/.test(hex))
        return { ok: false, error: 'unable to unescape string' };
      const v = parseInt(hex, 16);
      if (v > 0x10ffff) return { ok: false, error: 'unable to unescape string' };
      // \x in Go writes a byte; values above 0x7f are not valid UTF-8 on their own.
      out += n === 2 && v > 0x7f ? '\ufffd' : String.fromCodePoint(v);
      i += n;
    } else if ('0123'.includes(e)) {
      const oct = s.slice(i, i + 2);
      if (!/^[0-7]{2}$/.test(oct))
        return { ok: false, error: 'unable to unescape octal sequence in string' };
      out += String.fromCodePoint(parseInt(e + oct, 8));
      i += 2;
    } else return { ok: false, error: 'unable to unescape string' };
  }
  return { ok: true, value: out };
}
