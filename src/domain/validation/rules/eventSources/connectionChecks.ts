import type { Severity } from '../../diagnostic';
import { obj, present, quote, text } from '../../ruleKit';
import type { FieldCheck } from '../../fieldCheck';

/** pkg/apis/events/v1alpha1/validate.go ValidateSASLConfig. */
const SASL_MECHANISMS = ['', 'PLAIN', 'OAUTHBEARER', 'SCRAM-SHA-256', 'SCRAM-SHA-512', 'GSSAPI'];

/**
 * `tls` (pkg/apis/events/v1alpha1/validate.go ValidateTLSConfig): unless insecureSkipVerify, a CA
 * certificate, a client certificate and key, or `enabled: true`; the client certificate and key
 * come together. A warning where nothing checks it before use (triggers read it when they fire).
 */
export function checkTls(e: FieldCheck, at = 'tls', severity: Severity = 'error'): void {
  const tls = obj(e.value(at));
  if (!tls || tls.insecureSkipVerify === true) return;
  const ca = present(tls.caCertSecret);
  const cert = present(tls.clientCertSecret);
  const key = present(tls.clientKeySecret);
  if (!ca && !cert && !key && tls.enabled !== true)
    e.report(
      `${e.kind}.tls.incomplete`,
      severity,
      `${at} needs caCertSecret, or clientCertSecret and clientKeySecret, or both (or enabled: true for the system's CAs, or insecureSkipVerify: true)`,
      at.split('.'),
      'key',
    );
  else if (cert !== key)
    e.report(
      `${e.kind}.tls.incomplete`,
      severity,
      `${at} needs both clientCertSecret and clientKeySecret (only ${cert ? 'clientCertSecret' : 'clientKeySecret'} is set)`,
      at.split('.'),
      'key',
    );
}

/** `sasl` (ValidateSASLConfig): a known mechanism, and both userSecret and passwordSecret. */
export function checkSasl(e: FieldCheck, at = 'sasl'): void {
  const sasl = obj(e.value(at));
  if (!sasl) return;
  const mechanism = sasl.mechanism;
  if (present(mechanism) && !SASL_MECHANISMS.includes(text(mechanism)))
    e.invalid(
      `${at}.mechanism`,
      `SASL mechanism must be OAUTHBEARER, PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 or GSSAPI (got ${JSON.stringify(mechanism)})`,
    );
  if (!present(sasl.userSecret) || !present(sasl.passwordSecret))
    e.report(
      'eventsource.sasl.incomplete',
      'error',
      `${at} needs both userSecret and passwordSecret`,
      at.split('.'),
      'key',
    );
}

/** `auth` as basic auth (ValidateBasicAuth): username and password Secret references. */
export function checkBasicAuth(e: FieldCheck, at = 'auth'): void {
  const auth = obj(e.value(at));
  if (!auth) return;
  const missing = ['username', 'password'].filter((k) => !present(auth[k]));
  if (missing.length > 0)
    e.report(
      'eventsource.basic-auth.incomplete',
      'error',
      `${at} needs ${missing.join(' and ')} (Secret references)`,
      at.split('.'),
      'key',
    );
}

/**
 * The HTTP server an event runs (pkg/eventsources/common/webhook/validate.go ValidateWebhookContext):
 * endpoint and port are required and the port is a number. `at` is `''` for the webhook type (its
 * settings are the context) and `webhook` for sources that nest it; there the context itself is
 * required. Also warns where the server starts but cannot work: an endpoint without a leading `/`
 * never matches a request path, and a webhook-type event answers only its own method, GET or POST.
 */
export function checkWebhookContext(e: FieldCheck, at: '' | 'webhook'): void {
  const context = at === '' ? e.config : obj(e.value(at));
  const prefix = at === '' ? '' : `${at}.`;
  if (!context) {
    e.need('webhook: {endpoint, port}', 'it runs the HTTP server that receives the events');
    return;
  }
  const where = at === '' ? [] : [at];
  for (const field of ['endpoint', 'port'])
    if (text(context[field]) === '' && typeof context[field] !== 'number')
      e.need(`${prefix}${field}`, '', where);
  const port = context.port;
  if (present(port) && port !== '') {
    const digits = String(port);
    if (!/^[+-]?\d+$/.test(digits))
      e.invalid(
        `${prefix}port`,
        `port must be a number written as a string, e.g. "12000" (got ${JSON.stringify(port)})`,
        'eventsource.webhook.invalid-port',
      );
    else if (Number(digits) < 0 || Number(digits) > 65535)
      e.invalid(
        `${prefix}port`,
        `port ${digits} is not a TCP port (0–65535); the server cannot listen on it`,
        'eventsource.webhook.invalid-port',
      );
  }
  const endpoint = text(context.endpoint);
  if (endpoint !== '' && !endpoint.startsWith('/'))
    e.report(
      'eventsource.webhook.invalid-endpoint',
      'warning',
      `endpoint ${quote(endpoint)} should start with /: request paths always do, so this route never matches`,
      [...where, 'endpoint'],
    );
  if (e.type !== 'webhook') return;
  const method = text(context.method);
  if (method === '')
    e.report(
      'eventsource.webhook.missing-method',
      'warning',
      `event ${quote(e.name)} has no method; every request is then refused ("http method does not match"). Set method: POST`,
      [],
      'key',
    );
  else if (method !== 'GET' && method !== 'POST') {
    const upper = method.toUpperCase();
    e.report(
      'eventsource.webhook.unsupported-method',
      'warning',
      upper === 'GET' || upper === 'POST'
        ? `method ${quote(method)} never equals a request's ${quote(upper)} (methods are case-sensitive); write ${upper}`
        : `method ${quote(method)}: a webhook event reads only GET (the query) and POST (the body); other requests are answered "unsupported method"`,
      ['method'],
    );
  }
}
