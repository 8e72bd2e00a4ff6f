import { isPlainObject } from '../../lib/deepEqual';
import type { SensorEvent } from '../event';
import { resolveParameter } from '../params/resolveParameter';
import type { Firing } from '../trace';
import { nullRecord } from '../../lib/nullRecord';

type Obj = Record<string, unknown>;

export type RenderedHttp =
  | { ok: true; request: NonNullable<Firing['request']>; timeoutMs: number }
  | { ok: false; error: string; crash?: true };

const DEFAULT_HTTP_TIMEOUT_MS = 60_000;

/**
 * The request an http trigger sends (pkg/sensors/triggers/http/http.go Execute): method (POST when
 * unset), `headers`, then `dynamicHeaders` resolved like parameters, then `secureHeaders`, then
 * `basicAuth`'s Authorization header; `host` overrides the Host header. Secret values stay unknown.
 */
export function renderHttpRequest(
  s: Obj,
  body: string | undefined,
  events: Readonly<Record<string, SensorEvent>>,
  nowMs: number,
): RenderedHttp {
  // A null-prototype map: header names such as __proto__ are plain names (request.Header is a Go map).
  const headers = nullRecord<string>();
  for (const [k, v] of Object.entries(isPlainObject(s.headers) ? s.headers : {}))
    headers[k] = String(v);
  for (const [i, raw] of (Array.isArray(s.dynamicHeaders) ? s.dynamicHeaders : []).entries()) {
    const h = isPlainObject(raw) ? raw : {};
    const dest = typeof h.dest === 'string' ? h.dest : '';
    const r = resolveParameter(h.src, events, nowMs);
    if (!r.ok)
      return {
        ok: false,
        error: `failed to resolve the value for dynamicHeader ${dest}, ${r.error}`,
      };
    if (r.value === null) {
      const dep = isPlainObject(h.src) ? String(h.src.dependencyName ?? '') : '';
      return {
        ok: false,
        crash: true,
        error: `dynamicHeaders[${i}] (${dest}): dependency "${dep}" did not fire and has no value; the real sensor dereferences a nil pointer and crashes`,
      };
    }
    headers[dest] = r.value;
  }
  for (const h of Array.isArray(s.secureHeaders) ? s.secureHeaders : [])
    if (isPlainObject(h) && typeof h.name === 'string')
      headers[h.name] = `<${fromRef(h.valueFrom)}>`;
  if (isPlainObject(s.basicAuth)) {
    const user = secretName(s.basicAuth.username);
    const pass = secretName(s.basicAuth.password);
    headers.Authorization = `Basic <base64 of username:password, from ${user ?? 'no username'} and ${pass ?? 'no password'}>`;
  }
  if (typeof s.host === 'string' && s.host) headers.Host = s.host;
  const seconds = typeof s.timeout === 'number' ? s.timeout : 0;
  return {
    ok: true,
    request: {
      method: typeof s.method === 'string' && s.method ? s.method : 'POST',
      url: String(s.url ?? ''),
      headers,
      ...(body !== undefined ? { body } : {}),
    },
    timeoutMs: seconds > 0 ? Math.trunc(seconds) * 1000 : DEFAULT_HTTP_TIMEOUT_MS,
  };
}

function secretName(sel: unknown): string | null {
  if (!isPlainObject(sel)) return null;
  return `Secret ${String(sel.name ?? '?')} key ${String(sel.key ?? '?')}`;
}

function fromRef(valueFrom: unknown): string {
  const v = isPlainObject(valueFrom) ? valueFrom : {};
  if (isPlainObject(v.secretKeyRef)) return `from ${secretName(v.secretKeyRef) ?? 'Secret'}`;
  if (isPlainObject(v.configMapKeyRef))
    return `from ConfigMap ${String(v.configMapKeyRef.name ?? '?')} key ${String(v.configMapKeyRef.key ?? '?')}`;
  return 'from Secret';
}

/** Where a request-type trigger sends its payload, in words. */
export function targetOf(type: string, s: Obj): string {
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
