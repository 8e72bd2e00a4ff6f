import { goQuote } from '../json/goStrings';
import { base64Decode, base64Encode, utf8Decode, utf8Encode } from '../../lib/utf8';
import {
  compileGoRegex,
  goFindAll,
  goQuoteMeta,
  goRegexMatch,
  goReplaceAll,
  goSplit,
} from '../regex/goRegex';
import { arity, intParam, spend, str, values, type TemplateFunc } from './funcs';
import { strval } from './convert';
import { GoInt, TemplateExecError, type TMap, type TValue } from './values';
import { adler32, sha1Hex, sha256Hex } from './hashes';

// sprig declares these parameters as Go `string`: anything else (a number, nil, a missing key) is an
// error in Go's template call, not a conversion.
// exec.go evalCall checks the argument count of every non-variadic function first.
const s1 =
  (f: (s: string) => TValue): TemplateFunc =>
  (args) => {
    arity('function', args, 1);
    return f(str(values(args)[0], 'function'));
  };
const s2 =
  (f: (a: string, b: string) => TValue): TemplateFunc =>
  (args) => {
    arity('function', args, 2);
    const [a, b] = values(args);
    return f(str(a, 'function'), str(b, 'function'));
  };

/**
 * sprig's `int` and `string` parameters: exec.go validateType refuses anything else (a float64
 * from JSON, a missing value) instead of converting it.
 */
/** The parameter types a spec like 'iss' names: i is int, s is string. */
type Params<S extends string> = S extends `${infer H}${infer R}`
  ? [H extends 's' ? string : number, ...Params<R>]
  : [];

function typed<S extends string>(args: (() => TValue)[], spec: S, fn: string): Params<S> {
  const vs = values(args);
  // TypeScript cannot build the tuple type from the spec string; the map follows it character by character.
  return [...spec].map((t, i) => (t === 's' ? str(vs[i], fn) : intParam(vs[i], fn))) as Params<S>;
}

function regex(pattern: string, fn: string) {
  const c = compileGoRegex(pattern);
  if (!c.ok) throw new TemplateExecError(`error calling ${fn}: ${c.error}`);
  return c.re;
}

function words(s: string): string[] {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

function b64encode(s: string): string {
  return base64Encode(utf8Encode(s));
}

/** sprig's b64dec returns the decoding error's text instead of failing. */
function b64decode(s: string): string {
  const r = base64Decode(s);
  return r.ok ? utf8Decode(r.bytes) : r.error;
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function b32encode(s: string): string {
  const bytes = utf8Encode(s);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  while (out.length % 8) out += '=';
  return out;
}

function b32decode(s: string): string {
  const clean = s.replace(/=+$/, '');
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const c of clean) {
    const i = B32.indexOf(c);
    if (i < 0) return `illegal base32 data at input byte ${s.indexOf(c)}`;
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return utf8Decode(Uint8Array.from(bytes));
}

/** sprig v3 string, encoding and regex functions. Argument order is sprig's (the piped value last). */
export const SPRIG_STRINGS: Record<string, TemplateFunc> = {
  trim: s1((s) => s.trim()),
  trimAll: s2((cut, s) => trimChars(s, cut, true, true)),
  trimPrefix: s2((p, s) => (s.startsWith(p) ? s.slice(p.length) : s)),
  trimSuffix: s2((p, s) => (p && s.endsWith(p) ? s.slice(0, -p.length) : s)),
  upper: s1((s) => s.toUpperCase()),
  lower: s1((s) => s.toLowerCase()),
  title: s1((s) =>
    s.replace(/(^|[^\p{L}\p{N}'])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()),
  ),
  untitle: s1((s) => s.replace(/(^|\s)(\S)/g, (_, a: string, b: string) => a + b.toLowerCase())),
  repeat: (args, ctx) => {
    const [n, s] = typed(args, 'is', 'repeat');
    const count = Math.max(0, n);
    spend(ctx, count * s.length, 'repeat');
    return s.repeat(count);
  },
  substr: (args) => {
    const [a, b, s] = typed(args, 'iis', 'substr');
    const str = s;
    let start = a;
    let end = b;
    if (start < 0) return str.slice(0, end < 0 ? undefined : end);
    if (end < 0 || end > str.length) end = str.length;
    if (start > end) start = end;
    return str.slice(start, end);
  },
  nospace: s1((s) => s.replace(/\s+/g, '')),
  trunc: (args) => {
    const [n, s] = typed(args, 'is', 'trunc');
    const c = n;
    const str = s;
    if (c < 0 && str.length + c > 0) return str.slice(str.length + c);
    if (c >= 0 && str.length > c) return str.slice(0, c);
    return str;
  },
  abbrev: (args) => {
    const [n, s] = typed(args, 'is', 'abbrev');
    const w = n;
    const str = s;
    if (w < 4 || str.length <= w) return str;
    return `${str.slice(0, w - 3)}...`;
  },
  initials: s1((s) =>
    s
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w[0])
      .join(''),
  ),
  wrap: (args, ctx) => {
    const [n, s] = typed(args, 'is', 'wrap');
    spend(ctx, 2 * s.length, 'wrap');
    return wrapText(s, n, '\n');
  },
  wrapWith: (args, ctx) => {
    const [n, sep, s] = typed(args, 'iss', 'wrapWith');
    const text = s;
    spend(ctx, text.length * (1 + sep.length), 'wrapWith');
    return wrapText(text, n, sep);
  },
  contains: s2((sub, s) => s.includes(sub)),
  hasPrefix: s2((p, s) => s.startsWith(p)),
  hasSuffix: s2((p, s) => s.endsWith(p)),
  quote: (args) =>
    values(args)
      .filter((v) => v !== null)
      .map((v) => goQuote(strval(v)))
      .join(' '),
  squote: (args) =>
    values(args)
      .filter((v) => v !== null)
      .map((v) => `'${strval(v)}'`)
      .join(' '),
  cat: (args) =>
    values(args)
      .filter((v) => v !== null)
      .map((v) => strval(v))
      .join(' '),
  indent: (args, ctx) => {
    const [n, s] = typed(args, 'is', 'indent');
    const text = s;
    const width = Math.max(0, n);
    spend(ctx, text.length + width * (text.split('\n').length + 1), 'indent');
    const pad = ' '.repeat(width);
    return pad + text.replace(/\n/g, `\n${pad}`);
  },
  nindent: (args, ctx) => {
    const [n, s] = typed(args, 'is', 'nindent');
    const text = s;
    const width = Math.max(0, n);
    spend(ctx, text.length + width * (text.split('\n').length + 1), 'nindent');
    const pad = ' '.repeat(width);
    return `\n${pad}${text.replace(/\n/g, `\n${pad}`)}`;
  },
  // strings.Replace(s, old, new, -1): an empty old inserts new around every rune.
  replace: (args, ctx) => {
    const [a, b, s] = typed(args, 'sss', 'replace');
    const text = s;
    const old = a;
    const repl = b;
    const pieces = old === '' ? ['', ...text, ''] : text.split(old);
    spend(ctx, text.length + pieces.length * repl.length, 'replace');
    return pieces.join(repl);
  },
  plural: (args) => {
    const [one, many, n] = typed(args, 'ssi', 'plural');
    return n === 1 ? one : many;
  },
  snakecase: s1((s) =>
    words(s)
      .map((w) => w.toLowerCase())
      .join('_'),
  ),
  kebabcase: s1((s) =>
    words(s)
      .map((w) => w.toLowerCase())
      .join('-'),
  ),
  camelcase: s1((s) =>
    s
      .split(/[_\s-]+/)
      .filter(Boolean)
      .map((w) => (w[0] ?? '').toUpperCase() + w.slice(1))
      .join(''),
  ),
  swapcase: s1((s) =>
    [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
  ),
  sha1sum: s1(sha1Hex),
  sha256sum: s1(sha256Hex),
  adler32sum: s1((s) => String(adler32(s))),
  b64enc: s1(b64encode),
  b64dec: s1(b64decode),
  b32enc: s1(b32encode),
  b32dec: s1(b32decode),
  split: s2((sep, s) => {
    const out: TMap = {};
    s.split(sep).forEach((p, i) => (out[`_${i}`] = p));
    return out;
  }),
  splitList: s2((sep, s) => s.split(sep)),
  splitn: (args) => {
    const [sep, n, s] = typed(args, 'sis', 'splitn');
    const parts = s.split(sep);
    const c = n;
    const list =
      c > 0 && parts.length > c ? [...parts.slice(0, c - 1), parts.slice(c - 1).join(sep)] : parts;
    const out: TMap = {};
    list.forEach((p, i) => (out[`_${i}`] = p));
    return out;
  },
  regexMatch: s2((p, s) => goRegexMatch(regex(p, 'regexMatch'), s)),
  mustRegexMatch: s2((p, s) => goRegexMatch(regex(p, 'mustRegexMatch'), s)),
  regexFind: s2((p, s) => goFindAll(regex(p, 'regexFind'), s, 1)[0] ?? ''),
  regexFindAll: (args) => {
    const [p, s, n] = typed(args, 'ssi', 'regexFindAll');
    return goFindAll(regex(p, 'regexFindAll'), s, n);
  },
  regexReplaceAll: (args) => {
    const [p, s, r] = typed(args, 'sss', 'regexReplaceAll');
    return goReplaceAll(regex(p, 'regexReplaceAll'), s, r, false);
  },
  regexReplaceAllLiteral: (args) => {
    const [p, s, r] = typed(args, 'sss', 'regexReplaceAllLiteral');
    return goReplaceAll(regex(p, 'regexReplaceAllLiteral'), s, r, true);
  },
  regexSplit: (args) => {
    const [p, s, n] = typed(args, 'ssi', 'regexSplit');
    return goSplit(regex(p, 'regexSplit'), s, n);
  },
  regexQuoteMeta: s1(goQuoteMeta),
  toString: (args: (() => TValue)[]) => strval(values(args)[0] ?? null),
  atoi: s1((s) => new GoInt(/^[+-]?\d+$/.test(s.trim()) ? Number(s.trim()) : 0)),
};

function trimChars(s: string, cut: string, left: boolean, right: boolean): string {
  let a = 0;
  let b = s.length;
  while (left && a < b && cut.includes(s[a] ?? '')) a++;
  while (right && b > a && cut.includes(s[b - 1] ?? '')) b--;
  return s.slice(a, b);
}

function wrapText(s: string, width: number, sep: string): string {
  if (width < 1) return s;
  return s
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let cur = '';
      for (const w of line.split(' ')) {
        if (cur && cur.length + 1 + w.length > width) {
          out.push(cur);
          cur = w;
        } else cur = cur ? `${cur} ${w}` : w;
      }
      out.push(cur);
      return out.join(sep);
    })
    .join('\n');
}
