/** Time as the simulator sees it: injected, never read from the wall clock. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

/** A clock that only moves when told to, so time filters and crons are testable without waiting. */
export class SimulatedClock implements Clock {
  constructor(private ms: number) {}
  now(): number {
    return this.ms;
  }
  set(ms: number): void {
    this.ms = ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** RFC 3339 in UTC with whole seconds, the way the sensor prints event times. */
export function formatRfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Go's time.ParseDuration ("1h30m", "10s", "1.5h", "-2m"); null when Go would fail. */
export function parseDuration(text: string): number | null {
  const s = text.trim();
  if (s === '0') return 0;
  const m = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(s);
  if (!m) return null;
  let total = 0;
  for (const part of s.replace(/^[+-]/, '').matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) {
    total += Number(part[1]) * (UNIT_MS[part[2] ?? 's'] ?? 0);
  }
  return m[1] === '-' ? -total : total;
}
