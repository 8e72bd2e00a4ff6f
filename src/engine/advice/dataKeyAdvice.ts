import { listManifests, type ParsedDesignFile } from '../../domain/design/design';
import { compareDiagnostics, type Diagnostic } from '../../domain/validation/diagnostic';
import { diag, obj, quote, type RuleContext } from '../../domain/validation/ruleKit';
import { gjsonGet } from '../json/gjson';
import { closestPath, listPayloadPaths } from '../json/payloadPaths';
import { buildEvent } from '../sources/buildEvent';
import { samplePayload } from '../sources/samples';

/** Paths using gjson queries, modifiers or wildcards cannot be checked against one sample. */
const NOT_PLAIN = /[#*?@|]/;

/**
 * Sources whose `body` is whatever the sender chose: only the envelope around it (`body`, `header`,
 * `key`…) can be checked, not the fields inside.
 */
const FREE_FORM_BODY = new Set([
  'webhook',
  'kafka',
  'nats',
  'amqp',
  'mqtt',
  'redis',
  'redisStream',
  'pulsar',
  'nsq',
  'emitter',
  'pubSub',
  'azureEventsHub',
  'azureQueueStorage',
  'azureServiceBus',
  'sqs',
  'generic',
  'mns',
]);

/**
 * "Wrong dataKey path", the module's most common mistake: a parameter's dataKey that the event of
 * its dependency's EventSource type does not have (checked on that type's sample payload). Suggests
 * the closest path that exists, and a log trigger to see real events.
 */
export function dataKeyAdvice(files: readonly ParsedDesignFile[]): Diagnostic[] {
  const ctx: RuleContext = { files, manifests: listManifests(files) };
  const out: Diagnostic[] = [];
  const sampleCache = new Map<string, { json: string; paths: string[]; type: string } | null>();
  const sampleFor = (ns: string | null, source: string, event: string) => {
    const key = `${ns ?? ''}/${source}/${event}`;
    if (!sampleCache.has(key)) {
      const es = ctx.manifests.find(
        (m) => m.kind === 'EventSource' && m.name === source && m.namespace === ns,
      );
      const spec = obj(es?.value.spec) ?? {};
      const type = Object.keys(spec).find((t) => obj(spec[t])?.[event] !== undefined);
      const config = type ? obj(spec[type])?.[event] : undefined;
      const sample = type ? samplePayload(type, config) : undefined;
      const built =
        sample && type
          ? buildEvent({
              eventSourceName: source,
              sourceType: type,
              eventName: event,
              eventConfig: config,
              payload: sample.payload,
              id: 'sample',
              nowMs: 0,
            })
          : null;
      let value: unknown;
      try {
        value = built?.ok && built.event.data ? JSON.parse(built.event.data) : null;
      } catch {
        value = null;
      }
      sampleCache.set(
        key,
        built?.ok && built.event.data && value !== null
          ? { json: built.event.data, paths: listPayloadPaths(value), type: type! }
          : null,
      );
    }
    return sampleCache.get(key) ?? null;
  };
  for (const s of ctx.manifests.filter((m) => m.kind === 'Sensor')) {
    const spec = obj(s.value.spec) ?? {};
    const deps = new Map<string, Record<string, unknown>>();
    for (const d of Array.isArray(spec.dependencies) ? spec.dependencies : [])
      if (obj(d) && typeof obj(d)!.name === 'string') deps.set(String(obj(d)!.name), obj(d)!);
    (Array.isArray(spec.triggers) ? spec.triggers : []).forEach((trigger, ti) => {
      const template = obj(obj(trigger)?.template) ?? {};
      for (const [type, typeSpec] of Object.entries(template)) {
        for (const list of ['parameters', 'payload'] as const) {
          const params = obj(typeSpec)?.[list];
          if (!Array.isArray(params)) continue;
          params.forEach((p, pi) => {
            const src = obj(obj(p)?.src);
            const dataKey = typeof src?.dataKey === 'string' ? src.dataKey : null;
            const dep = deps.get(String(src?.dependencyName));
            if (!dataKey || !dep || NOT_PLAIN.test(dataKey) || dep.transform !== undefined) return;
            const sample = sampleFor(
              s.namespace,
              String(dep.eventSourceName),
              String(dep.eventName),
            );
            if (!sample || gjsonGet(sample.json, dataKey).exists) return;
            if (FREE_FORM_BODY.has(sample.type) && /^body\./.test(dataKey)) return;
            const suggestion = closestPath(dataKey, sample.paths);
            const path = ['spec', 'triggers', ti, 'template', type, list, pi, 'src', 'dataKey'];
            const d = diag(
              ctx,
              s,
              'sensor.parameter.datakey-not-in-sample',
              'warning',
              `dataKey ${quote(dataKey)} is not in a ${sample.type} event (checked on its sample payload)${suggestion ? `; did you mean ${quote(suggestion)}?` : '.'} Add a log trigger to print real events and copy the path from them.`,
              path,
            );
            if (suggestion)
              d.fix = {
                title: `Use ${suggestion}`,
                kind: 'set',
                resource: { kind: 'Sensor', name: s.name, namespace: s.namespace },
                path,
                value: suggestion,
              };
            out.push(d);
          });
        }
      }
    });
  }
  return out.sort(compareDiagnostics);
}
