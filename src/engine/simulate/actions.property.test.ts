import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzOptions, jsonValue } from '../../test/fuzz';
import { NS, send, T0 } from '../../test/simulation';
import type { ActionOutcome } from '../../domain/scenario/actionOutcome';
import { compileSimDesign } from './simDesign';
import { initialSimState } from './simState';
import { step } from './step';

const outcome: fc.Arbitrary<ActionOutcome> = fc.oneof(
  fc.constant<ActionOutcome>({ kind: 'success' }),
  fc.constant<ActionOutcome>({ kind: 'error' }),
  fc.constant<ActionOutcome>({ kind: 'timeout' }),
  fc.integer({ min: 100, max: 599 }).map((code): ActionOutcome => ({ kind: 'status', code })),
  fc
    .option(fc.integer({ min: 1, max: 6 }), { nil: null })
    .map((matchOnPoll): ActionOutcome => ({ kind: 'labels', matchOnPoll })),
);

/** Trigger options of any shape, the real ones near the top so runs reach the retry loop. */
const option = (good: fc.Arbitrary<unknown>) => fc.oneof({ weight: 3, arbitrary: good }, jsonValue);
const backoff = fc.record(
  {
    steps: fc.integer({ min: -1, max: 6 }),
    duration: fc.oneof(
      fc.constantFrom('1s', '250ms', '0', '10', '1d'),
      fc.integer({ min: 0, max: 3e9 }),
    ),
    factor: fc.oneof(fc.double({ min: 0, max: 3, noNaN: true }), fc.constant('2')),
    jitter: fc.double({ min: -1, max: 2, noNaN: true }),
  },
  { requiredKeys: [] },
);

describe('trigger actions never throw and always end', () => {
  it('any retryStrategy, rateLimit, policy, dlqTrigger and outcomes: step returns, settle empties the queue', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            atLeastOnce: option(fc.boolean()),
            retryStrategy: option(backoff),
            rateLimit: option(
              fc.record({
                unit: fc.constantFrom('Second', 'Minute', 'Hour', 'Day'),
                requestsPerUnit: fc.integer({ min: -2, max: 5 }),
              }),
            ),
            policy: option(
              fc.record(
                {
                  status: fc.record({
                    allow: fc.array(fc.integer({ min: 100, max: 599 }), { maxLength: 3 }),
                  }),
                  k8s: fc.record({
                    labels: fc.constant({ done: 'true' }),
                    backoff,
                    errorOnBackoffTimeout: fc.boolean(),
                  }),
                },
                { requiredKeys: [] },
              ),
            ),
            dlqTrigger: option(
              fc.record({
                template: fc.constant({ name: 'dlq', log: {} }),
                atLeastOnce: fc.boolean(),
                retryStrategy: backoff,
              }),
            ),
          },
          { requiredKeys: [] },
        ),
        fc.constantFrom(
          { http: { url: 'http://x', timeout: 2 } },
          { log: {} },
          {
            k8s: {
              operation: 'create',
              source: { resource: { kind: 'ConfigMap', metadata: { name: 'c' } } },
            },
          },
          {
            argoWorkflow: {
              operation: 'resume',
              source: { resource: { kind: 'Workflow', metadata: { generateName: 'w-' } } },
            },
          },
        ),
        fc.array(outcome, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 4 }),
        (options, type, outcomes, events) => {
          const design = compileSimDesign([
            {
              kind: 'Sensor',
              value: {
                metadata: { name: 's', namespace: NS },
                spec: {
                  dependencies: [{ name: 'a', eventSourceName: 'hooks', eventName: 'a' }],
                  triggers: [{ ...options, template: { name: 't', ...type } }],
                },
              },
            },
          ]);
          let state = step(design, initialSimState(T0), {
            type: 'set-outcomes',
            outcomes: [
              { trigger: 's/t', outcomes },
              { trigger: 's/dlq', outcomes },
            ],
          }).state;
          for (let i = 0; i < events; i++) state = step(design, state, send('a')).state;
          const settled = step(design, state, { type: 'settle' });
          expect(settled.state.actions).toEqual([]);
          expect(settled.state.inbox).toEqual([]);
          JSON.stringify(settled);
        },
      ),
      fuzzOptions(6000),
    );
  });
});
