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
import { arity, spend, str, values, type TemplateFunc } from './funcs';
import { strval, toInt64 } from './convert';
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
    const [n, s] = values(args);
    const count = Math.max(0, toInt64(n ?? null));
    spend(ctx, count * strval(s ?? null).length, 'repeat');
    return strval(s ?? null).repeat(count);
  },
  substr: (args) => {
    const [a, b, s] = values(args);
    const str = strval(s ?? null);
    let start = toInt64(a ?? null);
    let end = toInt64(b ?? null);
    if (start < 0) return str.slice(0, end < 0 ? undefined : end);
    if (end < 0 || end > str.length) end = str.length;
    if (start > end) start = end;
    return str.slice(start, end);
  },
  nospace: s1((s) => s.replace(/\s+/g, '')),
  trunc: (args) => {
    const [n, s] = values(args);
    const c = toInt64(n ?? null);
    const str = strval(s ?? null);
    if (c < 0 && str.length + c > 0) return str.slice(str.length + c);
    if (c >= 0 && str.length > c) return str.slice(0, c);
    return str;
  },
  abbrev: (args) => {
    const [n, s] = values(args);
    const w = toInt64(n ?? null);
    const str = strval(s ?? null);
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
    const [n, s] = values(args);
    spend(ctx, 2 * strval(s ?? null).length, 'wrap');
    return wrapText(strval(s ?? null), toInt64(n ?? null), '\n');
  },
  wrapWith: (args, ctx) => {
    const [n, sep, s] = values(args);
    const text = strval(s ?? null);
    spend(ctx, text.length * (1 + strval(sep ?? null).length), 'wrapWith');
    return wrapText(text, toInt64(n ?? null), strval(sep ?? null));
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
    const [n, s] = values(args);
    const text = strval(s ?? null);
    const width = Math.max(0, toInt64(n ?? null));
    spend(ctx, text.length + width * (text.split('\n').length + 1), 'indent');
    const pad = ' '.repeat(width);
    return pad + text.replace(/\n/g, `\n${pad}`);
  },
  nindent: (args, ctx) => {
    const [n, s] = values(args);
    const text = strval(s ?? null);
    const width = Math.max(0, toInt64(n ?? null));
    spend(ctx, text.length + width * (text.split('\n').length + 1), 'nindent');
    const pad = ' '.repeat(width);
    return `\n${pad}${text.replace(/\n/g, `\n${pad}`)}`;
  },
  // strings.Replace(s, old, new, -1): an empty old inserts new around every rune.
  replace: (args, ctx) => {
    const [a, b, s] = values(args);
    const text = strval(s ?? null);
    const old = strval(a ?? null);
    const repl = strval(b ?? null);
    const pieces = old === '' ? ['', ...text, ''] : text.split(old);
    spend(ctx, text.length + pieces.length * repl.length, 'replace');
    return pieces.join(repl);
  },
  plural: (args) => {
    const [one, many, n] = values(args);
    return toInt64(n ?? null) === 1 ? strval(one ?? null) : strval(many ?? null);
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
    const [sep, n, s] = values(args);
    const parts = strval(s ?? null).split(strval(sep ?? null));
    const c = toInt64(n ?? null);
    const list =
      c > 0 && parts.length > c
        ? [...parts.slice(0, c - 1), parts.slice(c - 1).join(strval(sep ?? null))]
        : parts;
    const out: TMap = {};
    list.forEach((p, i) => (out[`_${i}`] = p));
    return out;
  },
  regexMatch: s2((p, s) => goRegexMatch(regex(p, 'regexMatch'), s)),
  mustRegexMatch: s2((p, s) => goRegexMatch(regex(p, 'mustRegexMatch'), s)),
  regexFind: s2((p, s) => goFindAll(regex(p, 'regexFind'), s, 1)[0] ?? ''),
  regexFindAll: (args) => {
    const [p, s, n] = values(args);
    return goFindAll(
      regex(strval(p ?? null), 'regexFindAll'),
      strval(s ?? null),
      toInt64(n ?? null),
    );
  },
  regexReplaceAll: (args) => {
    const [p, s, r] = values(args);
    return goReplaceAll(
      regex(strval(p ?? null), 'regexReplaceAll'),
      strval(s ?? null),
      strval(r ?? null),
      false,
    );
  },
  regexReplaceAllLiteral: (args) => {
    const [p, s, r] = values(args);
    return goReplaceAll(
      regex(strval(p ?? null), 'regexReplaceAllLiteral'),
      strval(s ?? null),
      strval(r ?? null),
      true,
    );
  },
  regexSplit: (args) => {
    const [p, s, n] = values(args);
    return goSplit(regex(strval(p ?? null), 'regexSplit'), strval(s ?? null), toInt64(n ?? null));
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
