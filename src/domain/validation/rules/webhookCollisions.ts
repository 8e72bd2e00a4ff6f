import { lookupEventSourceType } from '../../catalog/eventSourceTypes';
import { eventSourceTypes } from '../../graph/resourceParts';
import { diag, eventSources, isSet, obj, quote, specOf, text, type Rule } from '../ruleKit';
import type { Diagnostic } from '../diagnostic';

/**
 * Two HTTP events of one EventSource cannot listen on the same port and endpoint: they share one pod
 * and one HTTP server, so the second route is ambiguous. (Different EventSources run separate pods.)
 */
export const webhookCollisions: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const es of eventSources(ctx)) {
    const spec = specOf(es);
    const routes = new Map<string, string>();
    for (const type of eventSourceTypes(es.value)) {
      const info = lookupEventSourceType(type);
      if (!info || info.http === 'none') continue;
      for (const [name, raw] of Object.entries(obj(spec[type]) ?? {})) {
        const config = obj(raw);
        const http = info.http === 'direct' ? config : obj(config?.webhook);
        if (!http || !isSet(http.port) || !isSet(http.endpoint)) continue;
        const route = `${String(http.port)} ${text(http.endpoint)}`;
        const other = routes.get(route);
        const path =
          info.http === 'direct'
            ? ['spec', type, name, 'endpoint']
            : ['spec', type, name, 'webhook', 'endpoint'];
        if (other) {
          out.push(
            diag(
              ctx,
              es,
              'eventsource.webhook.route-collision',
              'warning',
              `event ${quote(name)} listens on port ${String(http.port)} ${text(http.endpoint)}, like event ${quote(other)}: requests there all go to ${quote(other)}, so ${quote(name)} never gets one; give each event its own endpoint`,
              path,
            ),
          );
        } else {
          routes.set(route, name);
        }
      }
    }
  }
  return out;
};
