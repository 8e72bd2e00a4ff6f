/** Time as the simulator sees it: injected, never read from the wall clock. */
interface Clock {
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
