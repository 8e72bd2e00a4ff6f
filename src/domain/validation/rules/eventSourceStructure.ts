import { lookupEventSourceType } from '../../catalog/eventSourceTypes';
import { eventSourceTypes } from '../../graph/resourceParts';
import {
  diag,
  eventSources,
  isSet,
  missingRequired,
  obj,
  quote,
  specOf,
  text,
  type Rule,
} from '../ruleKit';
import type { Diagnostic } from '../diagnostic';

/**
 * EventSource rules (SEMANTICS §6.1): at least one event; event names unique across all types;
 * "recreate" and "rolling" types not mixed; each type's required fields; webhook ports numeric and
 * methods set (an empty method refuses every request).
 */
export const eventSourceStructure: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const es of eventSources(ctx)) {
    const spec = specOf(es);
    const types = eventSourceTypes(es.value);
    if (types.length === 0) {
      out.push(
        diag(
          ctx,
          es,
          'eventsource.no-events',
          'error',
          `EventSource ${quote(es.name)} defines no events; add a type such as webhook: {name: {...}}`,
          ['spec'],
        ),
      );
      continue;
    }
    const seen = new Map<string, string>();
    const strategies = new Map<string, string>();
    for (const type of types) {
      const info = lookupEventSourceType(type);
      if (!info) {
        out.push(
          diag(
            ctx,
            es,
            'eventsource.unknown-type',
            'warning',
            `${quote(type)} is not an EventSource type this version of Argo Events knows`,
            ['spec', type],
            'key',
          ),
        );
      } else {
        strategies.set(info.strategy, type);
      }
      for (const [name, raw] of Object.entries(obj(spec[type]) ?? {})) {
        const path = ['spec', type, name];
        const other = seen.get(name);
        if (other !== undefined) {
          out.push(
            diag(
              ctx,
              es,
              'eventsource.duplicate-event-name',
              'error',
              `event name ${quote(name)} is used under both ${other} and ${type}; event names must be unique within an EventSource`,
              path,
              'key',
            ),
          );
        }
        seen.set(name, type);
        if (!info) continue;
        const config = obj(raw);
        if (!config) {
          out.push(
            diag(
              ctx,
              es,
              'eventsource.invalid-event',
              'error',
              `event ${quote(name)} must be a mapping of ${info.label} settings`,
              path,
            ),
          );
          continue;
        }
        for (const field of missingRequired(config, info.required)) {
          out.push(
            diag(
              ctx,
              es,
              'eventsource.missing-field',
              'error',
              `${info.label} event ${quote(name)} needs ${field.split('|').join(' or ')}`,
              path,
              'key',
            ),
          );
        }
        const http =
          info.http === 'direct' ? config : info.http === 'nested' ? obj(config.webhook) : null;
        if (http) checkHttp(http, info.http === 'direct' ? path : [...path, 'webhook'], name);
      }
    }
    if (strategies.size > 1) {
      out.push(
        diag(
          ctx,
          es,
          'eventsource.mixed-strategies',
          'error',
          `${strategies.get('recreate')} and ${strategies.get('rolling')} cannot share one EventSource (their pods roll out differently); split them into two EventSources`,
          ['spec'],
        ),
      );
    }

    function checkHttp(
      http: Record<string, unknown>,
      path: (string | number)[],
      name: string,
    ): void {
      if (isSet(http.port) && !/^\d+$/.test(String(http.port))) {
        out.push(
          diag(
            ctx,
            es,
            'eventsource.webhook.invalid-port',
            'error',
            `port must be a number written as a string, e.g. "12000" (got ${JSON.stringify(http.port)})`,
            [...path, 'port'],
          ),
        );
      }
      if (isSet(http.endpoint) && !text(http.endpoint).startsWith('/')) {
        out.push(
          diag(
            ctx,
            es,
            'eventsource.webhook.invalid-endpoint',
            'warning',
            `endpoint ${quote(text(http.endpoint))} should start with /`,
            [...path, 'endpoint'],
          ),
        );
      }
      if ((isSet(http.port) || isSet(http.endpoint)) && !isSet(http.method)) {
        out.push(
          diag(
            ctx,
            es,
            'eventsource.webhook.missing-method',
            'warning',
            `event ${quote(name)} has no method; every request is then refused ("http method does not match"). Set method: POST`,
            path,
            'key',
          ),
        );
      }
    }
  }
  return out;
};
