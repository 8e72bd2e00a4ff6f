import { isPlainObject } from '../../lib/deepEqual';
import type { AttemptRecord, Firing, TraceEvent } from '../trace';
import { describeOutcome, outcomeFor } from '../../domain/scenario/actionOutcome';
import { simulateAttempt, type AttemptInput } from '../triggers/attempt';
import { afterFailure, convertBackoff } from '../triggers/backoff';
import { rateLimitConfig, takePermission } from '../triggers/rateLimiter';
import { renderTrigger } from '../triggers/renderTrigger';
import type { ActionJob, BoundEvent, InboxItem, PendingResult } from './actionState';
import { eventIds, eventRecord, jobDue, templateName } from './actionState';
import { formatInstant } from './instant';
import { emitPhase, shellFiring } from './actionFirings';
import type { SimDesign, SimSensor, SimTrigger } from './simDesign';
import { triggerKey, type SimState } from './simState';

/** What the action runner needs from `step`: the state and outputs, and the event flow for a freed trigger. */
export interface ActionHost {
  design: SimDesign;
  state: SimState;
  trace: TraceEvent[];
  firings: Firing[];
  /** Feeds an event (or a reset) that waited to a trigger whose atLeastOnce action just ended. */
  resume: (sensor: SimSensor, trigger: SimTrigger, item: InboxItem) => void;
}

/** `retryStrategy` nil: the listener retries with `{steps: 1}` (one attempt). */
const ONE_STEP = { steps: 1 };

/**
 * A trigger's conditions are met: its action starts (pkg/sensors/listener.go actionFunc). With
 * atLeastOnce the trigger's message loop waits for it; without, it runs in the background.
 * Nothing runs here: the job is due now, and `runDueActions` runs it.
 */
export function startAction(
  host: ActionHost,
  sensor: SimSensor,
  trigger: SimTrigger,
  events: BoundEvent[],
  notes: string[] = [],
): void {
  const s = host.state;
  const sync = trigger.value.atLeastOnce === true;
  const key = triggerKey(sensor.namespace, sensor.name, trigger.name);
  const busy = sync && isBusy(s, key);
  s.actionSeq += 1;
  const job: ActionJob = {
    id: s.actionSeq,
    namespace: sensor.namespace,
    sensor: sensor.name,
    triggerIndex: trigger.index,
    trigger: trigger.name,
    events,
    triggeredAtMs: s.nowMs,
    phase: 'main',
    sync,
    blocking: sync,
    backoff: null,
    tries: [],
    firstRunMs: null,
    notes,
    next: busy ? { kind: 'blocked' } : { kind: 'take', atMs: s.nowMs },
  };
  s.actions.push(job);
}

/** True while an atLeastOnce action of this trigger is in flight: its message loop is blocked. */
export function isBusy(s: SimState, key: string): boolean {
  return s.actions.some((j) => j.blocking && triggerKey(j.namespace, j.sensor, j.trigger) === key);
}

/** The earliest time an action step is due (of one trigger, `namespace/sensor/trigger`), or null. */
export function nextActionDue(s: SimState, key?: string): number | null {
  let best: number | null = null;
  for (const j of s.actions) {
    if (key !== undefined && triggerKey(j.namespace, j.sensor, j.trigger) !== key) continue;
    const t = jobDue(j);
    if (t !== null && (best === null || t < best)) best = t;
  }
  return best;
}

/**
 * Runs every action step due at or before `untilMs`, earliest first (older jobs first on a tie),
 * moving the clock to each. New steps that come due meanwhile (a retry, a freed trigger's next
 * event) run in the same loop, so nothing recurses.
 */
export function runDueActions(host: ActionHost, untilMs: number): void {
  for (let guard = 0; guard < 1_000_000; guard++) {
    let job: ActionJob | undefined;
    let at = Infinity;
    for (const j of host.state.actions) {
      const t = jobDue(j);
      if (t !== null && t <= untilMs && t < at) {
        job = j;
        at = t;
      }
    }
    if (!job) return;
    if (at > host.state.nowMs) host.state.nowMs = at;
    advanceJob(host, job);
  }
}

function advanceJob(host: ActionHost, job: ActionJob): void {
  const found = locate(host.design, job);
  if (!found) {
    host.trace.push({
      type: 'trigger.failed',
      sensor: job.sensor,
      trigger: job.trigger,
      error: 'the trigger is no longer in the design; its pending action was dropped',
      events: eventIds(job.events),
    });
    return finish(host, job);
  }
  const { sensor, main, running } = found;
  const now = host.state.nowMs;
  const next = job.next;
  if (next.kind === 'take') {
    if (!job.backoff) {
      // DoWithRetry converts the backoff before its first call: a bad one fails with no attempt at all.
      const b = convertBackoff(running.retryStrategy ?? ONE_STEP);
      if (!b.ok) return failUnrun(host, job, running, `invalid backoff configuration, ${b.error}`);
      job.backoff = b.backoff;
    }
    const name = templateName(running);
    const limiter = limiterOf(sensor, name);
    if (!limiter.ok) return failUnrun(host, job, running, limiter.error, true);
    let permit = now;
    if (limiter.config) {
      const key = triggerKey(sensor.namespace, sensor.name, name);
      const entry = host.state.limiters.find((l) => l.key === key);
      const r = takePermission(limiter.config, entry?.lastMs, now);
      if (entry) entry.lastMs = r.stateMs;
      else host.state.limiters.push({ key, lastMs: r.stateMs });
      permit = r.permitMs;
      if (permit > now)
        host.trace.push({
          type: 'trigger.rate-limited',
          sensor: sensor.name,
          trigger: name,
          attempt: job.tries.length + 1,
          requestedAt: formatInstant(now),
          at: formatInstant(permit),
          waitMs: permit - now,
          limit: limiter.config.label,
        });
    }
    job.next = { kind: 'run', atMs: permit, requestedAtMs: now };
    if (permit <= now) advanceJob(host, job);
    return;
  }
  if (next.kind === 'run') {
    const result = runAttempt(host, job, sensor, running, next.requestedAtMs);
    const endMs = now + result.duration;
    job.next = { kind: 'end', atMs: endMs, result: result.pending };
    if (endMs <= now) advanceJob(host, job);
    return;
  }
  if (next.kind === 'end') return endAttempt(host, job, main, running, next.result);
  if (next.kind === 'exhausted') return exhaust(host, job, main);
}

function runAttempt(
  host: ActionHost,
  job: ActionJob,
  sensor: SimSensor,
  running: Record<string, unknown>,
  requestedAtMs: number,
): { pending: PendingResult; duration: number } {
  // One call per firing on the engine's hot path: plain assignments, no spread copies.
  const now = host.state.nowMs;
  job.firstRunMs ??= now;
  const outcome = outcomeFor(
    host.state.outcomes,
    sensor.name,
    templateName(running),
    job.tries.length + 1,
  );
  const pending: PendingResult = {
    ok: false,
    outcome: describeOutcome(outcome),
    runAtMs: now,
    requestedAtMs,
    firing: null,
  };
  const r = renderTrigger(sensor.name, running, eventRecord(job.events), now, {
    sensorNamespace: sensor.namespace,
  });
  if (!r.ok) {
    pending.error = r.error;
    if (r.crash) pending.crash = true;
    return { pending, duration: 0 };
  }
  const input: AttemptInput = {
    type: r.firing.triggerType,
    triggerValue: running,
    outcome,
    timeoutMs: r.timeoutMs,
  };
  if (r.firing.operation) input.operation = r.firing.operation;
  if (r.firing.request) input.request = r.firing.request;
  if (r.execError) input.execError = r.execError;
  const a = simulateAttempt(input);
  pending.ok = a.ok;
  if (a.error) pending.error = a.error;
  if (a.detail) pending.detail = a.detail;
  pending.firing = r.firing;
  return { pending, duration: a.durationMs };
}

const CRASH_NOTE =
  'the real sensor pod panics here: no retry, no dead-letter trigger (with atLeastOnce the message comes back after the restart and crashes it again)';
const UNSEEN_NOTE =
  'atLeastOnce is off: the action ran in the background, so the error is only logged; it is never retried and no dlqTrigger runs';

function endAttempt(
  host: ActionHost,
  job: ActionJob,
  main: SimTrigger,
  running: Record<string, unknown>,
  p: PendingResult,
): void {
  const now = host.state.nowMs;
  const n = job.tries.length + 1;
  const record: AttemptRecord = { n, at: formatInstant(p.runAtMs), ok: p.ok, outcome: p.outcome };
  if (p.requestedAtMs < p.runAtMs) record.requestedAt = formatInstant(p.requestedAtMs);
  if (now > p.runAtMs) record.endedAt = formatInstant(now);
  if (p.error) record.error = p.error;
  let detail = p.detail ?? '';
  const extra = p.crash ? CRASH_NOTE : !p.ok && !job.sync ? UNSEEN_NOTE : '';
  if (extra) detail = detail ? `${detail}; ${extra}` : extra;
  if (detail) record.detail = detail;
  job.tries.push(record);
  const firing = p.firing ?? shellFiring(job, running, now);
  if (p.ok) {
    emitPhase(host, job, firing, 'succeeded');
    return finish(host, job);
  }
  host.trace.push({
    type: 'trigger.attempt',
    sensor: job.sensor,
    trigger: templateName(running),
    attempt: record,
  });
  if (p.crash || !job.sync) {
    // A background run's error never reaches the retry loop, which moved on long ago.
    emitPhase(host, job, firing, 'failed', p.error);
    return finish(host, job);
  }
  const after = afterFailure(
    job.backoff ?? { durationNs: 0, factor: 1, jitter: 0, steps: 1, capNs: 0 },
  );
  if (after.kind === 'exhausted') return exhaustWith(host, job, main, firing, p.error);
  const waitMs = after.wait.waitNs / 1e6;
  job.backoff = after.wait.next;
  if (after.kind === 'exhausted-after-wait') {
    job.lastFiring = firing;
    if (p.error !== undefined) job.lastError = p.error;
    job.next = { kind: 'exhausted', atMs: now + waitMs };
    return;
  }
  const window = {
    from: formatInstant(now + after.wait.windowNs[0] / 1e6),
    to: formatInstant(now + after.wait.windowNs[1] / 1e6),
  };
  record.retryWindow = window;
  host.trace.push({
    type: 'trigger.retry',
    sensor: job.sensor,
    trigger: templateName(running),
    attempt: n + 1,
    at: formatInstant(now + waitMs),
    waitMs,
    window,
  });
  job.next = { kind: 'take', atMs: now + waitMs };
}

function exhaust(host: ActionHost, job: ActionJob, main: SimTrigger): void {
  exhaustWith(
    host,
    job,
    main,
    job.lastFiring ?? shellFiring(job, main.value, host.state.nowMs),
    job.lastError,
  );
}

/** The retry loop gave up: the firing failed, and the events go to the dlqTrigger if there is one. */
function exhaustWith(
  host: ActionHost,
  job: ActionJob,
  main: SimTrigger,
  firing: Firing,
  error: string | undefined,
): void {
  const dlq =
    job.phase === 'main' && isPlainObject(main.value.dlqTrigger) ? main.value.dlqTrigger : null;
  if (!dlq) {
    emitPhase(host, job, firing, 'failed', error);
    return finish(host, job);
  }
  const dlqName = templateName(dlq);
  firing.handedTo = dlqName;
  emitPhase(host, job, firing, 'failed', error);
  host.trace.push({
    type: 'trigger.dead-letter',
    sensor: job.sensor,
    trigger: job.trigger,
    dlq: dlqName,
    at: formatInstant(host.state.nowMs),
  });
  startDeadLetter(host, job, dlq);
}

/** actionFunc after the retries: DoWithRetry on the dlqTrigger with its own retryStrategy. */
function startDeadLetter(host: ActionHost, job: ActionJob, dlq: Record<string, unknown>): void {
  const wasBlocking = job.blocking;
  job.phase = 'dlq';
  job.sync = dlq.atLeastOnce === true;
  // Only an atLeastOnce dead-letter trigger keeps the main trigger's message loop waiting.
  job.blocking = wasBlocking && job.sync;
  job.tries = [];
  job.firstRunMs = null;
  job.next = { kind: 'take', atMs: host.state.nowMs };
  delete job.lastFiring;
  delete job.lastError;
  job.backoff = null;
  if (wasBlocking && !job.blocking) unblock(host, job);
}

/** The phase fails before any attempt (a bad backoff, a rate limit of 0). */
function failUnrun(
  host: ActionHost,
  job: ActionJob,
  running: Record<string, unknown>,
  error: string,
  crash = false,
): void {
  const found = locate(host.design, job);
  const firing = shellFiring(job, running, host.state.nowMs);
  firing.notes.push(
    crash
      ? `${error}; the simulator lets the trigger fail instead`
      : 'the retry loop stops before the first call: DoWithRetry cannot read the backoff',
  );
  if (crash || job.phase === 'dlq' || !found) {
    emitPhase(host, job, firing, 'failed', error);
    return finish(host, job);
  }
  exhaustWith(host, job, found.main, firing, error);
}

/** The job is done: it leaves the state, and its trigger takes the next waiting firing or event. */
function finish(host: ActionHost, job: ActionJob): void {
  const i = host.state.actions.indexOf(job);
  if (i >= 0) host.state.actions.splice(i, 1);
  if (job.blocking) {
    job.blocking = false;
    unblock(host, job);
  }
}

function unblock(host: ActionHost, job: ActionJob): void {
  const s = host.state;
  const key = triggerKey(job.namespace, job.sensor, job.trigger);
  const waiting = s.actions.find(
    (j) => j.next.kind === 'blocked' && triggerKey(j.namespace, j.sensor, j.trigger) === key,
  );
  if (waiting) {
    waiting.next = { kind: 'take', atMs: s.nowMs };
    return;
  }
  const found = locate(host.design, job);
  while (!isBusy(s, key)) {
    const at = s.inbox.findIndex((it) => it.key === key);
    if (at < 0) return;
    const [item] = s.inbox.splice(at, 1);
    if (item && found) host.resume(found.sensor, found.main, item);
  }
}

function locate(
  design: SimDesign,
  job: ActionJob,
): { sensor: SimSensor; main: SimTrigger; running: Record<string, unknown> } | null {
  const sensor = design.sensors.find((s) => s.name === job.sensor && s.namespace === job.namespace);
  const main = sensor?.triggers[job.triggerIndex];
  if (!sensor || !main || main.name !== job.trigger) return null;
  if (job.phase === 'main') return { sensor, main, running: main.value };
  return isPlainObject(main.value.dlqTrigger)
    ? { sensor, main, running: main.value.dlqTrigger }
    : null;
}

/** The limiter for a trigger name: initRateLimiter runs for the Sensor's triggers only, the last one of a name wins. */
function limiterOf(sensor: SimSensor, name: string): ReturnType<typeof rateLimitConfig> {
  let owner: SimTrigger | undefined;
  for (const t of sensor.triggers) if (t.name === name) owner = t;
  return owner?.value.rateLimit ? rateLimitConfig(owner.value.rateLimit) : UNLIMITED;
}

const UNLIMITED = { ok: true, config: null } as const;
