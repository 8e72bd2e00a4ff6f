/**
 * A trigger's rate limiter as the sensor builds it (pkg/sensors/listener.go initRateLimiter): one
 * go.uber.org/ratelimit v0.3.1 leaky bucket per trigger name, `requestsPerUnit` per Second, Minute or
 * Hour (any other unit means Second), with the library's default slack of 10.
 */
export interface RateLimitConfig {
  /** `per / rate`, integer nanoseconds as Go divides durations, in milliseconds. */
  perRequestMs: number;
  /** `slack × perRequest`: how much unused time the bucket may bank for a burst. */
  maxSlackMs: number;
  /** In words, e.g. `1 per Minute`. */
  label: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const UNIT_NS: Record<string, number> = { Minute: 60e9, Hour: 3600e9 };
const SLACK = 10;

/**
 * The limiter a trigger's `rateLimit` makes: null without one (ratelimit.NewUnlimited). A rate of 0
 * divides by zero when the sensor starts.
 */
export function rateLimitConfig(
  rateLimit: unknown,
): { ok: true; config: RateLimitConfig | null } | { ok: false; error: string } {
  if (!isObj(rateLimit)) return { ok: true, config: null };
  const unit = typeof rateLimit.unit === 'string' ? rateLimit.unit : '';
  const perNs = Object.prototype.hasOwnProperty.call(UNIT_NS, unit) ? UNIT_NS[unit]! : 1e9;
  const raw = rateLimit.requestsPerUnit;
  const rate = typeof raw === 'number' && Number.isInteger(raw) ? raw : 0;
  if (rate === 0)
    return {
      ok: false,
      error:
        'rateLimit.requestsPerUnit is 0: the sensor divides by it when it starts and crashes (integer divide by zero)',
    };
  const perRequestNs = Math.trunc(perNs / rate);
  return {
    ok: true,
    config: {
      perRequestMs: perRequestNs / 1e6,
      maxSlackMs: (SLACK * perRequestNs) / 1e6,
      label: `${rate} per ${unit === 'Minute' || unit === 'Hour' ? unit : 'Second'}${unit && unit !== 'Second' && unit !== 'Minute' && unit !== 'Hour' ? ` (unit ${JSON.stringify(unit)} is read as Second)` : ''}`,
    },
  };
}

/**
 * `Take()` of the atomic int64 limiter: the state is when the last permission was issued (undefined
 * before the first call). Returns when this caller may go, and the new state. A caller more than
 * slack + one interval after the last permission banks at most `maxSlack`, so after a quiet spell up
 * to 10 extra calls pass at once.
 */
export function takePermission(
  config: RateLimitConfig,
  lastMs: number | undefined,
  nowMs: number,
): { permitMs: number; stateMs: number } {
  let next: number;
  if (lastMs === undefined || (config.maxSlackMs === 0 && nowMs - lastMs > config.perRequestMs))
    next = nowMs;
  else if (config.maxSlackMs > 0 && nowMs - lastMs > config.maxSlackMs + config.perRequestMs)
    next = nowMs - config.maxSlackMs;
  else next = lastMs + config.perRequestMs;
  return { permitMs: next > nowMs ? next : nowMs, stateMs: next };
}
