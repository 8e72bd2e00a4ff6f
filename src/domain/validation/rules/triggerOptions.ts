import { triggerTypeOf } from '../../graph/resourceParts';
import { diag, obj, present, quote, sensors, text, triggerTree, type Rule } from '../ruleKit';
import type { Diagnostic, ValuePath } from '../diagnostic';

const RATE_UNITS = ['', 'Second', 'Minute', 'Hour'];

/**
 * Delivery options of each trigger and dlqTrigger:
 * - pkg/reconciler/sensor/validate.go validateDlqTrigger: a dlqTrigger needs atLeastOnce on the
 *   trigger and on the dlqTrigger;
 * - validateTriggerPolicy: for k8s and argoWorkflow triggers a `policy.k8s` block needs `labels`,
 *   for http and awsLambda triggers a `policy.status` block needs `allow` (either block may be
 *   absent, and `allow: []` is accepted); a block the trigger type never applies is a warning;
 * - pkg/sensors/listener.go initRateLimiter: `requestsPerUnit` 0 divides by zero when the sensor
 *   starts; a negative rate limits nothing; an unknown unit is read as Second;
 * - a retryStrategy without atLeastOnce never retries (the action is fired and forgotten), and a
 *   dlqTrigger's own dlqTrigger never runs (listener.go actionFunc falls back one level).
 */
export const triggerOptions: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const s of sensors(ctx)) {
    for (const { trigger, template, path, name, parent } of triggerTree(s)) {
      const at = (...p: (string | number)[]): ValuePath => [...path, ...p];
      const dlq = obj(trigger.dlqTrigger);
      if (dlq && parent)
        out.push(
          diag(
            ctx,
            s,
            'sensor.trigger.dlq-never-runs',
            'warning',
            `a dlqTrigger of a dlqTrigger never runs: the sensor falls back one level only (listener.go actionFunc)`,
            at('dlqTrigger'),
            'key',
          ),
        );
      if (dlq && (trigger.atLeastOnce !== true || dlq.atLeastOnce !== true)) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.trigger.dlq-needs-at-least-once',
            'error',
            trigger.atLeastOnce !== true
              ? `trigger ${quote(name)} has a dlqTrigger, which needs atLeastOnce: true on the trigger (and on the dlqTrigger)`
              : `the dlqTrigger of ${quote(name)} needs atLeastOnce: true as well`,
            at('dlqTrigger'),
          ),
        );
      }
      const policy = obj(trigger.policy);
      if (policy) checkPolicy(policy);
      const rate = obj(trigger.rateLimit);
      if (rate) checkRateLimit(rate);
      if (obj(trigger.retryStrategy) && trigger.atLeastOnce !== true) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.trigger.retry-without-at-least-once',
            'warning',
            `retryStrategy on ${quote(name)} has no effect without atLeastOnce: true (the default fires and forgets, so a failure is never seen)`,
            at('retryStrategy'),
          ),
        );
      }

      function checkPolicy(policy: Record<string, unknown>): void {
        // validateTriggerPolicy looks at the types in this order and checks the first it finds.
        const type = ['k8s', 'argoWorkflow', 'http', 'awsLambda'].find((k) => present(template[k]));
        const k8s = obj(policy.k8s);
        const status = obj(policy.status);
        const labelsType = type === 'k8s' || type === 'argoWorkflow';
        const statusType = type === 'http' || type === 'awsLambda';
        if (labelsType && k8s && !present(k8s.labels))
          out.push(
            diag(
              ctx,
              s,
              'sensor.trigger.policy-incomplete',
              'error',
              `policy.k8s needs labels (the labels to wait for on the ${type === 'k8s' ? 'object' : 'Workflow'})`,
              at('policy', 'k8s'),
              'key',
            ),
          );
        if (statusType && status && !present(status.allow))
          out.push(
            diag(
              ctx,
              s,
              'sensor.trigger.policy-incomplete',
              'error',
              'policy.status needs allow (the response codes that count as success)',
              at('policy', 'status'),
              'key',
            ),
          );
        const runs = triggerTypeOf(trigger) ?? 'this';
        // The controller checks status only on http and awsLambda, but openWhisk's ApplyPolicy
        // applies it too (pkg/sensors/triggers/apache-openwhisk/apache-openwhisk.go).
        const statusApplies = statusType || runs === 'openWhisk';
        for (const [block, applies, what] of [
          ['k8s', labelsType, 'k8s and argoWorkflow'],
          ['status', statusApplies, 'http, awsLambda and openWhisk'],
        ] as const) {
          if (obj(policy[block]) && !applies)
            out.push(
              diag(
                ctx,
                s,
                'sensor.trigger.policy-ignored',
                'warning',
                `policy.${block} only applies to ${what} triggers; ${/^[aeiou]/i.test(runs) ? 'an' : 'a'} ${runs} trigger ignores it`,
                at('policy', block),
                'key',
              ),
            );
        }
      }

      function checkRateLimit(rate: Record<string, unknown>): void {
        const n = rate.requestsPerUnit;
        if (n === undefined || n === 0)
          out.push(
            diag(
              ctx,
              s,
              'sensor.trigger.rate-limit-zero',
              'error',
              `rateLimit on ${quote(name)} needs requestsPerUnit of at least 1: the sensor divides by it when it starts, and crashes on 0`,
              n === undefined ? at('rateLimit') : at('rateLimit', 'requestsPerUnit'),
              n === undefined ? 'key' : 'value',
            ),
          );
        else if (typeof n === 'number' && n < 0)
          out.push(
            diag(
              ctx,
              s,
              'sensor.trigger.rate-limit-ignored',
              'warning',
              `requestsPerUnit ${n} limits nothing (a negative rate lets every request through)`,
              at('rateLimit', 'requestsPerUnit'),
            ),
          );
        if (present(rate.unit) && !RATE_UNITS.includes(text(rate.unit)))
          out.push(
            diag(
              ctx,
              s,
              'sensor.trigger.rate-limit-ignored',
              'warning',
              `rateLimit unit ${JSON.stringify(rate.unit)} is not Second, Minute or Hour, so the sensor counts per Second`,
              at('rateLimit', 'unit'),
            ),
          );
      }
    }
  }
  return out;
};
