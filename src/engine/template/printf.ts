import { utf8Encode } from '../../lib/utf8';
import { formatFloatF } from '../json/goNumbers';
import { GoInt, goTypeName, isMap, NO_VALUE, printV, type TValue } from './values';
import { goQuote } from '../json/goStrings';

/** Go's fmt.Sprintf for the verbs templates use, with Go's `%!verb(type=value)` error text. */
export function sprintf(format: string, args: readonly TValue[]): string {
  let out = '';
  let argi = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== '%') {
      out += c;
      continue;
    }
    // fmt takes any character after the flags, width and precision as the verb.
    const m = /^([-+# 0]*)(\d+|\*)?(?:\.(\d+|\*)?)?([\s\S])/u.exec(format.slice(i + 1));
    if (!m) {
      out += '%!(NOVERB)';
      break;
    }
    i += m[0].length;
    const flags = m[1] ?? '';
    const verb = m[4] ?? 'v';
    if (verb === '%') {
      out += '%';
      continue;
    }
    let width = m[2] === '*' ? intArg(args[argi++]) : m[2] ? Number(m[2]) : undefined;
    const precText = m[3];
    const prec =
      precText === '*'
        ? intArg(args[argi++])
        : precText !== undefined
          ? Number(precText)
          : format[i - m[0].length + 1 + (m[1]?.length ?? 0) + (m[2]?.length ?? 0)] === '.'
            ? 0
            : undefined;
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const arg = args[argi++] ?? null;
    if (width !== undefined && width < 0) width = undefined;
    out += formatValue(verb, arg, { flags, prec, width }, 0);
  }
  if (argi < args.length) {
    out += `%!(EXTRA ${args
      .slice(argi)
      .map((a) => `${goTypeName(a)}=${printV(a)}`)
      .join(', ')})`;
  }
  return out;
}

function intArg(v: TValue | undefined): number {
  return v instanceof GoInt ? v.v : 0;
}

interface Spec {
  flags: string;
  prec: number | undefined;
  width: number | undefined;
}

/** fmt pads each operand to its width by runes: `-` pads right, `0` pads numbers with zeros. */
function pad(s: string, verb: string, spec: Spec): string {
  const { width, flags } = spec;
  const runes = [...s].length;
  if (width === undefined || runes >= width) return s;
  if (flags.includes('-')) return s + ' '.repeat(width - runes);
  if (flags.includes('0') && /[dfeEgGxXbo]/.test(verb)) {
    const sign = /^[+ -]/.test(s) ? s.slice(0, 1) : '';
    return sign + '0'.repeat(width - runes) + s.slice(sign.length);
  }
  return ' '.repeat(width - runes) + s;
}

/**
 * fmt's printValue: a slice or map formats each element with the same verb and flags
 * (`[a b]`, `map[k:v]` with sorted keys); a nil inside a container prints `<nil>` whatever
 * the verb; everything else is one padded operand.
 */
function formatValue(verb: string, v: TValue, spec: Spec, depth: number): string {
  if (v === NO_VALUE) v = null;
  if (depth > 0 && v === null) return pad('<nil>', 'v', spec);
  if (verb !== 'T' && !(verb === 'v' && spec.flags.includes('#'))) {
    if (Array.isArray(v))
      return `[${v.map((x) => formatValue(verb, x, spec, depth + 1)).join(' ')}]`;
    if (v !== null && isMap(v))
      return `map[${Object.keys(v)
        .sort()
        .map(
          (k) =>
            `${formatValue(verb, k, spec, depth + 1)}:${formatValue(verb, v[k] ?? null, spec, depth + 1)}`,
        )
        .join(' ')}]`;
  }
  const s = formatOne(verb, v, spec.flags, spec.prec);
  if (s.startsWith('%!')) return badPadded(verb, v, spec);
  return pad(s, verb, spec);
}

/** A bad verb names the operand's type and prints its value with %v and the same width. */
function badPadded(verb: string, v: TValue, spec: Spec): string {
  if (v === null) return `%!${verb}(<nil>)`;
  return `%!${verb}(${goTypeName(v)}=${pad(printV(v, false), 'v', spec)})`;
}

function bad(verb: string, v: TValue): string {
  return `%!${verb}(${goTypeName(v)}=${printV(v)})`;
}

function formatOne(verb: string, v: TValue, flags: string, prec: number | undefined): string {
  if (v === NO_VALUE) v = null;
  // fmt's printArg: a nil interface prints only for %v and %T; other verbs are bad verbs.
  if (v === null && verb !== 'v' && verb !== 'T') return `%!${verb}(<nil>)`;
  const plus = flags.includes('+');
  const space = flags.includes(' ');
  const signed = (s: string, neg: boolean) => (neg ? s : plus ? `+${s}` : space ? ` ${s}` : s);
  switch (verb) {
    case 'v':
      if (flags.includes('#')) return goSyntax(v);
      if (typeof v === 'number' && Number.isFinite(v)) {
        const body = prec === undefined ? printV(Math.abs(v)) : gWithPrec(Math.abs(v), prec);
        return signed((v < 0 || Object.is(v, -0) ? '-' : '') + body, v < 0 || Object.is(v, -0));
      }
      if (v instanceof GoInt) return signed(String(v.v), v.v < 0);
      if (typeof v === 'string' && prec !== undefined) return [...v].slice(0, prec).join('');
      return printV(v);
    case 'U':
      return v instanceof GoInt
        ? `U+${v.v.toString(16).toUpperCase().padStart(4, '0')}`
        : bad(verb, v);
    case 's':
      if (typeof v === 'string') return prec !== undefined ? v.slice(0, prec) : v;
      if (Array.isArray(v) || v === null || (typeof v === 'object' && !(v instanceof GoInt)))
        return printV(v);
      return bad(verb, v);
    case 'q':
      if (typeof v === 'string')
        return goQuote(prec !== undefined ? [...v].slice(0, prec).join('') : v);
      if (v instanceof GoInt) return `'${String.fromCodePoint(v.v)}'`;
      return bad(verb, v);
    case 't':
      return typeof v === 'boolean' ? String(v) : bad(verb, v);
    case 'd':
      if (v instanceof GoInt)
        return (
          (v.v < 0 ? '-' : plus ? '+' : space ? ' ' : '') +
          String(Math.abs(v.v)).padStart(prec ?? 0, '0')
        );
      return bad(verb, v);
    case 'c':
      return v instanceof GoInt ? String.fromCodePoint(v.v) : bad(verb, v);
    case 'x':
    case 'X': {
      let s: string;
      const sharp = flags.includes('#');
      const prefix = sharp ? (verb === 'x' ? '0x' : '0X') : '';
      if (v instanceof GoInt) s = prefix + Math.abs(v.v).toString(16);
      else if (typeof v === 'string') {
        const hex = [...utf8Encode(v)].map((b) => b.toString(16).padStart(2, '0'));
        // `% x` separates the bytes; `%#x` prefixes each one (or the whole run).
        s = space ? hex.map((h) => prefix + h).join(' ') : prefix + hex.join('');
      } else if (typeof v === 'number') s = hexFloat(Math.abs(v));
      else return bad(verb, v);
      if (verb === 'X') s = s.toUpperCase();
      const neg =
        (v instanceof GoInt && v.v < 0) || (typeof v === 'number' && (v < 0 || Object.is(v, -0)));
      return typeof v === 'string' ? s : signed((neg ? '-' : '') + s, neg);
    }
    case 'b':
      return v instanceof GoInt ? v.v.toString(2) : bad(verb, v);
    case 'o':
      return v instanceof GoInt ? v.v.toString(8) : bad(verb, v);
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G': {
      if (typeof v !== 'number') return bad(verb, v);
      if (!Number.isFinite(v))
        return signed(Number.isNaN(v) ? 'NaN' : v > 0 ? 'Inf' : '-Inf', v < 0);
      const neg = v < 0 || Object.is(v, -0);
      const a = Math.abs(v);
      let s: string;
      if (verb === 'f' || verb === 'F') s = a.toFixed(prec ?? 6);
      else if (verb === 'e' || verb === 'E') s = goExp(a.toExponential(prec ?? 6));
      else s = prec === undefined ? printV(a) : gWithPrec(a, prec);
      if (verb === 'E' || verb === 'G') s = s.toUpperCase();
      return signed((neg ? '-' : '') + s, neg);
    }
    case 'T':
      return goTypeName(v);
    default:
      return bad(verb, v);
  }
}

/** strconv.FormatFloat(f, 'x', -1, 64) for f ≥ 0: `0x1.8p+00`. */
function hexFloat(f: number): string {
  if (!Number.isFinite(f)) return Number.isNaN(f) ? 'NaN' : 'Inf';
  if (f === 0) return '0x0p+00';
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, f);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  let exp = ((hi >>> 20) & 0x7ff) - 1023;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (exp === -1023) {
    // Subnormal: normalise so the leading 1 is implicit, as Go does.
    exp = -1022;
    while ((mant & (1n << 52n)) === 0n) {
      mant <<= 1n;
      exp--;
    }
    mant &= (1n << 52n) - 1n;
  }
  const digits = mant.toString(16).padStart(13, '0').replace(/0+$/, '');
  const e = Math.abs(exp);
  return `0x1${digits ? `.${digits}` : ''}p${exp < 0 ? '-' : '+'}${e < 10 ? `0${e}` : e}`;
}

/** fmt's %#v: Go syntax for the values a template holds. */
function goSyntax(v: TValue, inner = false): string {
  if (v === null || v === NO_VALUE) return inner ? 'interface {}(nil)' : '<nil>';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number') return printV(v);
  if (Array.isArray(v)) return `[]interface {}{${v.map((x) => goSyntax(x, true)).join(', ')}}`;
  if (isMap(v))
    return `map[string]interface {}{${Object.keys(v)
      .sort()
      .map((k) => `${goQuote(k)}:${goSyntax(v[k] ?? null, true)}`)
      .join(', ')}}`;
  return printV(v);
}

/** JavaScript writes `1.5e+0`; Go writes at least two exponent digits: `1.5e+00`. */
function goExp(s: string): string {
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

function gWithPrec(a: number, prec: number): string {
  const p = prec === 0 ? 1 : prec;
  if (a === 0) return '0';
  const exp = Math.floor(Math.log10(a));
  if (exp < -4 || exp >= p) return goExp(a.toExponential(p - 1).replace(/\.?0+e/, 'e'));
  return formatFloatF(Number(a.toPrecision(p)));
}

/** Go's fmt.Sprint: spaces between operands when neither side is a string. */
export function sprint(args: readonly TValue[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += printV(a === NO_VALUE ? null : a, false);
  });
  return out;
}

export function sprintln(args: readonly TValue[]): string {
  return `${args.map((a) => printV(a === NO_VALUE ? null : a, false)).join(' ')}\n`;
}
