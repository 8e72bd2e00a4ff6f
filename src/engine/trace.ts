/**
 * The simulation trace: everything the engine decided, as data (DESIGN.md §4.5). It is what the
 * "why did / didn't it fire?" view renders, and what `eventflow simulate --format json` prints.
 * Plain JSON only, so it crosses the worker boundary unchanged.
 */

export type FilterFamily = 'exprs' | 'data' | 'context' | 'time' | 'script';

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

export interface DependencyEvaluation {
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
    }
  | { type: 'conditions.reset'; sensor: string; trigger: string; dropped: string[]; at: string };

/** What a fired trigger would have done: rendered, never executed. */
export interface Firing {
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
}
