/**
 * gjson's value scanners (tidwall/gjson v1.19.0: parseString, parseNumber, parseLiteral,
 * parseSquash, squash, tonum, tolit, tostr, unescape, parseAny, Parse). They work on JSON text by
 * position, trust the input to be well formed and never fail: malformed text just ends a value
 * early or late, exactly where gjson's byte loops end it. JavaScript strings hold UTF-16 code
 * units where Go holds UTF-8 bytes; every byte gjson tests for is ASCII, and both encodings keep
 * non-ASCII units above 0x7f, so the loops stop at the same characters.
 */
import { empty, setRaw, type Res, type View } from './gjsonResult';
import { parseGoFloatValue } from './goNumbers';

const QUOTE = 34;
const BSLASH = 92;

/** The end of the string whose body starts at `i` (after the quote), and whether it has escapes. */
export function parseString(
  s: string,
  i: number,
): { i: number; start: number; end: number; esc: boolean; ok: boolean } {
  const start = i - 1;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > BSLASH) continue;
    if (c === QUOTE) return { i: i + 1, start, end: i + 1, esc: false, ok: true };
    if (c === BSLASH) {
      i++;
      for (; i < s.length; i++) {
        const d = s.charCodeAt(i);
        if (d > BSLASH) continue;
        if (d === QUOTE) {
          if (s.charCodeAt(i - 1) === BSLASH) {
            // gjson counts the backslashes back towards the start of the whole text.
            let n = 0;
            for (let j = i - 2; j > 0; j--) {
              if (s.charCodeAt(j) !== BSLASH) break;
              n++;
            }
            if (n % 2 === 0) continue;
          }
          return { i: i + 1, start, end: i + 1, esc: true, ok: true };
        }
      }
      break;
    }
  }
  return { i, start, end: s.length, esc: false, ok: false };
}

export function parseNumber(s: string, i: number): { i: number; start: number } {
  const start = i;
  i++;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 44 || c === 93 || c === 125) return { i, start };
  }
  return { i, start };
}

export function parseLiteral(s: string, i: number): { i: number; start: number } {
  const start = i;
  i++;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return { i, start };
  }
  return { i, start };
}

/**
 * Skips a `{…}`, `[…]` or `(…)` that starts at `i`; returns the index after it (gjson
 * parseSquash; one past the end, as gjson's loop leaves it, when a string is left open).
 */
export function parseSquash(s: string, i: number): number {
  i++;
  let depth = 1;
  const n = s.length;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 125 || (c < 91 && c !== QUOTE && c !== 123 && c !== 40 && c !== 41)) continue;
    if (c === QUOTE) {
      i = closingQuote(s, i + 1);
      if (i >= n) return n + 1;
    } else if (c === 123 || c === 91 || c === 40) depth++;
    else if (c === 125 || c === 93 || c === 41) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return i;
}

/**
 * The index of the quote that ends a string whose body starts at `from` (an odd number of
 * backslashes escapes a quote, counted back to the body's start), or the text's length.
 */
function closingQuote(s: string, from: number): number {
  let q = from;
  for (;;) {
    q = s.indexOf('"', q);
    if (q === -1) return s.length;
    let n = 0;
    for (let j = q - 1; j >= from && s.charCodeAt(j) === BSLASH; j--) n++;
    if (n % 2 === 0) return q;
    q++;
  }
}

/** gjson squash: the length of the leading `{…}`/`[…]`/`(…)`/`"…"` of `s` (all of it if open). */
export function squash(s: string): number {
  let i = 0;
  let depth = 0;
  if (s[0] !== '"') [i, depth] = [1, 1];
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < QUOTE || c > 125) continue;
    if (c === QUOTE) {
      i++;
      const s2 = i;
      for (; i < s.length; i++) {
        const d = s.charCodeAt(i);
        if (d > BSLASH) continue;
        if (d === QUOTE) {
          if (s.charCodeAt(i - 1) === BSLASH) {
            let n = 0;
            for (let j = i - 2; j > s2 - 1; j--) {
              if (s.charCodeAt(j) !== BSLASH) break;
              n++;
            }
            if (n % 2 === 0) continue;
          }
          break;
        }
      }
      if (depth === 0) return i >= s.length ? s.length : i + 1;
    } else if (c === 123 || c === 91 || c === 40) depth++;
    else if (c === 125 || c === 93 || c === 41) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return s.length;
}

/** gjson tonum: the length of the number at the start of `s`. */
export function tonum(s: string): number {
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 45) {
      if (c <= 32 || c === 44) return i;
    } else if (c === 93 || c === 125) return i;
  }
  return s.length;
}

/** gjson tolit: the length of the lower-case word at the start of `s`. */
export function tolit(s: string): number {
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return i;
  }
  return s.length;
}

/** gjson tostr: the raw length of the string at the start of `s` and its decoded text. */
export function tostr(s: string): { len: number; str: string } {
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > BSLASH) continue;
    if (c === QUOTE) return { len: i + 1, str: s.slice(1, i) };
    if (c === BSLASH) {
      i++;
      for (; i < s.length; i++) {
        const d = s.charCodeAt(i);
        if (d > BSLASH) continue;
        if (d === QUOTE) {
          if (s.charCodeAt(i - 1) === BSLASH) {
            let n = 0;
            for (let j = i - 2; j > 0; j--) {
              if (s.charCodeAt(j) !== BSLASH) break;
              n++;
            }
            if (n % 2 === 0) continue;
          }
          return { len: i + 1, str: unescape(s.slice(1, i)) };
        }
      }
      return { len: i + 1 < s.length ? i + 1 : i, str: unescape(s.slice(1, i)) };
    }
  }
  return { len: s.length, str: s.slice(1) };
}

/** strconv.ParseUint(s[:4], 16, 64) as gjson's runeit uses it: 0 on any error. */
function runeit(s: string): number {
  const h = s.slice(0, 4);
  return /^[0-9a-fA-F]{1,4}$/.test(h) ? parseInt(h, 16) : 0;
}

const isSurrogate = (r: number) => r >= 0xd800 && r < 0xe000;

/** utf16.DecodeRune: a valid pair gives its code point, anything else U+FFFD. */
function decodePair(r1: number, r2: number): number {
  if (r1 >= 0xd800 && r1 < 0xdc00 && r2 >= 0xdc00 && r2 < 0xe000)
    return ((r1 - 0xd800) << 10) + (r2 - 0xdc00) + 0x10000;
  return 0xfffd;
}

/**
 * gjson unescape: JSON escapes decoded; a control character or an unknown or cut escape ends
 * the text there; `\u` takes four characters (non-hex reads as 0); a surrogate consumes the next
 * `\u` escape whatever it is, and a surrogate left alone becomes U+FFFD (utf8.EncodeRune).
 */
export function unescape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32) return out;
    if (c !== BSLASH) {
      out += s[i];
      continue;
    }
    i++;
    if (i >= s.length) return out;
    switch (s[i]) {
      case '\\':
        out += '\\';
        break;
      case '/':
        out += '/';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case '"':
        out += '"';
        break;
      case 'u': {
        if (i + 5 > s.length) return out;
        let r = runeit(s.slice(i + 1));
        i += 5;
        if (isSurrogate(r) && s.length - i >= 6 && s[i] === '\\' && s[i + 1] === 'u') {
          r = decodePair(r, runeit(s.slice(i + 2)));
          i += 6;
        }
        out += String.fromCodePoint(isSurrogate(r) ? 0xfffd : r);
        i--;
        break;
      }
      default:
        return out;
    }
  }
  return out;
}

/** gjson trim: drops leading and trailing bytes up to and including space. */
export function trim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return s.slice(a, b);
}

/** A string result from the raw text v.s[start:end] (quotes included). */
export function stringResult(v: View, start: number, end: number, esc: boolean): Res {
  const r = empty();
  r.type = 'String';
  setRaw(r, v, start, end);
  const body = v.s.slice(start + 1, end - 1);
  r.str = esc ? unescape(body) : body;
  return r;
}

/** gjson parseAny: the next value from `i`; `ok` false when nothing was there. */
export function parseAny(v: View, i: number, hit: boolean): { i: number; res: Res; ok: boolean } {
  const s = v.s;
  let res = empty();
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === '{' || c === '[') {
      const end = parseSquash(s, i);
      if (hit) {
        res.type = 'JSON';
        setRaw(res, v, i, end);
        res.index = i;
      }
      return { i: end, res, ok: true };
    }
    if (s.charCodeAt(i) <= 32) continue;
    if (c === '"') {
      const p = parseString(s, i + 1);
      if (!p.ok) return { i: p.i, res, ok: false };
      if (hit) res = stringResult(v, p.start, p.end, p.esc);
      return { i: p.i, res, ok: true };
    }
    let num = false;
    if (c === 'n' && i + 1 < s.length && s[i + 1] !== 'u') num = true;
    else if (c === 't' || c === 'f' || c === 'n') {
      const p = parseLiteral(s, i);
      if (hit) {
        setRaw(res, v, p.start, p.i);
        res.type = c === 't' ? 'True' : c === 'f' ? 'False' : 'Null';
        return { i: p.i, res, ok: true };
      }
      i = p.i;
    } else if (c === '+' || c === '-' || c === 'i' || c === 'I' || c === 'N') num = true;
    else if (c !== undefined && c >= '0' && c <= '9') num = true;
    if (num) {
      const p = parseNumber(s, i);
      if (hit) {
        setRaw(res, v, p.start, p.i);
        res.type = 'Number';
        res.num = parseGoFloatValue(res.raw);
      }
      return { i: p.i, res, ok: true };
    }
  }
  return { i, res, ok: false };
}

/** gjson Parse: the first value of the text, without validating it. */
export function parse(v: View): Res {
  const s = v.s;
  const value = empty();
  let i = 0;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === '{' || c === '[') {
      value.type = 'JSON';
      setRaw(value, v, i);
      break;
    }
    if (s.charCodeAt(i) <= 32) continue;
    const rest = s.slice(i);
    switch (c) {
      case '+':
      case '-':
      case 'i':
      case 'I':
      case 'N':
        numberAt(value, v, i, rest);
        break;
      case 'n':
        if (i + 1 < s.length && s[i + 1] !== 'u') numberAt(value, v, i, rest);
        else {
          value.type = 'Null';
          setRaw(value, v, i, i + tolit(rest));
        }
        break;
      case 't':
        value.type = 'True';
        setRaw(value, v, i, i + tolit(rest));
        break;
      case 'f':
        value.type = 'False';
        setRaw(value, v, i, i + tolit(rest));
        break;
      case '"': {
        const t = tostr(rest);
        value.type = 'String';
        setRaw(value, v, i, i + t.len);
        value.str = t.str;
        break;
      }
      default:
        if (c !== undefined && c >= '0' && c <= '9') numberAt(value, v, i, rest);
        else return empty();
    }
    break;
  }
  if (value.type !== 'Null' || value.raw.length !== 0) value.index = i;
  return value;
}

function numberAt(value: Res, v: View, i: number, rest: string): void {
  value.type = 'Number';
  setRaw(value, v, i, i + tonum(rest));
  value.num = parseGoFloatValue(value.raw);
}
