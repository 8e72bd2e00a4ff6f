/**
 * Go's number text conversions, as the sensor's Go code produces and reads them: strconv
 * FormatFloat/ParseFloat/ParseBool and fmt's %v for float64.
 */

/** Shortest digits and decimal exponent of a finite number: value = 0.d1d2… × 10^point. */
function shortestDigits(f: number): { digits: string; point: number } {
  const [mant = '0', exp = '0'] = Math.abs(f).toExponential().split('e');
  const digits = mant.replace('.', '');
  return { digits, point: Number(exp) + 1 };
}

/** strconv.FormatFloat(f, 'f', -1, 64): shortest round-trip digits, never an exponent. */
export function formatFloatF(f: number): string {
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : f < 0 ? '-Inf' : 'NaN';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const sign = f < 0 ? '-' : '';
  const { digits, point } = shortestDigits(f);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * fmt's %v for a float64, i.e. strconv.FormatFloat(f, 'g', -1, 64): shortest digits, and the
 * exponent form when the decimal exponent is below -4 or at least 6 (Go uses precision 6 for this
 * decision when printing the shortest form). So 999999 → "999999", 1000000 → "1e+06",
 * 1234567 → "1.234567e+06", 0.0001 → "0.0001", 0.00001 → "1e-05".
 */
export function formatFloatV(f: number): string {
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : f < 0 ? '-Inf' : 'NaN';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const sign = f < 0 ? '-' : '';
  const { digits, point } = shortestDigits(f);
  const eprec = 6;
  const exp = point - 1;
  if (exp < -4 || exp >= eprec) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp);
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e < 10 ? `0${e}` : e}`;
  }
  return formatFloatF(f);
}

/** strconv's underscoreOK: `_` only between digits (or after a base prefix), never first or last. */
function underscoreOK(text: string): boolean {
  let s = text;
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && /[bBoOxX]/.test(s[1]!)) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/**
 * strconv.ParseFloat(s, 64); null when Go returns an error: bad syntax, misplaced underscores, or a
 * value out of float64 range (`1e400` is ErrRange, while `1e-400` rounds to 0 without error).
 */
export function parseGoFloat(s: string): number | null {
  if (s === '') return null;
  if (/^[+-]?(inf|infinity)$/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/i.test(s)) return NaN;
  if (s.includes('_') && !underscoreOK(s)) return null;
  const t = s.replace(/_/g, '');
  let v: number;
  if (/^[+-]?0[xX]/.test(t)) {
    const m = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(t);
    if (!m) return null;
    const int = m[2] ?? '';
    const frac = m[3] ?? '';
    if (!int && !frac) return null;
    const mant = parseInt(int || '0', 16) + (frac ? parseInt(frac, 16) / 16 ** frac.length : 0);
    v = mant * 2 ** Number(m[4]);
    if (m[1] === '-') v = -v;
  } else {
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
    v = Number(t);
  }
  return Number.isFinite(v) ? v : null;
}

/**
 * strconv.ParseInt(s, base, 64) as a bigint; null on error. Base 0 reads a 0x/0o/0b/0 prefix and
 * allows underscores; other bases take plain digits.
 */
export function parseGoInt(s: string, base: number): bigint | null {
  let t = s;
  let neg = false;
  if (t.startsWith('+') || t.startsWith('-')) {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  let b = base;
  if (base === 0) {
    b = 10;
    if (/^0[xX]/.test(t)) [b, t] = [16, t.slice(2)];
    else if (/^0[oO]/.test(t)) [b, t] = [8, t.slice(2)];
    else if (/^0[bB]/.test(t)) [b, t] = [2, t.slice(2)];
    else if (t.length > 1 && t[0] === '0') [b, t] = [8, t.slice(1)];
    if (s.includes('_')) {
      if (!underscoreOK(s)) return null;
      t = t.replace(/_/g, '');
    }
  }
  if (b < 2 || b > 36 || t === '') return null;
  let n = 0n;
  for (const c of t.toLowerCase()) {
    const d =
      c >= '0' && c <= '9'
        ? c.charCodeAt(0) - 48
        : c >= 'a' && c <= 'z'
          ? c.charCodeAt(0) - 87
          : 99;
    if (d >= b) return null;
    n = n * BigInt(b) + BigInt(d);
  }
  if (neg) n = -n;
  if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) return null;
  return n;
}

/** strconv.ParseBool; null for anything but 1 t T TRUE true True 0 f F FALSE false False. */
export function parseGoBool(s: string): boolean | null {
  switch (s) {
    case '1':
    case 't':
    case 'T':
    case 'TRUE':
    case 'true':
    case 'True':
      return true;
    case '0':
    case 'f':
    case 'F':
    case 'FALSE':
    case 'false':
    case 'False':
      return false;
    default:
      return null;
  }
}

/** The value strconv.ParseFloat returns even with its error: ±Inf when out of range, else 0. */
export function parseGoFloatValue(s: string): number {
  const v = parseGoFloat(s);
  if (v !== null) return v;
  if (s.includes('_') && !underscoreOK(s)) return 0;
  const n = Number(s.replace(/_/g, ''));
  return Number.isFinite(n) || Number.isNaN(n) ? 0 : n;
}
