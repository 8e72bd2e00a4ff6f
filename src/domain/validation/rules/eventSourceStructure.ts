import { lookupEventSourceType } from '../../catalog/eventSourceTypes';
import { eventSourceTypes } from '../../graph/resourceParts';
import { diag, eventSources, obj, quote, specOf, type Rule } from '../ruleKit';
import type { Diagnostic } from '../diagnostic';
import { FieldCheck } from '../fieldCheck';
import { EVENT_RULES } from './eventSources/eventRules';

/**
 * EventSource rules (pkg/reconciler/eventsource/validate.go): event names unique across all types,
 * "recreate" and "rolling" types not mixed, and each event's own rules (`eventSources/`). An
 * EventSource without events is accepted upstream but does nothing: a warning.
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
          'warning',
          `EventSource ${quote(es.name)} defines no events, so it does nothing; add a type such as webhook: {name: {...}}`,
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
        const check = new FieldCheck(
          'eventsource',
          type,
          `${info.label} event ${quote(name)}`,
          name,
          config,
        );
        EVENT_RULES[info.type]?.(check);
        for (const f of check.findings)
          out.push(diag(ctx, es, f.code, f.severity, f.message, [...path, ...f.path], f.target));
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
  }
  return out;
};
