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

/** strconv.ParseFloat(s, 64); null when Go would return an error. */
export function parseGoFloat(s: string): number | null {
  const t = s.trim() === s ? s : null;
  if (t === null || t === '') return null;
  if (/^[+-]?(inf|infinity)$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/i.test(t)) return NaN;
  if (/^[+-]?0[xX]/.test(t)) {
    const m = /^([+-]?)0[xX]([0-9a-fA-F_]*)(?:\.([0-9a-fA-F_]*))?[pP]([+-]?\d+)$/.exec(t);
    if (!m) return null;
    const int = (m[2] ?? '').replace(/_/g, '');
    const frac = (m[3] ?? '').replace(/_/g, '');
    if (!int && !frac) return null;
    const mant = parseInt(int || '0', 16) + (frac ? parseInt(frac, 16) / 16 ** frac.length : 0);
    const v = mant * 2 ** Number(m[4]);
    return m[1] === '-' ? -v : v;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
  return Number(t);
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
