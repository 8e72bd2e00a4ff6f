import {
  BuildError,
  checkMaxPayload,
  hasSecret,
  header,
  J,
  jsonBody,
  NoEvent,
  str,
  type Builder,
  type Entries,
} from './builderKit';
import { compactGoJson, parseQuery } from './goHttp';
import { GoDecodeError, reencode } from './goStruct';
import { field, parseJsonTree } from './jsonTree';
import { BITBUCKET_REFS_CHANGED, SNS_NOTIFICATION, STRIPE_EVENT } from './sourceStructs';
import { storageGrid } from './storageGrid';
import { routeHeaders } from './webhookRoute';
import { asRecord } from '../../lib/jsonValue';

/** mime.ParseMediaType's media type: lower-cased, parameters dropped; null when there is none. */
function mediaType(contentType: string): string | null {
  const t = contentType.split(';')[0]!.trim().toLowerCase();
  return /^[!#$%&'*+\-.^_`|~0-9a-z]+\/[!#$%&'*+\-.^_`|~0-9a-z]+$/.test(t) ? t : null;
}

function decodeOrRefuse(json: string, type: Parameters<typeof reencode>[1], what: string): string {
  try {
    return reencode(json, type);
  } catch (e) {
    if (e instanceof GoDecodeError) throw new BuildError(`${what}: ${e.message}`);
    throw e;
  }
}

/** pkg/eventsources/sources/webhook/start.go HandleRoute and GetBody. */
const webhook: Builder = (ctx) => {
  const want = str(ctx.cfg.method);
  const method = (ctx.p.method ?? (want || 'POST')).toUpperCase();
  const headers = routeHeaders(ctx);
  if (method !== want)
    throw new BuildError(
      `the request method ${method} does not match the event's method ${JSON.stringify(want)}: the source answers "http method does not match"`,
    );
  let body: string;
  if (method === 'GET') body = J(parseQuery(ctx.p.query ?? ''));
  else if (method === 'POST') {
    if (header(headers, 'Content-Type') === 'application/x-www-form-urlencoded')
      body = J(parseQuery(ctx.p.body ?? ''));
    else {
      checkMaxPayload(ctx);
      body = jsonBody(ctx, 'a webhook POST');
    }
  } else
    throw new BuildError(
      `the webhook source only reads GET and POST bodies: a ${method} request gets "unsupoorted method: ${method}" (sic) and no event`,
    );
  return [
    ['header', J(headers)],
    ['body', body],
  ];
};

/** pkg/eventsources/sources/github/start.go HandleRoute and parseValidateRequest (go-github ValidatePayload). */
const github: Builder = (ctx) => {
  const headers = routeHeaders(ctx);
  checkMaxPayload(ctx);
  const ct = header(headers, 'Content-Type');
  const type = mediaType(ct);
  if (type === null)
    throw new BuildError(
      `the request is refused: mime: no media type in Content-Type ${JSON.stringify(ct)}`,
    );
  let payload: string;
  if (type === 'application/json') payload = ctx.p.body ?? '';
  else if (type === 'application/x-www-form-urlencoded')
    payload = parseQuery(ctx.p.body ?? '').payload?.[0] ?? '';
  else throw new BuildError(`webhook request has unsupported Content-Type ${JSON.stringify(type)}`);
  if (hasSecret(ctx.cfg.webhookSecret)) {
    if (!header(headers, 'X-Hub-Signature-256') && !header(headers, 'X-Hub-Signature'))
      throw new BuildError(
        'the request has no X-Hub-Signature-256 header while webhookSecret is set: "missing signature"',
      );
    ctx.notes.push(
      'webhookSecret: the signature is not verified (the Secret value is not part of the design)',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    throw new BuildError('the payload is not JSON, so the GitHub source refuses it');
  }
  const map = asRecord(parsed);
  if (!map)
    throw new BuildError(
      'json: cannot unmarshal the payload into map[string]interface {}: it is not a JSON object',
    );
  // r.Header.Get canonicalises the names (X-Github-Event); the body keys keep GitHub's spelling.
  map['X-GitHub-Event'] = header(headers, 'X-Github-Event');
  map['X-GitHub-Delivery'] = header(headers, 'X-Github-Delivery');
  return [
    ['headers', J(headers)],
    ['body', J(map)],
  ];
};

/** pkg/eventsources/sources/gitlab/start.go HandleRoute. */
const gitlab: Builder = (ctx) => {
  const headers = routeHeaders(ctx);
  if (hasSecret(ctx.cfg.secretToken)) {
    if (!header(headers, 'X-Gitlab-Token'))
      throw new BuildError('the request has no X-Gitlab-Token header: "token mismatch"');
    ctx.notes.push(
      'secretToken: the X-Gitlab-Token value is not compared (the Secret value is not part of the design)',
    );
  }
  checkMaxPayload(ctx);
  return [
    ['headers', J(headers)],
    ['body', jsonBody(ctx, 'the request')],
  ];
};

/** Sources that wrap the raw body: bitbucket/start.go, gerrit/start.go. */
const rawBody: Builder = (ctx) => {
  const headers = routeHeaders(ctx);
  checkMaxPayload(ctx);
  return [
    ['headers', J(headers)],
    ['body', jsonBody(ctx, 'the request')],
  ];
};

/** bitbucketserver/start.go processBitbucketServerWebhook: `oneEventPerChange` splits repo:refs_changed. */
const bitbucketserver: Builder = (ctx) => {
  const headers = routeHeaders(ctx);
  checkMaxPayload(ctx);
  if (hasSecret(ctx.cfg.webhookSecret)) {
    if (!header(headers, 'X-Hub-Signature'))
      throw new BuildError(
        'failed to validate bitbucketserver webhook request: missing signature header',
      );
    ctx.notes.push(
      'webhookSecret: the HMAC signature is not verified (the Secret value is not part of the design)',
    );
  }
  const entries = (body: string): Entries => [
    ['headers', J(headers)],
    ['body', body],
  ];
  const raw = jsonBody(ctx, 'the request');
  if (header(headers, 'X-Event-Key') !== 'repo:refs_changed') return entries(raw);
  const decoded = decodeOrRefuse(raw, BITBUCKET_REFS_CHANGED, 'decoding repo:refs_changed webhook');
  if (ctx.cfg.skipBranchRefsChangedOnOpenPR === true)
    ctx.notes.push(
      'skipBranchRefsChangedOnOpenPR asks the Bitbucket API about open pull requests; the simulator keeps every change',
    );
  if (ctx.cfg.oneEventPerChange !== true) return entries(raw);
  const tree = parseJsonTree(decoded);
  const changes = tree && field(tree, 'changes');
  const list = changes?.k === 'array' ? changes.items : [];
  if (list.length === 0)
    throw new NoEvent(
      'oneEventPerChange: the repo:refs_changed event has no changes, so nothing is published',
    );
  // The struct's last field is `changes`: everything before it is the shared part of each event.
  const before = decoded.slice(0, decoded.length - 1 - changes!.raw.length - ',"changes":'.length);
  return { many: list.map((c) => entries(`${before},"changes":[${c.raw}]}`)) };
};

/** awssns/start.go HandleRoute: only `Type: Notification` is published. */
const sns: Builder = (ctx) => {
  const headers = routeHeaders(ctx);
  checkMaxPayload(ctx);
  const raw = ctx.p.body ?? '';
  if (raw.trim() === '' || raw.trim() === 'null')
    throw new BuildError('bad request, not a valid SNS notification');
  const body = jsonBody(ctx, 'the SNS');
  decodeOrRefuse(body, SNS_NOTIFICATION, 'failed to convert request payload into sns notification');
  const tree = parseJsonTree(body);
  const typeNode = tree && field(tree, 'Type');
  const type = typeNode?.k === 'string' ? typeNode.value : '';
  if (ctx.cfg.validateSignature === true)
    ctx.notes.push('validateSignature: the SNS signature is not verified by the simulator');
  if (type === 'SubscriptionConfirmation')
    throw new NoEvent(
      'a SubscriptionConfirmation is confirmed with AWS (ConfirmSubscription) and publishes no event',
    );
  if (type !== 'Notification')
    throw new NoEvent(
      `an SNS message of Type ${JSON.stringify(type)} publishes no event (only Type "Notification" does)`,
    );
  return [
    ['header', J(headers)],
    ['body', body],
  ];
};

/** stripe/start.go HandleRoute and filterEvent: the event is decoded into stripe.Event and re-marshalled. */
const stripe: Builder = (ctx) => {
  routeHeaders(ctx);
  checkMaxPayload(ctx);
  const body = compactGoJson(ctx.p.body ?? '');
  if (body === null) throw new BuildError('failed to parse the event (the source answers 400)');
  const tree = parseJsonTree(body);
  const data = tree && field(tree, 'data');
  if (data && data.k === 'object' && !field(data, 'object'))
    throw new BuildError(
      'failed to parse the event: data.object is missing (unexpected end of JSON input)',
    );
  const event = decodeOrRefuse(body, STRIPE_EVENT, 'failed to parse the event');
  const typeNode = tree && field(tree, 'type');
  const type = typeNode?.k === 'string' ? typeNode.value : '';
  if (Array.isArray(ctx.cfg.eventFilter) && !ctx.cfg.eventFilter.includes(type))
    throw new NoEvent(
      `the event type ${JSON.stringify(type)} is not in eventFilter (${ctx.cfg.eventFilter.map((x) => JSON.stringify(x)).join(', ') || 'empty'}): the source answers "invalid event"`,
    );
  return [['event', event]];
};

export const HTTP_BUILDERS: Readonly<Record<string, Builder>> = {
  webhook,
  github,
  gitlab,
  bitbucket: rawBody,
  gerrit: rawBody,
  bitbucketserver,
  sns,
  stripe,
  storageGrid,
};
