/** Milliseconds per Go duration unit (`time.ParseDuration`; `µs` and `μs` are both micro). */
const UNIT_MS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};
const PART = /^(\d*)(?:\.(\d*))?(ns|us|µs|μs|ms|s|m|h)/;
/** Go keeps durations in int64 nanoseconds: about 292 years. */
const MAX_MS = 9_223_372_036_854.775;

/**
 * Reads a Go duration (`1h30m`, `.5s`, `-2m`, `0`) as `time.ParseDuration` does, in milliseconds;
 * otherwise a sentence saying what is wrong (no unit, unknown unit, out of range).
 */
export function parseGoDuration(
  text: string,
): { ok: true; ms: number } | { ok: false; error: string } {
  const bad = (why: string) => ({
    ok: false as const,
    error: `${why} in duration ${JSON.stringify(text)}`,
  });
  let s = text;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s.startsWith('-') ? -1 : 1;
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, ms: 0 };
  if (s === '') return bad('no value');
  let total = 0;
  while (s !== '') {
    const m = PART.exec(s);
    if (!m) {
      if (!/^(\d|\.\d)/.test(s)) return bad('not a number');
      const unit = /^[\d.]*([^\d.]*)/.exec(s)?.[1] ?? '';
      return bad(unit === '' ? 'missing unit' : `unknown unit ${JSON.stringify(unit)}`);
    }
    const [whole, int = '', frac = '', unit = 's'] = m;
    if (int === '' && frac === '') return bad('not a number');
    total += Number(`${int || '0'}.${frac || '0'}`) * (UNIT_MS[unit] ?? 0);
    if (total > MAX_MS) return bad('value out of range');
    s = s.slice(whole.length);
  }
  return { ok: true, ms: sign * total };
}

/** Exactly `time.ParseDuration`, in milliseconds, or null where Go fails (for upstream fields). */
export function goDurationMs(text: string): number | null {
  const r = parseGoDuration(text);
  return r.ok ? r.ms : null;
}

/** The same reading for our own files and inputs (scenario steps, the clock field): spaces around are allowed. */
export function parseDuration(text: string): number | null {
  return goDurationMs(text.trim());
}
