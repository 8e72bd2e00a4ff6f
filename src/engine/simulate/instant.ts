/**
 * A virtual instant as RFC 3339 in UTC, with the fraction of a second Go's RFC3339Nano keeps
 * (trailing zeros dropped, to the microsecond: retries and rate limits land between seconds).
 */
export function formatInstant(ms: number): string {
  // A step formats the same instant many times (attempt, firing, log line): remember the last one.
  if (ms === lastMs) return lastText;
  lastText = format(ms);
  lastMs = ms;
  return lastText;
}

let lastMs = NaN;
let lastText = '';

function format(ms: number): string {
  const whole = Math.floor(ms / 1000);
  // Truncated as Go prints a time (a hair added for binary fractions such as 0.999999…).
  const micros = Math.floor((ms - whole * 1000) * 1000 + 1e-3);
  const base = new Date(whole * 1000).toISOString().slice(0, 19);
  if (micros === 0) return `${base}Z`;
  if (micros >= 1_000_000) return `${new Date((whole + 1) * 1000).toISOString().slice(0, 19)}Z`;
  return `${base}.${String(micros).padStart(6, '0').replace(/0+$/, '')}Z`;
}

/** A duration in words for the timeline: `1.5 s`, `2 min`, `250 ms`. */
export function formatSpan(ms: number): string {
  const abs = Math.abs(ms);
  const round = (n: number) => String(Math.round(n * 1000) / 1000);
  if (abs < 1000) return `${round(ms)} ms`;
  if (abs < 60_000) return `${round(ms / 1000)} s`;
  if (abs < 3_600_000) return `${round(ms / 60_000)} min`;
  return `${round(ms / 3_600_000)} h`;
}
