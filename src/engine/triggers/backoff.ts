import { goDurationMs } from '../../domain/cron/goDuration';

/**
 * k8s.io/apimachinery `wait.Backoff` (v0.32.2, the version the sensor builds with), times in
 * nanoseconds so the Go truncations (`time.Duration(float64(d) * factor)`) come out the same.
 */
export interface WaitBackoff {
  durationNs: number;
  factor: number;
  jitter: number;
  /** Attempts left (ExponentialBackoff runs the condition at most this many times). */
  steps: number;
  /** Argo Events never sets a cap; kept so the algorithm is the whole of `delay`. */
  capNs: number;
}

/** One sleep of the backoff: what the simulator waits, and the window jitter could put it in. */
export interface BackoffWait {
  /** The wait the simulator takes: the start of the window (rand.Float64() = 0). */
  waitNs: number;
  /** [from, to): `duration` to `duration × (1 + jitter)`; equal when there is no jitter. */
  windowNs: [number, number];
  /** The backoff after this step (Step mutates it in Go). */
  next: WaitBackoff;
}

const SECOND_NS = 1e9;
/** pkg/shared/util/retry.go DefaultBackoff: 5 steps of 1s, factor 1.0, jitter 1. */
export const DEFAULT_BACKOFF: WaitBackoff = {
  durationNs: SECOND_NS,
  factor: 1,
  jitter: 1,
  steps: 5,
  capNs: 0,
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * pkg/shared/util/retry.go Convert2WaitBackoff: `duration` is nanoseconds when a number and Go's
 * ParseDuration text when a string (default 1s); `factor` and `jitter` are JSON numbers parsed with
 * ParseFloat (defaults 1.0 and 1); `steps` ≤ 0 means DefaultBackoff's 5. `raw` null/undefined is the
 * caller's business (the listener uses `{steps: 1}`, the k8s policy DefaultBackoff).
 */
export function convertBackoff(
  raw: unknown,
): { ok: true; backoff: WaitBackoff } | { ok: false; error: string } {
  const b = isObj(raw) ? raw : {};
  let durationNs = SECOND_NS;
  const d = b.duration;
  if (typeof d === 'number') {
    if (!Number.isInteger(d))
      return { ok: false, error: `duration ${d} is not a whole number of nanoseconds` };
    durationNs = d;
  } else if (typeof d === 'string') {
    const ms = goDurationMs(d);
    if (ms === null) return { ok: false, error: goDurationError(d) };
    durationNs = Math.trunc(ms * 1e6);
  } else if (d !== undefined && d !== null)
    return { ok: false, error: 'duration is neither a number nor a string' };
  const factor = amount(b.factor, 1);
  if (factor === null)
    return {
      ok: false,
      error: `invalid factor, strconv.ParseFloat: parsing ${goQuote(b.factor)}: invalid syntax`,
    };
  const jitter = amount(b.jitter, 1);
  if (jitter === null)
    return {
      ok: false,
      error: `invalid jitter, strconv.ParseFloat: parsing ${goQuote(b.jitter)}: invalid syntax`,
    };
  const steps =
    typeof b.steps === 'number' && Number.isInteger(b.steps) && b.steps > 0
      ? b.steps
      : DEFAULT_BACKOFF.steps;
  return { ok: true, backoff: { durationNs, factor, jitter, steps, capNs: 0 } };
}

/** An `Amount`: the raw JSON text goes through ParseFloat, so a quoted "2" is invalid syntax. */
function amount(v: unknown, fallback: number): number | null {
  if (v === undefined || v === null) return fallback;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The message of Go's time.ParseDuration for text it refuses. */
function goDurationError(text: string): string {
  const q = JSON.stringify(text);
  if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return `time: missing unit in duration ${q}`;
  const unit = /^[+-]?(?:\d+\.?\d*|\.\d+)([^\d.]+)/.exec(text)?.[1];
  if (unit && !['ns', 'us', 'µs', 'ms', 's', 'm', 'h'].includes(unit))
    return `time: unknown unit ${JSON.stringify(unit)} in duration ${q}`;
  return `time: invalid duration ${q}`;
}

function goQuote(v: unknown): string {
  return JSON.stringify(JSON.stringify(v) ?? '');
}

/**
 * `Backoff.Step()` / `delay()`: the sleep before the next try and the backoff after it. The next
 * duration is `duration × factor` (capped), computed before jitter; jitter only widens this sleep.
 */
export function backoffStep(b: WaitBackoff): BackoffWait {
  if (b.steps < 1) {
    return {
      waitNs: b.durationNs,
      windowNs: jitterWindow(b.durationNs, b.jitter),
      next: { ...b, steps: 0 },
    };
  }
  let steps = b.steps - 1;
  let nextNs = b.durationNs;
  if (b.factor !== 0) {
    nextNs = Math.trunc(b.durationNs * b.factor);
    if (b.capNs > 0 && nextNs > b.capNs) {
      nextNs = b.capNs;
      steps = 0;
    }
  }
  return {
    waitNs: b.durationNs,
    windowNs: jitterWindow(b.durationNs, b.jitter),
    next: { ...b, durationNs: nextNs, steps },
  };
}

/** `wait.Jitter`: duration + rand.Float64() × jitter × duration, only when jitter > 0. */
function jitterWindow(durationNs: number, jitter: number): [number, number] {
  if (jitter <= 0) return [durationNs, durationNs];
  return [durationNs, durationNs + Math.trunc(jitter * durationNs)];
}

/** What `wait.ExponentialBackoff` does after a failed try: stop (no steps left) or sleep, then try again. */
export type AfterFailure =
  | { kind: 'exhausted' }
  | { kind: 'retry'; wait: BackoffWait }
  /** The cap was hit: Go sleeps, then leaves the loop without another try. */
  | { kind: 'exhausted-after-wait'; wait: BackoffWait };

/**
 * The loop of `wait.ExponentialBackoff`: the condition runs while steps > 0; after a failure with one
 * step left it stops, else it sleeps `Step()` and goes round again.
 */
export function afterFailure(b: WaitBackoff): AfterFailure {
  if (b.steps <= 1) return { kind: 'exhausted' };
  const wait = backoffStep(b);
  return wait.next.steps > 0 ? { kind: 'retry', wait } : { kind: 'exhausted-after-wait', wait };
}
