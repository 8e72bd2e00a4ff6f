import fc from 'fast-check';
import { describe, it } from 'vitest';
import { EVENT_SOURCE_TYPES } from '../../domain/catalog/eventSourceTypes';
import { fuzzOptions, jsonValue } from '../../test/fuzz';
import { buildEvent } from './buildEvent';
import { samplesFor } from './samples';

const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  jsonValue.map((v) => JSON.stringify(v)),
  fc.constantFrom(
    'Action=Publish&Message=%7B%7D',
    'payload=%7B%22a%22%3A1%7D',
    'a[b]=1&a[]=2',
    '%zz',
    '{"Type":"Notification"}',
  ),
);

describe('buildEvent (property tests)', () => {
  it('never throws, whatever the type, configuration and payload', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EVENT_SOURCE_TYPES),
        jsonValue,
        text,
        fc.dictionary(
          fc.constantFrom('Content-Type', 'X-Event-Key', 'Authorization', 'x-github-event'),
          fc.string({ maxLength: 40 }),
        ),
        jsonValue,
        (type, config, body, headers, fields) => {
          buildEvent({
            eventSourceName: 's',
            sourceType: type,
            eventName: 'e',
            eventConfig: config,
            payload: { body, headers, method: 'POST', fields: fields as Record<string, unknown> },
            id: 'i',
            nowMs: 0,
          });
          samplesFor(type, config);
        },
      ),
      fuzzOptions(6000),
    );
  });
});
