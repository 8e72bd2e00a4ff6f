import { triggerTypeOf } from '../../graph/resourceParts';
import { diag, isSet, obj, list, quote, sensors, text, triggersOf, type Rule } from '../ruleKit';
import type { Diagnostic, ValuePath } from '../diagnostic';

/**
 * Delivery options (SEMANTICS §5, §6.4): a dlqTrigger needs atLeastOnce on both triggers; a policy
 * needs k8s.labels (k8s, argoWorkflow) or status.allow (http, awsLambda). Also warns where an option
 * does nothing: retryStrategy without atLeastOnce never retries.
 */
export const triggerOptions: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const s of sensors(ctx)) {
    for (const { trigger, template, i } of triggersOf(s)) {
      const base: ValuePath = ['spec', 'triggers', i];
      const name = text(template.name) || `#${i + 1}`;
      const dlq = obj(trigger.dlqTrigger);
      if (dlq && (trigger.atLeastOnce !== true || dlq.atLeastOnce !== true)) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.trigger.dlq-needs-at-least-once',
            'error',
            `trigger ${quote(name)} has a dlqTrigger, which needs atLeastOnce: true on both the trigger and the dlqTrigger`,
            [...base, 'dlqTrigger'],
          ),
        );
      }
      const policy = obj(trigger.policy);
      const type = triggerTypeOf(trigger);
      if (
        policy &&
        (type === 'k8s' || type === 'argoWorkflow') &&
        !isSet(obj(policy.k8s)?.labels)
      ) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.trigger.policy-incomplete',
            'error',
            `a ${type} trigger policy needs k8s.labels (the labels to wait for)`,
            [...base, 'policy'],
          ),
        );
      }
      if (
        policy &&
        (type === 'http' || type === 'awsLambda') &&
        list(obj(policy.status)?.allow).length === 0
      ) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.trigger.policy-incomplete',
            'error',
            `an ${type} trigger policy needs status.allow (the response codes that count as success)`,
            [...base, 'policy'],
          ),
        );
      }
      if (obj(trigger.retryStrategy) && trigger.atLeastOnce !== true) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.trigger.retry-without-at-least-once',
            'info',
            `retryStrategy on ${quote(name)} has no effect without atLeastOnce: true (the default fires and forgets)`,
            [...base, 'retryStrategy'],
          ),
        );
      }
    }
  }
  return out;
};
