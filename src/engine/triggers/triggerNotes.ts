import { isPlainObject } from '../../lib/deepEqual';

const STATUS_TYPES = new Set(['http', 'openWhisk', 'awsLambda']);
const LABEL_TYPES = new Set(['k8s', 'argoWorkflow']);

/** What the trigger's delivery options mean in a real cluster, one sentence each. */
export function triggerNotes(trigger: Record<string, unknown>, types: string[]): string[] {
  const notes: string[] = [];
  const type = types[0] ?? '';
  if (types.length > 1) notes.push(`the template sets ${types.join(', ')}; only ${type} runs`);
  const atLeastOnce = trigger.atLeastOnce === true;
  const retry = trigger.retryStrategy;
  if (isPlainObject(retry)) {
    const steps = typeof retry.steps === 'number' && retry.steps > 0 ? retry.steps : 5;
    notes.push(
      atLeastOnce
        ? `retryStrategy: up to ${steps} attempt(s)`
        : 'retryStrategy has no effect without atLeastOnce: true (the action runs in the background and its errors are never retried)',
    );
  }
  if (isPlainObject(trigger.rateLimit))
    notes.push(
      `rate limited to ${String(trigger.rateLimit.requestsPerUnit ?? '?')} per ${String(trigger.rateLimit.unit ?? 'Second')}: extra firings wait their turn (a leaky bucket that banks up to 10 unused turns), they are not dropped`,
    );
  const policy = isPlainObject(trigger.policy) ? trigger.policy : null;
  if (policy && isPlainObject(policy.status) && !STATUS_TYPES.has(type))
    notes.push(`policy.status is ignored: only http, openWhisk and awsLambda triggers read it`);
  if (policy && isPlainObject(policy.k8s) && !LABEL_TYPES.has(type))
    notes.push(`policy.k8s is ignored: only k8s and argoWorkflow triggers read it`);
  const template = isPlainObject(trigger.template) ? trigger.template : {};
  const log = isPlainObject(template.log) ? template.log : null;
  if (type === 'log' && log && typeof log.intervalSeconds === 'number' && log.intervalSeconds > 0)
    notes.push(
      'intervalSeconds has no effect: the sensor makes a new log trigger for every firing (pkg/sensors/trigger.go GetTrigger), so its last log time is always zero',
    );
  if (isPlainObject(trigger.dlqTrigger)) {
    const dlqName = isPlainObject(trigger.dlqTrigger.template)
      ? String(trigger.dlqTrigger.template.name ?? '')
      : '';
    notes.push(
      atLeastOnce
        ? `the dlqTrigger ${dlqName} runs with the same events if every attempt fails`
        : `the dlqTrigger ${dlqName} never runs without atLeastOnce: true (the sensor never sees the action fail)`,
    );
  }
  notes.push(
    atLeastOnce
      ? 'atLeastOnce: the action runs inside the retry loop and the bus message is acknowledged when it ends (even after a failure); the trigger takes no other event meanwhile'
      : 'at most once: the message is acknowledged before the action runs',
  );
  return notes;
}
