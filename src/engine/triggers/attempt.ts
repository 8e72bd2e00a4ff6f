import { isPlainObject } from '../../lib/deepEqual';
import { formatSpan } from '../simulate/instant';
import type { ActionOutcome } from '../../domain/scenario/actionOutcome';
import { afterFailure, convertBackoff, DEFAULT_BACKOFF, type WaitBackoff } from './backoff';

/** Types whose Execute returns a response with a status code that policy.status reads. */
const RESPONSE_TYPES = new Set(['http', 'openWhisk', 'awsLambda']);
/** Types whose ApplyPolicy polls the created object's labels (policy.k8s). */
const LABEL_TYPES = new Set(['k8s', 'argoWorkflow']);

export interface AttemptInput {
  type: string;
  /** The trigger (template, policy): its policy decides what a response means. */
  triggerValue: Record<string, unknown>;
  operation?: string;
  request?: { method?: string; url?: string };
  outcome: ActionOutcome;
  timeoutMs: number;
  /** The attempt fails before any call (see RenderedTrigger.execError). */
  execError?: string;
}

export interface AttemptResult {
  ok: boolean;
  error?: string;
  /** From the call to its result: a timeout's wait, the label polls. */
  durationMs: number;
  detail?: string;
}

/**
 * One attempt after the trigger is rendered (pkg/sensors/listener.go triggerOne): Execute turns out
 * as the user's outcome says (its error wrapped as `failed to execute trigger, …`), then the type's
 * ApplyPolicy: policy.status for responses (pkg/sensors/policy/status.go), policy.k8s label polls
 * with their own backoff (pkg/sensors/policy/resource-labels.go) that fail only with
 * errorOnBackoffTimeout (standard-k8s.go, argo-workflow.go ApplyPolicy).
 */
export function simulateAttempt(a: AttemptInput): AttemptResult {
  if (a.execError) return { ok: false, error: a.execError, durationMs: 0 };
  const o = a.outcome;
  const responds = RESPONSE_TYPES.has(a.type);
  let status = 200;
  switch (o.kind) {
    case 'error':
      return {
        ok: false,
        error: `failed to execute trigger, ${o.message ?? defaultError(a)}`,
        durationMs: 0,
      };
    case 'timeout': {
      const ms = o.afterMs ?? a.timeoutMs;
      return {
        ok: false,
        error: `failed to execute trigger, ${
          a.type === 'http'
            ? `${urlOp(a.request?.method)} "${a.request?.url ?? ''}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`
            : `context deadline exceeded (no answer after ${formatSpan(ms)})`
        }`,
        durationMs: ms,
      };
    }
    case 'status':
      if (!responds && o.code >= 400)
        return {
          ok: false,
          error: `failed to execute trigger, the server answered status ${o.code}`,
          durationMs: 0,
        };
      status = o.code;
      break;
    default:
      break;
  }
  const policy = isPlainObject(a.triggerValue.policy) ? a.triggerValue.policy : {};
  if (responds) return statusPolicy(policy, status, o.kind === 'status');
  if (LABEL_TYPES.has(a.type)) return labelsPolicy(policy, a.operation, o);
  return o.kind === 'labels'
    ? { ok: true, durationMs: 0, detail: `a ${a.type} trigger has no label policy` }
    : { ok: true, durationMs: 0 };
}

function statusPolicy(
  policy: Record<string, unknown>,
  status: number,
  said: boolean,
): AttemptResult {
  const allow = isPlainObject(policy.status) ? policy.status.allow : undefined;
  if (!Array.isArray(allow))
    return {
      ok: true,
      durationMs: 0,
      ...(said && status >= 300
        ? {
            detail: `no policy.status.allow: the sensor takes any response, ${status} included, as success`,
          }
        : {}),
    };
  const codes = allow.map(Number);
  if (codes.includes(status))
    return {
      ok: true,
      durationMs: 0,
      detail: `status ${status} is in policy.status.allow [${codes.join(', ')}]`,
    };
  return {
    ok: false,
    error: `policy application resulted in failure. http response status ${status} is not allowed`,
    durationMs: 0,
    detail: `status ${status} is not in policy.status.allow [${codes.join(', ')}]`,
  };
}

function labelsPolicy(
  policy: Record<string, unknown>,
  operation: string | undefined,
  o: ActionOutcome,
): AttemptResult {
  const k8s = isPlainObject(policy.k8s) ? policy.k8s : null;
  if (!k8s || !isPlainObject(k8s.labels))
    return o.kind === 'labels'
      ? {
          ok: true,
          durationMs: 0,
          detail: 'no policy.k8s labels: the sensor does not wait for labels',
        }
      : { ok: true, durationMs: 0 };
  // A delete returns no object, and ApplyPolicy cannot read labels from nothing.
  if (operation === 'delete')
    return { ok: false, error: 'failed to interpret the trigger resource', durationMs: 0 };
  let b: WaitBackoff = DEFAULT_BACKOFF;
  if (k8s.backoff !== undefined && k8s.backoff !== null) {
    const c = convertBackoff(k8s.backoff);
    if (!c.ok) return { ok: false, error: c.error, durationMs: 0 };
    b = c.backoff;
  }
  const matchOn = o.kind === 'labels' ? o.matchOnPoll : 1;
  let elapsedMs = 0;
  for (let poll = 1; ; poll++) {
    if (matchOn === poll)
      return {
        ok: true,
        durationMs: elapsedMs,
        detail: `the labels matched at poll ${poll}${elapsedMs ? `, after ${formatSpan(elapsedMs)}` : ''}`,
      };
    const next = afterFailure(b);
    if (next.kind !== 'retry') {
      if (next.kind === 'exhausted-after-wait') elapsedMs += next.wait.waitNs / 1e6;
      const polls = `the labels did not match in ${poll} poll(s) over ${formatSpan(elapsedMs)}`;
      return k8s.errorOnBackoffTimeout === true
        ? {
            ok: false,
            error:
              'failed to determine status of the triggered resource. setting trigger state as failed',
            durationMs: elapsedMs,
            detail: `${polls}, and errorOnBackoffTimeout is set`,
          }
        : {
            ok: true,
            durationMs: elapsedMs,
            detail: `${polls}; errorOnBackoffTimeout is not set, so the trigger counts as succeeded`,
          };
    }
    elapsedMs += next.wait.waitNs / 1e6;
    b = next.wait.next;
  }
}

/** net/http's url.Error Op: the method with only its first letter upper case ("Post"). */
function urlOp(method: string | undefined): string {
  const m = method || 'POST';
  return m.slice(0, 1).toUpperCase() + m.slice(1).toLowerCase();
}

function defaultError(a: AttemptInput): string {
  if (a.type === 'http')
    return `${urlOp(a.request?.method)} "${a.request?.url ?? ''}": dial tcp: connect: connection refused`;
  return 'the call failed (simulated error)';
}
