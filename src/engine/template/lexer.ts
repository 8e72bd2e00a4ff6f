/** Tokens of a Go template: text between actions, and the tokens inside `{{ }}`. */
export type Token =
  | { k: 'text'; v: string }
  | { k: 'open' }
  | { k: 'close'; trim?: boolean }
  | { k: 'field'; v: string } // ".A" or "."
  | { k: 'var'; v: string } // "$x" or "$"
  | { k: 'ident'; v: string }
  | { k: 'string'; v: string }
  | { k: 'number'; v: string }
  | { k: 'char'; v: string }
  | { k: 'pipe' }
  | { k: 'lparen' }
  | { k: 'rparen' }
  | { k: 'declare' }
  | { k: 'assign' }
  | { k: 'comma' };

export class TemplateSyntaxError extends Error {}

/**
 * Splits template text into tokens, applying `{{-` / `-}}` whitespace trimming and dropping
 * comments. Throws TemplateSyntaxError (caught by parseTemplate) on malformed input.
 */
export function lex(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let trimNext = false;
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    let text = src.slice(i, open === -1 ? undefined : open);
    if (trimNext) text = text.replace(/^[ \t\r\n]+/, '');
    trimNext = false;
    if (open === -1) {
      if (text) out.push({ k: 'text', v: text });
      break;
    }
    let j = open + 2;
    if (src[j] === '-' && /[ \t\r\n]/.test(src[j + 1] ?? '')) {
      text = text.replace(/[ \t\r\n]+$/, '');
      j += 1;
    }
    if (text) out.push({ k: 'text', v: text });
    const afterWs = j + (src.slice(j).length - src.slice(j).trimStart().length);
    if (src.startsWith('/*', afterWs)) {
      const end = src.indexOf('*/', afterWs);
      if (end === -1) throw new TemplateSyntaxError('unclosed comment');
      const k = end + 2;
      const m = /^[ \t\r\n]*(-?)}}/.exec(src.slice(k));
      if (!m) throw new TemplateSyntaxError('comment ends before closing delimiter');
      trimNext = m[1] === '-';
      i = k + m[0].length;
      continue;
    }
    out.push({ k: 'open' });
    i = lexAction(src, j, out);
    const last = out[out.length - 1];
    if (last && last.k === 'close' && last.trim) trimNext = true;
  }
  return out;
}

/** Tokens that continue a field chain must touch the previous token: `.A.B` vs `.A .B`. */
export const ADJACENT = new WeakSet<Token>();

function lexAction(src: string, i: number, out: Token[]): number {
  let parens = 0;
  let spaced = true;
  while (i < src.length) {
    const c = src[i] ?? '';
    const before = out.length;
    if (/[ \t\r\n]/.test(c)) {
      spaced = true;
      const ws = /^[ \t\r\n]+/.exec(src.slice(i))?.[0] ?? ' ';
      if (src.startsWith('-}}', i + ws.length) && ws.length > 0) {
        out.push({ k: 'close', trim: true });
        return i + ws.length + 3;
      }
      i += ws.length;
      continue;
    }
    if (src.startsWith('}}', i)) {
      if (parens > 0) throw new TemplateSyntaxError('unclosed left paren');
      out.push({ k: 'close' });
      return i + 2;
    }
    if (c === '|') {
      out.push({ k: 'pipe' });
      i++;
    } else if (c === '(') {
      out.push({ k: 'lparen' });
      i++;
      parens++;
    } else if (c === ')') {
      if (--parens < 0) throw new TemplateSyntaxError('unexpected right paren');
      out.push({ k: 'rparen' });
      i++;
    } else if (c === ',') {
      out.push({ k: 'comma' });
      i++;
    } else if (src.startsWith(':=', i)) {
      out.push({ k: 'declare' });
      i += 2;
    } else if (c === '=') {
      out.push({ k: 'assign' });
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\\') j++;
        if (src[j] === '\n') throw new TemplateSyntaxError('unterminated quoted string');
        j++;
      }
      if (j >= src.length) throw new TemplateSyntaxError('unterminated quoted string');
      out.push({ k: 'string', v: unquote(src.slice(i + 1, j)) });
      i = j + 1;
    } else if (c === '`') {
      const j = src.indexOf('`', i + 1);
      if (j === -1) throw new TemplateSyntaxError('unterminated raw quoted string');
      out.push({ k: 'string', v: src.slice(i + 1, j) });
      i = j + 1;
    } else if (c === "'") {
      const m = /^'(\\.|[^'\\])'/.exec(src.slice(i));
      if (!m) throw new TemplateSyntaxError('malformed character constant');
      out.push({ k: 'char', v: unquote(m[1] ?? '') });
      i += m[0].length;
    } else if (c === '.' && !/[0-9]/.test(src[i + 1] ?? '')) {
      const m = /^\.[A-Za-z_0-9]*/.exec(src.slice(i));
      const v = m?.[0] ?? '.';
      out.push({ k: 'field', v });
      i += v.length;
    } else if (c === '$') {
      const m = /^\$[A-Za-z_0-9]*/.exec(src.slice(i));
      const v = m?.[0] ?? '$';
      out.push({ k: 'var', v });
      i += v.length;
    } else if (/[0-9+\-.]/.test(c)) {
      const m =
        /^[+-]?(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(\d[\d_]*)?\.?\d*([eE][+-]?\d+)?)/.exec(
          src.slice(i),
        );
      const v = m?.[0] ?? '';
      if (!v || v === '+' || v === '-' || v === '.')
        throw new TemplateSyntaxError(`bad number syntax: "${c}"`);
      out.push({ k: 'number', v });
      i += v.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z_0-9]*/.exec(src.slice(i));
      const v = m?.[0] ?? c;
      out.push({ k: 'ident', v });
      i += v.length;
    } else {
      throw new TemplateSyntaxError(`unexpected "${c}" in command`);
    }
    const tok = out[out.length - 1];
    if (tok && out.length > before && !spaced) ADJACENT.add(tok);
    spaced = false;
    // A field, variable or name must be followed by a terminator; Go reads `.a-b` as field `.a`
    // and a bad character (the #2104 parse error).
    const next = src[i] ?? '';
    if (
      tok &&
      (tok.k === 'field' || tok.k === 'var' || tok.k === 'ident') &&
      next !== '' &&
      !/[ \t\r\n.,|:)(}=]/.test(next)
    ) {
      throw new TemplateSyntaxError(`bad character ${codePoint(next)}`);
    }
  }
  throw new TemplateSyntaxError('unclosed action');
}

function unquote(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[0-7]{3}|.)/g, (_, e: string) => {
    switch (e[0]) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'a':
        return '\x07';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case 'u':
        return String.fromCharCode(parseInt(e.slice(1), 16));
      case 'x':
        return String.fromCharCode(parseInt(e.slice(1), 16));
      default:
        return /^[0-7]{3}$/.test(e) ? String.fromCharCode(parseInt(e, 8)) : e;
    }
  });
}

function codePoint(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} '${c}'`;
}
