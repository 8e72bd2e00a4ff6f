import { luaParseNumber } from './luaNumbers';

/**
 * Reads a script the way gopher-lua's scanner (parse/lexer.go) does before fengari compiles it:
 * tokens Lua 5.1 does not have (`//`, `&`, `|`, `~` alone, `<<`, `>>`) are syntax errors, and
 * each numeral is replaced by the float gopher-lua reads (`010` is 10, `0010` is 8, a numeral
 * Go cannot parse, such as `1e400`, is NaN). Strings, comments and line breaks are kept as written.
 */
export type Prepass = { ok: true; source: string } | { ok: false; error: string };

const isDecimal = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined) => c !== undefined && /[0-9a-fA-F]/.test(c);
const isIdent = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);

/** Length of a long bracket opening `[==[` at i, or 0. */
function longOpen(s: string, i: number): number {
  if (s[i] !== '[') return 0;
  let j = i + 1;
  while (s[j] === '=') j++;
  return s[j] === '[' ? j - i + 1 : 0;
}

export function prepass(src: string): Prepass {
  let out = '';
  let line = 1;
  const fail = (what: string): Prepass => ({
    ok: false,
    error: `syntax error: <string> line:${line}: ${what} (Lua 5.1, as gopher-lua reads scripts)`,
  });
  for (let i = 0; i < src.length;) {
    const c = src[i]!;
    if (c === '\n') line++;
    if (c === '-' && src[i + 1] === '-') {
      const open = longOpen(src, i + 2);
      let end: number;
      if (open) {
        const close = `]${'='.repeat(open - 2)}]`;
        end = src.indexOf(close, i + 2 + open);
        end = end < 0 ? src.length : end + close.length;
      } else {
        end = src.indexOf('\n', i);
        if (end < 0) end = src.length;
      }
      const text = src.slice(i, end);
      line += (text.match(/\n/g) ?? []).length;
      out += text;
      i = end;
      continue;
    }
    const open = longOpen(src, i);
    if (open) {
      const close = `]${'='.repeat(open - 2)}]`;
      let end = src.indexOf(close, i + open);
      end = end < 0 ? src.length : end + close.length;
      const text = src.slice(i, end);
      line += (text.match(/\n/g) ?? []).length;
      out += text;
      i = end;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== c && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (isIdent(c) && !isDecimal(c)) {
      let j = i;
      while (isIdent(src[j])) j++;
      out += src.slice(i, j);
      i = j;
      continue;
    }
    if (isDecimal(c) || (c === '.' && isDecimal(src[i + 1]))) {
      let j = i;
      let buf = '';
      if (c === '0' && (src[j + 1] === 'x' || src[j + 1] === 'X')) {
        j += 2;
        while (isHex(src[j])) j++;
        if (j === i + 2) return fail('illegal hexadecimal number');
        buf = src.slice(i, j);
      } else {
        let ch = src[j]!;
        // lexer.go scanNumber: a leading 0 before another digit is dropped.
        if (ch === '0' && src[j + 1] !== '.' && isDecimal(src[j + 1])) ch = src[++j]!;
        buf += ch;
        j++;
        while (isDecimal(src[j])) buf += src[j++];
        if (src[j] === '.') {
          buf += src[j++];
          while (isDecimal(src[j])) buf += src[j++];
        }
        if (src[j] === 'e' || src[j] === 'E') {
          buf += src[j++];
          if (src[j] === '-' || src[j] === '+') buf += src[j++];
          if (j < src.length) buf += src[j++];
          while (isDecimal(src[j])) buf += src[j++];
        }
      }
      const v = luaParseNumber(buf);
      out += v === null || Number.isNaN(v) ? '(0/0)' : String(v);
      i = j;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '//') return fail("'/' '/': integer division does not exist in Lua 5.1");
    if (two === '<<' || two === '>>') return fail(`'${two}' is not an operator in Lua 5.1`);
    if (c === '&' || c === '|') return fail(`invalid token '${c}'`);
    if (c === '~' && src[i + 1] !== '=') return fail("invalid '~' token");
    out += c;
    i++;
  }
  return { ok: true, source: out };
}
