import { lookupEventSourceType } from '../../domain/catalog/eventSourceTypes';
import { listManifests, type ParsedDesignFile } from '../../domain/design/design';
import { compareDiagnostics, type Diagnostic } from '../../domain/validation/diagnostic';
import { diag, obj, quote, type RuleContext } from '../../domain/validation/ruleKit';
import { closestPath, listPayloadPaths } from '../json/payloadPaths';
import { buildEvent } from '../sources/buildEvent';
import { samplesFor } from '../sources/samples';
import { openness, pathVerdict } from './payloadSchema';

/** Paths using gjson queries, modifiers or wildcards cannot be judged field by field. */
const NOT_PLAIN = /[#*?@|]/;

/** Message sources whose body is Go []byte: base64 text unless `jsonBody: true`. */
const BYTES_BODY = new Set([
  'amqp',
  'mqtt',
  'nats',
  'kafka',
  'pubSub',
  'nsq',
  'pulsar',
  'emitter',
  'sqs',
  'azureQueueStorage',
  'azureServiceBus',
  'generic',
]);

interface SampleSet {
  type: string;
  cfg: Record<string, unknown>;
  /** Decoded data of each sample the source's configuration can produce. */
  values: unknown[];
  paths: string[];
  kinds: string[];
  /** Some kind has no real sample, so its body is not known field by field. */
  generic: boolean;
}

function sampleSet(type: string, config: unknown, source: string, event: string): SampleSet | null {
  const cfg = obj(config) ?? {};
  const values: unknown[] = [];
  const kinds: string[] = [];
  let generic = false;
  for (const s of samplesFor(type, cfg)) {
    if (s.generic) generic = true;
    const built = buildEvent({
      eventSourceName: source,
      sourceType: type,
      eventName: event,
      eventConfig: cfg,
      payload: s.payload,
      id: 'sample',
      nowMs: Date.UTC(2026, 2, 1, 9, 30),
      skipFilter: true,
    });
    if (!built.ok) continue;
    for (const e of built.events) {
      try {
        values.push(JSON.parse(e.data ?? 'null'));
        kinds.push(s.kind);
      } catch {
        // Not JSON: nothing to check paths against.
      }
    }
  }
  if (values.length === 0) return null;
  return {
    type,
    cfg,
    values,
    kinds,
    generic,
    paths: [...new Set(values.flatMap((v) => listPayloadPaths(v)))],
  };
}

/**
 * "Wrong dataKey path", the training module's most common mistake: a parameter's dataKey that the
 * event of its dependency's EventSource cannot contain. It is judged against the provider's payload
 * (the samples of the kinds the source's configuration receives, e.g. GitHub `events: [push]`,
 * with the parts of a payload that are free-form left alone), so a real field is never flagged.
 * Suggests the closest path that exists and a log trigger.
 */
export function dataKeyAdvice(files: readonly ParsedDesignFile[]): Diagnostic[] {
  const ctx: RuleContext = { files, manifests: listManifests(files) };
  const out: Diagnostic[] = [];
  const cache = new Map<string, SampleSet | null>();
  const samplesOf = (ns: string | null, source: string, event: string) => {
    const key = JSON.stringify([ns ?? '', source, event]);
    if (!cache.has(key)) {
      const es = ctx.manifests.find(
        (m) => m.kind === 'EventSource' && m.name === source && m.namespace === ns,
      );
      const spec = obj(es?.value.spec) ?? {};
      const type = Object.keys(spec).find(
        (t) => lookupEventSourceType(t) && obj(spec[t])?.[event] !== undefined,
      );
      cache.set(key, type ? sampleSet(type, obj(spec[type])?.[event], source, event) : null);
    }
    return cache.get(key) ?? null;
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
            const set = samplesOf(s.namespace, String(dep.eventSourceName), String(dep.eventName));
            if (!set) return;
            const info = lookupEventSourceType(set.type);
            const rules = openness(set.type, set.cfg);
            const open = set.generic ? [...rules, ['body', 'open'] as const] : rules;
            const verdict = pathVerdict(dataKey, set.values, open, info?.http !== 'none');
            if (verdict.kind !== 'impossible') return;
            const suggestion = verdict.fix ?? closestPath(dataKey, set.paths);
            const kinds = [...new Set(set.kinds)];
            const what =
              kinds.length === 1 &&
              kinds[0] !== set.type &&
              !['message', 'tick'].includes(kinds[0]!)
                ? `${set.type} ${kinds[0]} event`
                : `${set.type} event`;
            const bytes =
              BYTES_BODY.has(set.type) && set.cfg.jsonBody !== true && /^body\./.test(dataKey)
                ? ' The body is base64 text unless the event sets jsonBody: true.'
                : '';
            const path = ['spec', 'triggers', ti, 'template', type, list, pi, 'src', 'dataKey'];
            const d = diag(
              ctx,
              s,
              'sensor.parameter.datakey-not-in-sample',
              'warning',
              `dataKey ${quote(dataKey)} cannot be in a ${what}: ${verdict.why}.${bytes}${suggestion ? ` Did you mean ${quote(suggestion)}?` : ''} Add a log trigger to print real events and copy the path from them.`,
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
