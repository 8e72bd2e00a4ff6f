import { describe, expect, it } from 'vitest';
import { EVENT_SOURCE_TYPES } from '../../../catalog/eventSourceTypes';
import { validateText } from '../../validate';
import { EVENT_RULES } from './eventRules';
import { eventFindings, eventSourceText, HOOK } from '../../../../test/eventSourceCases';

const findings = eventFindings;
const source = eventSourceText;
const hook = HOOK;

describe('per-type EventSource rules (pkg/eventsources/sources/*/validate.go)', () => {
  it('has a rule for each of the 32 types', () => {
    expect(Object.keys(EVENT_RULES).sort()).toEqual([...EVENT_SOURCE_TYPES].sort());
  });

  it('reports at the offending field', () => {
    const text = source('github', { organizations: ['o'], contentType: 'xml', webhook: hook });
    const d = validateText('es.yaml', text).find((x) => x.code === 'eventsource.invalid-value');
    expect(d).toMatchObject({ path: ['spec', 'github', 'ev', 'contentType'], range: { line: 6 } });
    expect(d?.message).toBe('contentType must be "json" or "form" (got "xml")');
  });

  it('warns where the controller accepts what cannot work', () => {
    // calendar: robfig finds no time for 30 February; a zero interval would fire without pause.
    expect(findings('calendar', { schedule: '0 0 30 2 *' })).toEqual([
      'warning eventsource.calendar.never-fires',
    ]);
    expect(findings('calendar', { interval: '0s' })).toEqual([
      'warning eventsource.calendar.never-fires',
    ]);
    // recurrence.go ParseExclusionDates only reads values that start with EXDATE:.
    expect(findings('calendar', { interval: '1h', exclusionDates: ['20261224T000000Z'] })).toEqual([
      'warning eventsource.calendar.exclusion-ignored',
    ]);
    expect(findings('webhook', { ...hook, endpoint: 'x', method: 'POST' })).toEqual([
      'warning eventsource.webhook.invalid-endpoint',
    ]);
    expect(findings('webhook', hook)).toEqual(['warning eventsource.webhook.missing-method']);
  });

  it('needs no method on sources other than webhook (only webhook/start.go compares it)', () => {
    expect(findings('github', { organizations: ['o'], webhook: hook })).toEqual([]);
  });

  it('reads null as not set (what kubectl get -o yaml writes)', () => {
    expect(
      findings('sqs', { region: 'us-east-1', queue: 'q', waitTimeSeconds: null, endpoint: null }),
    ).toEqual([]);
    expect(
      findings('kafka', { url: 'k', topic: 't', partition: '0', tls: null, sasl: null }),
    ).toEqual([]);
  });
});
