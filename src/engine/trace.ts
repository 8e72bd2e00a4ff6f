/**
 * The simulation trace: everything the engine decided, as data (DESIGN.md §4.5). It is what the
 * "why did / didn't it fire?" view renders, and what `eventflow simulate --format json` prints.
 * Plain JSON only, so it crosses the worker boundary unchanged.
 */

type FilterFamily = 'exprs' | 'data' | 'context' | 'time' | 'script';

/** One filter entry's evaluation, with the values it looked at. */
export interface FilterCheck {
  family: FilterFamily;
  /** Index in `filters.data` / `filters.exprs`; 0 for single-valued families. */
  index: number;
  /** What was checked, e.g. a gjson path, an expression, `type`, `09:00:00-17:00:00`. */
  subject: string;
  /** What the event held there (text), when it was found. */
  found?: string;
  comparator?: string;
  expected?: string;
  result: boolean;
  error?: string;
  /** Short explanation in plain words, e.g. `"reopened" matches the unanchored regex "open"`. */
  note?: string;
}

export interface FamilyResult {
  family: FilterFamily;
  /** False when the family is absent from the filters (it then counts as true under AND). */
  set: boolean;
  result: boolean;
  error?: string;
  /** `and`/`or` of dataLogicalOperator / exprLogicalOperator when the family has several entries. */
  operator?: 'and' | 'or';
  checks: FilterCheck[];
}

interface DependencyEvaluation {
  sensor: string;
  dependency: string;
  eventId: string;
  transform?: { kind: 'jq' | 'script'; ok: boolean; error?: string; output?: string };
  families: FamilyResult[];
  /** `filtersLogicalOperator` as applied. */
  operator: 'and' | 'or';
  pass: boolean;
  /** Set when any error dropped the event (SEMANTICS §2: an error always drops it). */
  error?: string;
  /** One line saying what decided the outcome. */
  reason: string;
}

export type TraceEvent =
  | { type: 'clock.set'; at: string }
  | { type: 'clock.advanced'; from: string; to: string }
  | {
      type: 'event.received';
      eventId: string;
      source: string;
      subject: string;
      sourceType: string;
      time: string;
      data: string | null;
      /** What the simulator could not check for this event (a Secret's value, an API call). */
      notes?: string[];
    }
  | { type: 'event.rejected'; source: string; subject: string; reason: string }
  /**
   * The EventSource received the input and did not publish an event: a source-side filter (resource
   * eventTypes, a file path, Stripe's eventFilter…), a message that is not an event (an SNS
   * SubscriptionConfirmation) or the EventSource's `filter.expression`.
   */
  | {
      type: 'event.filtered';
      source: string;
      subject: string;
      reason: string;
      /** The filter expression, when it decided. */
      expression?: string;
      error?: string;
      /** The data the source built and dropped, when it got that far. */
      data?: string | null;
    }
  | { type: 'event.unmatched'; eventId: string; reason: string }
  | ({ type: 'dependency.evaluated' } & DependencyEvaluation)
  | { type: 'trigger.setup-failed'; sensor: string; trigger: string; error: string }
  | { type: 'trigger.duplicate'; sensor: string; trigger: string; eventId: string }
  | {
      type: 'trigger.held';
      sensor: string;
      trigger: string;
      dependency: string;
      eventId: string;
      replaced: string | null;
      missing: string[];
      expression: string;
    }
  | { type: 'trigger.fired'; sensor: string; trigger: string; firing: Firing }
  | {
      type: 'trigger.failed';
      sensor: string;
      trigger: string;
      error: string;
      events: Record<string, string>;
      /** The failed action, when it ran (absent for old traces). */
      firing?: Firing;
    }
  | { type: 'conditions.reset'; sensor: string; trigger: string; dropped: string[]; at: string }
  /** An attempt of a trigger's action failed (a later one may still succeed). */
  | { type: 'trigger.attempt'; sensor: string; trigger: string; attempt: AttemptRecord }
  /** The action waits before its next attempt (the retryStrategy backoff). */
  | {
      type: 'trigger.retry';
      sensor: string;
      trigger: string;
      /** The attempt that will run. */
      attempt: number;
      at: string;
      waitMs: number;
      /** The window jitter puts the attempt in; the simulator takes its start. */
      window: { from: string; to: string };
    }
  /** The rate limiter makes the action wait for its turn. */
  | {
      type: 'trigger.rate-limited';
      sensor: string;
      trigger: string;
      attempt: number;
      requestedAt: string;
      at: string;
      waitMs: number;
      limit: string;
    }
  /** Retries are exhausted: the events go to the dlqTrigger. */
  | { type: 'trigger.dead-letter'; sensor: string; trigger: string; dlq: string; at: string }
  /** The trigger's atLeastOnce action is still running: the event waits until it is done. */
  | {
      type: 'trigger.queued';
      sensor: string;
      trigger: string;
      eventId: string;
      busyUntil: string | null;
    }
  /** The trigger's action ended, and it takes an event that waited for it. */
  | {
      type: 'trigger.resumed';
      sensor: string;
      trigger: string;
      eventId: string;
      waitedSince: string;
    }
  /** From now on these triggers' actions turn out so (`outcome` in words; '' = they succeed again). */
  | { type: 'outcomes.set'; outcomes: { trigger: string; outcome: string }[] }
  /** Time moved on to finish pending actions (`eventflow simulate`, scenarios). */
  | { type: 'actions.settled'; from: string; to: string; pending: number };

/** One run of a trigger's action, as the retry loop saw it. */
export interface AttemptRecord {
  /** 1-based, within its firing. */
  n: number;
  /** When it asked the rate limiter, when the limiter made it wait. */
  requestedAt?: string;
  /** When the action ran (RFC 3339). */
  at: string;
  /** When its result was known, when later than `at` (a timeout, label polls). */
  endedAt?: string;
  ok: boolean;
  error?: string;
  /** What the simulated cluster did, in words (the user's outcome), e.g. `answers status 503`. */
  outcome: string;
  /** What decided the result, e.g. a policy, or that the error goes unseen. */
  detail?: string;
  /** After a failure that is retried: the backoff's window for the next attempt (its start is taken). */
  retryWindow?: { from: string; to: string };
}

/** What a fired trigger would have done: rendered, never executed. */
export interface Firing {
  /** Unique within a run: pairs trace entries with firings after a worker round trip. */
  id: string;
  sensor: string;
  trigger: string;
  /** Trigger type key (`argoWorkflow`, `k8s`, `http`, `log`, …). */
  triggerType: string;
  /** Dependency name → event id bound in this firing. */
  events: Record<string, string>;
  /** The resource a k8s/argoWorkflow trigger would create or change, after parameters. */
  resource?: unknown;
  operation?: string;
  /** http/kafka/nats/… request: what would be sent. */
  request?: {
    method?: string;
    url?: string;
    headers?: Record<string, string>;
    body?: string;
    target?: string;
  };
  /** The lines a log trigger would print. */
  log?: string[];
  /** Types the simulator renders but cannot run (slack, email, …): true means "not executed". */
  notExecuted: boolean;
  /** Delivery options that change what happens in a real cluster. */
  notes: string[];
  /** The namespace the action runs in (k8s, argoWorkflow); '' when the design does not say. */
  namespace?: string;
  /** The command an argoWorkflow trigger runs (`argo -n NS submit …`). */
  command?: string[];
  /** RFC 3339: the virtual time its action ran (its first attempt, after any rate-limit wait). */
  time: string;
  /** When its conditions were met, when the action ran later (rate limit, a busy trigger). */
  triggeredAt?: string;
  /** How many times the action ran. */
  attempts: number;
  result: 'succeeded' | 'failed';
  /** The last attempt's error, when it failed. */
  error?: string;
  /** Every attempt, in order. */
  tries: AttemptRecord[];
  /** On a dead-letter firing: the trigger whose failure handed its events over. */
  dlqOf?: string;
  /** On a failed firing whose events went on to its dlqTrigger: that trigger's name. */
  handedTo?: string;
  /** False: fire-and-forget, the action runs in the background and its errors are never retried. */
  atLeastOnce: boolean;
}
