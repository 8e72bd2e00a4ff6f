import { describe, expect, it } from 'vitest';
import { listManifests, parseDesign } from '../../domain/design/design';
import { compileSimDesign } from '../simulate/simDesign';
import { initialSimState } from '../simulate/simState';
import { step } from '../simulate/step';
import { samplePayload } from './samples';

const designOf = (sources: string) =>
  compileSimDesign(
    listManifests(
      parseDesign([
        {
          path: 'd.yaml',
          text: `apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata: {name: src}\nspec:\n${sources}---\napiVersion: argoproj.io/v1alpha1\nkind: Sensor\nmetadata: {name: s}\nspec:\n  dependencies:\n    - {name: d, eventSourceName: src, eventName: ev}\n  triggers:\n    - template:\n        name: t\n        log: {}\n`,
        },
      ]),
    ).map((m) => ({ kind: m.kind, value: m.value })),
  );
const T0 = Date.UTC(2026, 0, 1, 9, 0, 0);

// The simulator's step as an EventSource pod runs it (pkg/eventsources/eventing.go run + each start.go).
describe('EventSources in the simulation step', () => {
  it('a filter.expression that is false gives an event.filtered trace and no firing', () => {
    const design = designOf(
      '  webhook:\n    ev: {port: "12000", endpoint: /o, method: POST, filter: {expression: "body.amount > 100"}}\n',
    );
    const send = (amount: number) =>
      step(design, initialSimState(T0), {
        type: 'event',
        source: 'src',
        eventName: 'ev',
        payload: {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ amount }),
        },
      });
    expect(send(150).firings).toHaveLength(1);
    const r = send(5);
    expect(r.firings).toHaveLength(0);
    expect(r.trace).toEqual([
      {
        type: 'event.filtered',
        source: 'src',
        subject: 'ev',
        reason: 'the filter expression "body.amount > 100" is false',
        expression: 'body.amount > 100',
        data: '{"header":{"Content-Type":["application/json"]},"body":{"amount":5}}',
      },
    ]);
  });

  it('a calendar with @every never starts: three hours pass and nothing fires', () => {
    const design = designOf('  calendar:\n    ev: {schedule: "@every 1h"}\n');
    const r = step(design, initialSimState(T0), { type: 'advance', ms: 3 * 3_600_000 });
    expect(r.firings).toHaveLength(0);
    const rejected = r.trace.find((t) => t.type === 'event.rejected');
    expect(rejected?.type === 'event.rejected' && rejected.reason).toContain(
      'parser does not accept descriptors',
    );
  });

  it('a calendar interval counts from the simulation start and stamps Go time strings with m=', () => {
    const design = designOf('  calendar:\n    ev: {interval: 90m}\n');
    const start = T0 + 17_000;
    const r = step(design, initialSimState(start), { type: 'advance', ms: 3 * 3_600_000 });
    const times = r.trace.flatMap((t) =>
      t.type === 'event.received' ? [JSON.parse(t.data ?? '{}').eventTime] : [],
    );
    expect(times).toEqual([
      '2026-01-01 10:30:17 +0000 UTC m=+5400.000000000',
      '2026-01-01 12:00:17 +0000 UTC m=+10800.000000000',
    ]);
  });

  it('Bitbucket Server with oneEventPerChange delivers one event per change, each with its own id', () => {
    const design = designOf(
      '  bitbucketserver:\n    ev:\n      bitbucketserverBaseURL: https://b/rest\n      webhook: {endpoint: /b, port: "12000", method: POST}\n      oneEventPerChange: true\n',
    );
    const r = step(design, initialSimState(T0), {
      type: 'event',
      source: 'src',
      eventName: 'ev',
      payload: samplePayload('bitbucketserver', {}, 'repo:refs_changed')!.payload,
    });
    expect(r.firings).toHaveLength(2);
    const ids = r.trace.flatMap((t) => (t.type === 'event.received' ? [t.eventId] : []));
    expect(new Set(ids).size).toBe(2);
  });

  it('the webhook notes what it cannot check (authSecret token) on the received event', () => {
    const design = designOf(
      '  webhook:\n    ev: {port: "12000", endpoint: /o, method: POST, authSecret: {name: t, key: k}}\n',
    );
    const r = step(design, initialSimState(T0), {
      type: 'event',
      source: 'src',
      eventName: 'ev',
      payload: { method: 'POST', headers: { Authorization: 'Bearer x' }, body: '{}' },
    });
    const received = r.trace.find((t) => t.type === 'event.received');
    expect(received?.type === 'event.received' && received.notes?.[0]).toMatch(/authSecret/);
    expect(received?.type === 'event.received' && received.data).toContain(
      '*** Masked Auth Secret ***',
    );
  });
});
