/** antonmedv/expr v1.15.5's lexer (parser/lexer/state.go), for the conditions rewrite. */
export type Kind = 'Identifier' | 'Number' | 'String' | 'Operator' | 'Bracket' | 'EOF';
export interface Tok {
  kind: Kind;
  value: string;
}
export class ExprError extends Error {}

const isSpace = (r: string) => /^\s$/u.test(r) && r !== '\uFEFF';
const isAlphabetic = (r: string) => r === '_' || r === '$' || /^\p{L}$/u.test(r);
const isAlphaNumeric = (r: string) => isAlphabetic(r) || /^\p{Nd}$/u.test(r);

/** Lex: the token list, ending with EOF, or an ExprError with expr's message. */
export function lex(input: string): Tok[] {
  const rs = [...input];
  const out: Tok[] = [];
  let i = 0;
  const peek = () => rs[i] ?? '';
  const accept = (valid: string) => {
    if (i < rs.length && valid.includes(rs[i]!)) {
      i++;
      return true;
    }
    return false;
  };
  const acceptRun = (valid: string) => {
    while (accept(valid));
  };
  while (i < rs.length) {
    const start = i;
    const r = rs[i++]!;
    const word = () => rs.slice(start, i).join('');
    if (isSpace(r)) continue;
    if (r === "'" || r === '"') {
      let s = '';
      for (;;) {
        const c = rs[i++];
        if (c === undefined || c === '\n') throw new ExprError('literal not terminated');
        if (c === r) break;
        if (c === '\\') {
          const e = rs[i++] ?? '';
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
          };
          if (e in simple && (e !== "'" || r === "'") && (e !== '"' || r === '"')) s += simple[e];
          else if (e === 'x' || e === 'u' || e === 'U') {
            const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
            const hex = rs.slice(i, i + n).join('');
            if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex))
              throw new ExprError('invalid char escape');
            i += n;
            s += String.fromCodePoint(parseInt(hex, 16));
          } else if (/^[0-7]$/.test(e)) {
            const oct = e + rs.slice(i, i + 2).join('');
            if (!/^[0-7]{3}$/.test(oct)) throw new ExprError('invalid char escape');
            i += 2;
            s += String.fromCharCode(parseInt(oct, 8));
          } else throw new ExprError('invalid char escape');
        } else s += c;
      }
      out.push({ kind: 'String', value: s });
    } else if (r >= '0' && r <= '9') {
      i--;
      let digits = '0123456789_';
      if (accept('0')) {
        if (accept('xX')) digits = '0123456789abcdefABCDEF_';
        else if (accept('oO')) digits = '01234567_';
        else if (accept('bB')) digits = '01_';
      }
      acceptRun(digits);
      const save = i;
      if (accept('.')) {
        // `1..2` is a range: the number ends before the dots.
        if (peek() === '.') {
          i = save;
          out.push({ kind: 'Number', value: word() });
          continue;
        }
        acceptRun(digits);
      }
      if (accept('eE')) {
        accept('+-');
        acceptRun(digits);
      }
      if (isAlphaNumeric(peek())) throw new ExprError(`bad number syntax: "${word()}"`);
      out.push({ kind: 'Number', value: word() });
    } else if (r === '?') {
      accept('.?');
      out.push({ kind: 'Operator', value: word() });
    } else if (r === '/') {
      if (accept('/')) {
        while (i < rs.length && rs[i] !== '\n') i++;
      } else if (accept('*')) {
        for (;;) {
          if (i >= rs.length) throw new ExprError('unclosed comment');
          if (rs[i++] === '*' && accept('/')) break;
        }
      } else out.push({ kind: 'Operator', value: '/' });
    } else if (r === '#') {
      throw new ExprError('cannot use pointer accessor outside closure');
    } else if (r === '|') {
      accept('|');
      out.push({ kind: 'Operator', value: word() });
    } else if ('([{)]}'.includes(r)) out.push({ kind: 'Bracket', value: r });
    else if (',:;%+-^'.includes(r)) out.push({ kind: 'Operator', value: r });
    else if ('&!=*<>'.includes(r)) {
      accept('&=*');
      out.push({ kind: 'Operator', value: word() });
    } else if (r === '.') {
      if (/^[0-9]$/.test(peek())) {
        // ".5": a number
        acceptRun('0123456789_');
        if (accept('eE')) {
          accept('+-');
          acceptRun('0123456789_');
        }
        out.push({ kind: 'Number', value: word() });
      } else {
        accept('.');
        out.push({ kind: 'Operator', value: word() });
      }
    } else if (isAlphaNumeric(r)) {
      while (i < rs.length && isAlphaNumeric(rs[i]!)) i++;
      const w = word();
      if (w === 'not') {
        out.push({ kind: 'Operator', value: 'not' });
        let j = i;
        while (j < rs.length && isSpace(rs[j]!)) j++;
        let k = j;
        while (k < rs.length && isAlphaNumeric(rs[k]!)) k++;
        const next = rs.slice(j, k).join('');
        if (['in', 'matches', 'contains', 'startsWith', 'endsWith'].includes(next)) {
          out.push({ kind: 'Operator', value: next });
          i = k;
        }
      } else if (
        ['in', 'or', 'and', 'matches', 'contains', 'startsWith', 'endsWith', 'let'].includes(w)
      )
        out.push({ kind: 'Operator', value: w });
      else out.push({ kind: 'Identifier', value: w });
    } else
      throw new ExprError(
        `unrecognized character: U+${r.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
      );
  }
  out.push({ kind: 'EOF', value: '' });
  return out;
}
