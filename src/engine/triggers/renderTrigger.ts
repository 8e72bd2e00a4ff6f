import { isPlainObject } from '../../lib/deepEqual';
import type { SensorEvent } from '../event';
import { applyParameters, constructPayload } from '../params/parameters';
import { formatInstant } from '../simulate/instant';
import type { Firing } from '../trace';
import { TRIGGER_TYPE_ORDER } from '../../domain/graph/resourceParts';
import { logLines } from './logLines';
import { renderHttpRequest, targetOf } from './renderRequest';
import { renderResource } from './renderResource';
import { triggerNotes } from './triggerNotes';
import { asRecord } from '../../lib/jsonValue';

export type RenderedTrigger =
  | {
      ok: true;
      firing: Firing;
      /** Execute fails before calling out (`no name is given`, `invalid kind`): whatever the outcome. */
      execError?: string;
      /** How long a call of this trigger waits before it times out (http `timeout`, default 60 s). */
      timeoutMs: number;
    }
  /** The attempt fails before Execute (parameters, payload); `crash`: the real sensor pod panics. */
  | { ok: false; error: string; crash?: true };

export interface RenderOptions {
  /** The Sensor's namespace: the default namespace of what k8s and argoWorkflow triggers create. */
  sensorNamespace?: string;
}

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

/** kube-apiserver's default --request-timeout: how long the simulator lets a call hang by default. */
const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * What one attempt of a trigger's action sends, rendered and never executed (SEMANTICS §4.1, §5;
 * pkg/sensors/listener.go triggerOne): template-level parameters first, then the type's own
 * parameters on its resource or spec, then the payload, then what the type's Execute adds.
 * `nowMs` is the attempt's virtual time (sprig `now`, the action-timestamp label, log lines).
 */
export function renderTrigger(
  sensor: string,
  triggerValue: Record<string, unknown>,
  events: Readonly<Record<string, SensorEvent>>,
  nowMs: number,
  opts: RenderOptions = {},
): RenderedTrigger {
  const rawTemplate = isPlainObject(triggerValue.template) ? triggerValue.template : {};
  const params = Array.isArray(triggerValue.parameters) ? triggerValue.parameters : [];
  const applied = params.length ? applyParameters(rawTemplate, params, events, nowMs) : null;
  if (applied && !applied.ok) return { ok: false, error: `trigger parameters: ${applied.error}` };
  // Parameters may leave something that is not an object: it names no field.
  const template = asRecord(applied?.value ?? rawTemplate) ?? {};
  const name = typeof template.name === 'string' ? template.name : '';
  const types = TRIGGER_TYPE_ORDER.filter((t) => template[t] !== undefined && template[t] !== null);
  const type = types[0];
  if (!type)
    return {
      ok: false,
      error: `invalid trigger ${name}, could not find an implementation (the template sets no trigger type)`,
    };
  const spec = isPlainObject(template[type]) ? template[type] : {};
  const firing: Firing = {
    id: '',
    sensor,
    trigger: name,
    triggerType: type,
    events: Object.fromEntries(Object.entries(events).map(([k, e]) => [k, e.context.id])),
    notExecuted: false,
    notes: triggerNotes(triggerValue, types),
    time: formatInstant(nowMs),
    attempts: 1,
    result: 'succeeded',
    tries: [],
    atLeastOnce: triggerValue.atLeastOnce === true,
  };
  const ownParams = Array.isArray(spec.parameters) ? spec.parameters : [];

  if (type === 'k8s' || type === 'argoWorkflow') {
    const r = renderResource(type, spec, events, nowMs, {
      sensor,
      trigger: name,
      sensorNamespace: opts.sensorNamespace ?? '',
    });
    if (!r.ok) return r;
    const a = r.action;
    firing.operation = a.operation;
    if (a.resource !== undefined) firing.resource = a.resource;
    firing.namespace = a.namespace;
    if (a.command) firing.command = a.command;
    firing.notes.push(...a.notes);
    return {
      ok: true,
      firing,
      timeoutMs: DEFAULT_TIMEOUT_MS,
      ...(a.execError ? { execError: a.execError } : {}),
    };
  }

  const specParams = applyParameters(spec, ownParams, events, nowMs);
  if (!specParams.ok) return { ok: false, error: `${type} parameters: ${specParams.error}` };
  const s = asRecord(specParams.value) ?? {};
  if (type === 'log') {
    firing.log = logLines(sensor, name, events, nowMs);
    return { ok: true, firing, timeoutMs: DEFAULT_TIMEOUT_MS };
  }
  let body: string | undefined;
  if (PAYLOAD_TYPES.has(type)) {
    const payload = constructPayload(Array.isArray(s.payload) ? s.payload : [], events, nowMs);
    if (payload.kind === 'panic')
      return { ok: false, crash: true, error: `${payload.error} (the sensor pod would crash)` };
    if (payload.kind === 'error') return { ok: false, error: `payload: ${payload.error}` };
    body = payload.payload;
  }
  firing.notExecuted = true;
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  switch (type) {
    case 'http': {
      const r = renderHttpRequest(s, body, events, nowMs);
      if (!r.ok)
        return r.crash
          ? { ok: false, crash: true, error: `${r.error} (the sensor pod would crash)` }
          : { ok: false, error: r.error };
      firing.request = r.request;
      timeoutMs = r.timeoutMs;
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
  return { ok: true, firing, timeoutMs };
}
