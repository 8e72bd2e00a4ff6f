import { parse as parseYaml } from 'yaml';
import { isPlainObject } from '../../lib/deepEqual';
import type { SensorEvent } from '../event';
import { applyParameters, constructPayload } from '../params/parameters';
import { sha1Hex } from '../template/hashes';
import type { Firing } from '../trace';
import { TRIGGER_TYPE_ORDER } from '../../domain/graph/resourceParts';

export type RenderedTrigger = { ok: true; firing: Firing } | { ok: false; error: string };

/** Types whose body is built by ConstructPayload from nothing. */
const PAYLOAD_TYPES = new Set([
  'http',
  'kafka',
  'nats',
  'awsLambda',
  'pulsar',
  'openWhisk',
  'azureEventHubs',
  'azureServiceBus',
  'custom',
]);

/**
 * What a fired trigger would do, rendered and never executed (SEMANTICS §4.1, §5): template-level
 * parameters first, then the type's own parameters on its resource or spec, then the payload.
 */
export function renderTrigger(
  sensor: string,
  triggerValue: Record<string, unknown>,
  events: Readonly<Record<string, SensorEvent>>,
  nowMs: number,
): RenderedTrigger {
  const rawTemplate = isPlainObject(triggerValue.template) ? triggerValue.template : {};
  const params = Array.isArray(triggerValue.parameters) ? triggerValue.parameters : [];
  const applied = params.length ? applyParameters(rawTemplate, params, events, nowMs) : null;
  if (applied && !applied.ok) return { ok: false, error: `trigger parameters: ${applied.error}` };
  const template = (applied?.value ?? rawTemplate) as Record<string, unknown>;
  const name = typeof template.name === 'string' ? template.name : '';
  const types = TRIGGER_TYPE_ORDER.filter((t) => template[t] !== undefined && template[t] !== null);
  const type = types[0];
  if (!type) return { ok: false, error: 'the template sets no trigger type, so nothing runs' };
  const spec = (isPlainObject(template[type]) ? template[type] : {}) as Record<string, unknown>;
  const firing: Firing = {
    sensor,
    trigger: name,
    triggerType: type,
    events: Object.fromEntries(Object.entries(events).map(([k, e]) => [k, e.context.id])),
    notExecuted: false,
    notes: notesFor(triggerValue, types),
  };
  const ownParams = Array.isArray(spec.parameters) ? spec.parameters : [];

  if (type === 'k8s' || type === 'argoWorkflow') {
    const source = isPlainObject(spec.source) ? spec.source : {};
    const fetched = fetchResource(source);
    if (!fetched.ok) {
      firing.notes.push(fetched.error);
      firing.operation = operationOf(type, spec);
      return { ok: true, firing };
    }
    const r = applyParameters(fetched.resource, ownParams, events, nowMs);
    if (!r.ok) return { ok: false, error: `${type} parameters: ${r.error}` };
    const resource = r.value as Record<string, unknown>;
    firing.operation = operationOf(type, spec);
    const meta = isPlainObject(resource.metadata) ? resource.metadata : null;
    if (meta && typeof meta.generateName === 'string' && typeof meta.name !== 'string') {
      // The API server appends five random characters; the simulator derives them from the event ids.
      const suffix = sha1Hex(Object.values(firing.events).join(','))
        .replace(/[^a-z0-9]/g, '')
        .slice(0, 5);
      firing.notes.push(
        `generated name: ${meta.generateName}${suffix} (the cluster picks the suffix)`,
      );
    }
    firing.resource = resource;
    return { ok: true, firing };
  }

  const specParams = applyParameters(spec, ownParams, events, nowMs);
  if (!specParams.ok) return { ok: false, error: `${type} parameters: ${specParams.error}` };
  const s = specParams.value as Record<string, unknown>;
  if (type === 'log') {
    firing.log = Object.entries(events).map(
      ([dep, e]) =>
        `dependency=${dep} eventID=${e.context.id} source=${e.context.source} subject=${e.context.subject} data=${e.data ?? ''}`,
    );
    return { ok: true, firing };
  }
  let body: string | undefined;
  if (PAYLOAD_TYPES.has(type)) {
    const payload = constructPayload(Array.isArray(s.payload) ? s.payload : [], events, nowMs);
    if (payload.kind === 'panic')
      return { ok: false, error: `${payload.error} (the sensor pod would crash)` };
    if (payload.kind === 'error') return { ok: false, error: `payload: ${payload.error}` };
    body = payload.payload;
  }
  firing.notExecuted = type !== 'log';
  switch (type) {
    case 'http': {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(isPlainObject(s.headers) ? s.headers : {}))
        headers[k] = String(v);
      for (const h of Array.isArray(s.secureHeaders) ? s.secureHeaders : [])
        if (isPlainObject(h) && typeof h.name === 'string') headers[h.name] = '<from Secret>';
      firing.request = {
        method: typeof s.method === 'string' && s.method ? s.method : 'POST',
        url: String(s.url ?? ''),
        headers,
        ...(body !== undefined ? { body } : {}),
      };
      break;
    }
    case 'slack':
      firing.request = {
        target: `slack channel ${String(s.channel ?? '')}`,
        body: String(s.message ?? ''),
      };
      break;
    case 'email':
      firing.request = {
        target: `mail to ${Array.isArray(s.to) ? s.to.join(', ') : ''}`,
        body: `Subject: ${String(s.subject ?? '')}\n\n${String(s.body ?? '')}`,
      };
      break;
    default:
      firing.request = { target: targetOf(type, s), ...(body !== undefined ? { body } : {}) };
  }
  firing.notes.push(
    `${type} triggers call an outside system; the simulator shows the request and does not send it`,
  );
  return { ok: true, firing };
}

function operationOf(type: string, spec: Record<string, unknown>): string {
  if (typeof spec.operation === 'string' && spec.operation) return spec.operation;
  return type === 'k8s' ? 'create' : 'submit';
}

function fetchResource(
  source: Record<string, unknown>,
): { ok: true; resource: unknown } | { ok: false; error: string } {
  if (isPlainObject(source.resource)) return { ok: true, resource: source.resource };
  if (typeof source.inline === 'string') {
    try {
      return { ok: true, resource: parseYaml(source.inline, { maxAliasCount: 100 }) as unknown };
    } catch (e) {
      return {
        ok: false,
        error: `inline resource is not valid YAML: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
  }
  const kind = ['configmap', 'file', 'url', 'git', 's3'].find((k) => source[k] !== undefined);
  return {
    ok: false,
    error: kind
      ? `the resource comes from ${kind}, which the simulator does not fetch; parameters were not applied`
      : 'the trigger has no source resource',
  };
}

function targetOf(type: string, s: Record<string, unknown>): string {
  switch (type) {
    case 'kafka':
      return `kafka ${String(s.url ?? '')} topic ${String(s.topic ?? '')}`;
    case 'nats':
      return `nats ${String(s.url ?? '')} subject ${String(s.subject ?? '')}`;
    case 'pulsar':
      return `pulsar ${String(s.url ?? '')} topic ${String(s.topic ?? '')}`;
    case 'awsLambda':
      return `AWS Lambda ${String(s.functionName ?? '')} (${String(s.region ?? '')})`;
    case 'openWhisk':
      return `OpenWhisk action ${String(s.actionName ?? '')} on ${String(s.host ?? '')}`;
    case 'azureEventHubs':
      return `Azure Event Hub ${String(s.hubName ?? '')}`;
    case 'azureServiceBus':
      return `Azure Service Bus ${String(s.queueName ?? s.topicName ?? '')}`;
    case 'custom':
      return `custom trigger server ${String(s.serverURL ?? '')}`;
    default:
      return type;
  }
}

function notesFor(trigger: Record<string, unknown>, types: string[]): string[] {
  const notes: string[] = [];
  if (types.length > 1) notes.push(`the template sets ${types.join(', ')}; only ${types[0]} runs`);
  const atLeastOnce = trigger.atLeastOnce === true;
  if (isPlainObject(trigger.retryStrategy))
    notes.push(
      atLeastOnce
        ? `retries: up to ${String(trigger.retryStrategy.steps ?? 5)} attempts`
        : 'retryStrategy has no effect without atLeastOnce: true',
    );
  if (isPlainObject(trigger.rateLimit))
    notes.push(
      `rate limited to ${String(trigger.rateLimit.requestsPerUnit ?? '?')} per ${String(trigger.rateLimit.unit ?? 'Second')}: extra firings are delayed, not dropped`,
    );
  if (isPlainObject(trigger.policy))
    notes.push('a policy decides success after execution; not evaluated in the simulator');
  if (isPlainObject(trigger.dlqTrigger))
    notes.push('a dlqTrigger runs only if this trigger fails after its retries');
  notes.push(
    atLeastOnce
      ? 'atLeastOnce: the bus message is acknowledged after the action succeeds'
      : 'at most once: the message is acknowledged before the action runs',
  );
  return notes;
}
