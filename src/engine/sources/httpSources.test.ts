import { describe, expect, it } from 'vitest';
import { gjsonString } from '../json/gjson';
import { buildEvent, type BuildEventInput } from './buildEvent';
import { samplePayload } from './samples';
import type { SourcePayload } from './sourcePayload';

const at = Date.UTC(2026, 2, 1, 9, 30, 0);
const build = (
  sourceType: string,
  eventConfig: unknown,
  payload: SourcePayload,
  more: Partial<BuildEventInput> = {},
) =>
  buildEvent({
    eventSourceName: 'src',
    eventName: 'example',
    id: 'a1b2',
    nowMs: at,
    sourceType,
    eventConfig,
    payload,
    ...more,
  });
const data = (r: ReturnType<typeof buildEvent>) =>
  r.ok ? (r.event.data ?? '') : `NOT: ${r.error}`;
const get = (r: ReturnType<typeof buildEvent>, path: string) => gjsonString(data(r), path);

describe('webhook (pkg/eventsources/sources/webhook/start.go, common/webhook/webhook.go)', () => {
  const post = (
    body: string,
    headers: Record<string, string> = { 'Content-Type': 'application/json' },
  ) => build('webhook', { method: 'POST' }, { method: 'POST', headers, body });

  it('emits {header, body}: canonical header keys with value lists, the raw body compacted with numbers as written', () => {
    const r = build(
      'webhook',
      { method: 'POST' },
      { method: 'POST', headers: { 'x-custom-id': 'k' }, body: '{ "a": 1.50, "t": "<b>" }' },
    );
    expect(data(r)).toBe(
      '{"header":{"X-Custom-Id":["k"]},"body":{"a":1.50,"t":"\\u003cb\\u003e"}}',
    );
    expect(r.ok && r.event.context).toEqual({
      id: 'a1b2',
      source: 'src',
      subject: 'example',
      type: 'webhook',
      specversion: '1.0',
      time: '2026-03-01T09:30:00Z',
      datacontenttype: 'application/json',
    });
  });

  it('GET gives the query and a form POST its fields; PUT, PATCH and DELETE are "unsupoorted method" and publish nothing', () => {
    expect(
      get(build('webhook', { method: 'GET' }, { method: 'GET', query: 'a=1&a=2&b=x' }), 'body'),
    ).toBe('{"a":["1","2"],"b":["x"]}');
    expect(
      get(post('x=1', { 'Content-Type': 'application/x-www-form-urlencoded' }), 'body.x.0'),
    ).toBe('1');
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const r = build(
        'webhook',
        { method },
        { method, headers: { 'Content-Type': 'application/json' }, body: '{}' },
      );
      expect(!r.ok && r.stage).toBe('refused');
      expect(!r.ok && r.error).toContain(`unsupoorted method: ${method}`);
    }
    const wrong = build('webhook', { method: 'POST' }, { method: 'GET' });
    expect(!wrong.ok && wrong.error).toContain('http method does not match');
    expect(post('hello').ok).toBe(false);
  });

  it('authSecret: no "Bearer " header is 401; the Authorization header is always masked in the event', () => {
    const cfg = { method: 'POST', authSecret: { name: 'hook', key: 'token' } };
    const no = build('webhook', cfg, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(!no.ok && no.error).toMatch(/401 Invalid Authorization Header/);
    const basic = build('webhook', cfg, {
      method: 'POST',
      headers: { Authorization: 'Basic eA==' },
      body: '{}',
    });
    expect(basic.ok).toBe(false);
    const ok = build('webhook', cfg, {
      method: 'POST',
      headers: { Authorization: 'Bearer s3cret' },
      body: '{}',
    });
    expect(get(ok, 'header.Authorization')).toBe('["*** Masked Auth Secret ***"]');
    expect(ok.ok && ok.notes.join()).toMatch(/not compared/);
    const plain = build(
      'webhook',
      { method: 'POST' },
      { method: 'POST', headers: { authorization: 'token abc' }, body: '{}' },
    );
    expect(get(plain, 'header.Authorization.0')).toBe('*** Masked Auth Secret ***');
  });

  it('maxPayloadSize (default 1 MiB) refuses larger JSON bodies, as http.MaxBytesReader does', () => {
    const big = (n: number) => JSON.stringify({ pad: 'x'.repeat(n) });
    expect(post(big(1_000_000)).ok).toBe(true);
    const r = post(big(1_048_576));
    expect(!r.ok && r.error).toMatch(/maxPayloadSize of 1048576 bytes \(the default\)/);
    const small = build(
      'webhook',
      { method: 'POST', maxPayloadSize: 100 },
      { method: 'POST', body: big(200) },
    );
    expect(!small.ok && small.error).toMatch(/maxPayloadSize of 100 bytes:/);
  });
});

describe('github (pkg/eventsources/sources/github/start.go parseValidateRequest, go-github ValidatePayload)', () => {
  const cfg = { events: ['push'], webhook: { endpoint: '/push', port: '12000' } };

  it('adds X-GitHub-Event and X-GitHub-Delivery to the body and re-marshals it with sorted keys and Go numbers', () => {
    const r = build('github', cfg, {
      headers: {
        'Content-Type': 'application/json',
        'X-GitHub-Event': 'push',
        'X-GitHub-Delivery': 'd-1',
      },
      body: '{"zeta":1.50,"after":"abc","alpha":{"b":1,"a":2}}',
    });
    expect(get(r, 'body')).toBe(
      '{"X-GitHub-Delivery":"d-1","X-GitHub-Event":"push","after":"abc","alpha":{"a":2,"b":1},"zeta":1.5}',
    );
    expect(get(r, 'headers.X-Github-Event.0')).toBe('push');
    const none = build('github', cfg, {
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(get(none, 'body')).toBe('{"X-GitHub-Delivery":"","X-GitHub-Event":""}');
  });

  it('a form-encoded delivery takes the JSON from `payload`; other content types are refused', () => {
    const r = build('github', cfg, {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-GitHub-Event': 'ping' },
      body: `payload=${encodeURIComponent('{"zen":"Keep it simple."}')}`,
    });
    expect(get(r, 'body.zen')).toBe('Keep it simple.');
    const xml = build('github', cfg, { headers: { 'Content-Type': 'text/xml' }, body: '<a/>' });
    expect(!xml.ok && xml.error).toContain('unsupported Content-Type "text/xml"');
    expect(build('github', cfg, { headers: {}, body: '{}' }).ok).toBe(false);
  });

  it('with webhookSecret a delivery without a signature is refused ("missing signature")', () => {
    const secretCfg = { ...cfg, webhookSecret: { name: 'gh', key: 'secret' } };
    const r = build('github', secretCfg, {
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(!r.ok && r.error).toContain('missing signature');
    const signed = build('github', secretCfg, {
      headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': 'sha256=00' },
      body: '{}',
    });
    expect(signed.ok).toBe(true);
  });

  it('the push sample has the fields GitHub sends (repository.clone_url, head_commit.url, commits.0.id)', () => {
    const r = build('github', cfg, samplePayload('github', cfg)!.payload);
    for (const p of [
      'body.repository.clone_url',
      'body.head_commit.url',
      'body.commits.0.id',
      'body.X-GitHub-Event',
    ])
      expect(get(r, p), p).not.toBeNull();
    const pr = samplePayload('github', { events: ['pull_request'] })!;
    expect(pr.kind).toBe('pull_request');
    expect(get(build('github', cfg, pr.payload), 'body.pull_request.head.sha')).toMatch(
      /^[0-9a-f]{40}$/,
    );
  });
});

describe('gitlab, bitbucket, gerrit (their start.go HandleRoute): the raw body under plural headers', () => {
  it('gitlab keeps the body as sent; with secretToken a request without X-Gitlab-Token gets "token mismatch"', () => {
    const r = build('gitlab', { events: ['PushEvents'] }, samplePayload('gitlab')!.payload);
    expect(get(r, 'headers.X-Gitlab-Event.0')).toBe('Push Hook');
    expect(get(r, 'body.commits.0.id')).toMatch(/^[0-9a-f]{40}$/);
    expect(get(r, 'body.project.name')).toBe('app');
    const cfg = { secretToken: { name: 'gl', key: 'token' } };
    const r2 = build('gitlab', cfg, {
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(!r2.ok && r2.error).toContain('token mismatch');
  });

  it('bitbucket and gerrit pass the body through, numbers as written', () => {
    expect(
      get(
        build('bitbucket', {}, { headers: { 'X-Event-Key': 'repo:push' }, body: '{"n":1.0}' }),
        'body',
      ),
    ).toBe('{"n":1.0}');
    expect(get(build('gerrit', {}, { body: '{"type":"ref-updated"}' }), 'body.type')).toBe(
      'ref-updated',
    );
  });
});

describe('bitbucketserver (bitbucketserver/start.go processBitbucketServerWebhook)', () => {
  const sample = samplePayload('bitbucketserver', { events: ['repo:refs_changed'] })!.payload;

  it('repo:refs_changed is one event, unless oneEventPerChange splits it: one event per change, re-marshalled', () => {
    const one = build('bitbucketserver', {}, sample);
    expect(one.ok && one.events.length).toBe(1);
    expect(get(one, 'body.changes.#')).toBe('2');
    let n = 0;
    const split = build('bitbucketserver', { oneEventPerChange: true }, sample, {
      nextId: () => `id-${++n}`,
    });
    expect(split.ok && split.events.map((e) => e.context.id)).toEqual(['a1b2', 'id-1']);
    const first = split.ok ? split.events[0]!.data! : '';
    expect(gjsonString(first, 'body.changes.#')).toBe('1');
    expect(gjsonString(first, 'body.changes.0.ref.displayId')).toBe('main');
    expect(
      gjsonString(split.ok ? split.events[1]!.data! : '', 'body.changes.0.ref.displayId'),
    ).toBe('release');
    // The struct drops keys it lacks and writes every field it has.
    expect(gjsonString(first, 'body.repository.hierarchyId')).toBe('af05451fc6eb4bbbd3a4');
  });

  it('other event keys are passed through; with webhookSecret the X-Hub-Signature header is required', () => {
    const pr = samplePayload('bitbucketserver', { events: ['pr:opened'] })!.payload;
    expect(
      get(build('bitbucketserver', { oneEventPerChange: true }, pr), 'body.pullRequest.id'),
    ).toBe('42');
    const r = build(
      'bitbucketserver',
      { webhookSecret: { name: 'b', key: 's' } },
      { headers: {}, body: '{}' },
    );
    expect(!r.ok && r.error).toContain('missing signature header');
  });
});

describe('sns (awssns/start.go HandleRoute)', () => {
  it('only Type Notification is published; SubscriptionConfirmation is confirmed and publishes nothing', () => {
    const n = samplePayload('sns', {}, 'Notification')!.payload;
    const r = build('sns', {}, n);
    expect(get(r, 'header.X-Amz-Sns-Message-Type.0')).toBe('Notification');
    expect(get(r, 'body.Message')).toContain('A-1001');
    const c = build('sns', {}, samplePayload('sns', {}, 'SubscriptionConfirmation')!.payload);
    expect(!c.ok && c.stage).toBe('not-published');
    expect(!c.ok && c.error).toContain('SubscriptionConfirmation');
    const odd = build('sns', {}, { body: '{"Type":"UnsubscribeConfirmation"}' });
    expect(!odd.ok && odd.stage).toBe('not-published');
    expect(build('sns', {}, { body: '{"Type":"Notification","Timestamp":"yesterday"}' }).ok).toBe(
      false,
    );
  });
});

describe('stripe (stripe/start.go HandleRoute and filterEvent)', () => {
  const sample = samplePayload('stripe', {})!.payload;

  it('re-marshals stripe.Event: its eight fields in order, data.object raw, object and api_version dropped', () => {
    const r = build('stripe', {}, sample);
    expect(JSON.parse(data(r)).event && Object.keys(JSON.parse(data(r)).event)).toEqual([
      'account',
      'created',
      'data',
      'id',
      'livemode',
      'pending_webhooks',
      'request',
      'type',
    ]);
    expect(get(r, 'event.data.object.amount')).toBe('12950');
    expect(get(r, 'event.api_version')).toBeNull();
  });

  it('eventFilter drops other types ("invalid event"); an empty list drops everything', () => {
    expect(build('stripe', { eventFilter: ['charge.succeeded'] }, sample).ok).toBe(true);
    const r = build('stripe', { eventFilter: ['invoice.paid'] }, sample);
    expect(!r.ok && r.stage).toBe('not-published');
    expect(build('stripe', { eventFilter: [] }, sample).ok).toBe(false);
  });
});

describe('storageGrid (storagegrid/start.go HandleRoute, filterName)', () => {
  const cfg = (filter?: unknown) => ({ ...(filter ? { filter } : {}) });
  const sample = (c: unknown) => samplePayload('storageGrid', c)!.payload;

  it('decodes the form body into StorageGridNotification: unknown keys dropped, storageGridEventSource key', () => {
    const r = build('storageGrid', cfg(), sample(cfg()));
    expect(get(r, 'notification.Action')).toBe('Publish');
    expect(get(r, 'notification.Message.Records.0.s3.object.key')).toBe('data/2026/sales.csv');
    expect(get(r, 'notification.Message.Records.0.storageGridEventSource')).toBe('');
    expect(get(r, 'notification.Message.Records.0.eventSource')).toBeNull();
    expect(get(r, 'notification.Message.Records.0.s3.object.size')).toBe('48213');
  });

  it('prefix and suffix are checked on the first record; a body that is not a form gives no event', () => {
    const c = cfg({ prefix: 'data/', suffix: '.csv' });
    expect(build('storageGrid', c, sample(c)).ok).toBe(true);
    const r = build('storageGrid', cfg({ suffix: '.json' }), sample(cfg()));
    expect(!r.ok && r.stage).toBe('not-published');
    expect(build('storageGrid', cfg(), { body: '{"Records":[]}' }).ok).toBe(false);
  });
});

describe('slack (slack/start.go handleEvent, handleSlashCommand)', () => {
  const cfg = {};

  it('publishes the inner event as {type, Data}, Data in the slackevents struct order', () => {
    const r = build('slack', cfg, samplePayload('slack', cfg, 'app_mention')!.payload);
    expect(Object.keys(JSON.parse(data(r)))).toEqual(['type', 'Data']);
    expect(get(r, 'type')).toBe('app_mention');
    expect(get(r, 'Data.text')).toBe('<@U0LAN0Z89> deploy app');
    expect(get(r, 'Data.thread_ts')).toBe('');
    const m = build('slack', cfg, samplePayload('slack', cfg, 'message')!.payload);
    expect(get(m, 'Data.message.text')).toBe('deploy app');
    expect(get(m, 'Data.message.replace_original')).toBe('false');
  });

  it('url_verification publishes nothing; an unknown inner type is refused; slash commands are SlashCommand structs', () => {
    const v = build('slack', cfg, samplePayload('slack', cfg, 'url_verification')!.payload);
    expect(!v.ok && v.stage).toBe('not-published');
    const bad = build('slack', cfg, {
      body: '{"token":"t","type":"event_callback","event":{"type":"nope"}}',
    });
    expect(!bad.ok && bad.error).toContain('inner Event does not exist! nope');
    const cmd = build('slack', cfg, samplePayload('slack', cfg, 'slash_command')!.payload);
    expect(get(cmd, 'command')).toBe('/deploy');
    expect(get(cmd, 'is_enterprise_install')).toBe('false');
  });

  it('with signingSecret the signature headers are required', () => {
    const r = build(
      'slack',
      { signingSecret: { name: 's', key: 'k' } },
      { headers: {}, body: '{"token":"t","type":"url_verification"}' },
    );
    expect(!r.ok && r.error).toContain('X-Slack-Signature');
  });
});
