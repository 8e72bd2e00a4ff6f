// `eventflow simulate --header/--method` (issue 21): events of webhook-like sources arrive as the
// HTTP request the real source would get. Mirrors pkg/eventsources/sources/github/start.go (a
// webhookSecret makes X-Hub-Signature-256 required) and sources/webhook/start.go (the method must
// be the event's; form posts are read by Content-Type).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, run, scratch } from '../testKit';

const GITHUB = join(EXAMPLES, 'github-push-build.yaml');
const PUSH = 'github/app-repo={"ref":"refs/heads/main","after":"abc","repository":{"name":"app"}}';
const SIGNED = ['--header', 'X-GitHub-Event: push', '--header', 'X-Hub-Signature-256: sha256=00'];

const hooks = (method: string) => `apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata: {name: hooks}
spec:
  webhook:
    a: {port: "12000", endpoint: /a, method: ${method}}
  kafka:
    k: {url: "kafka:9092", topic: t, jsonBody: true}
---
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata: {name: s}
spec:
  dependencies:
    - {name: a, eventSourceName: hooks, eventName: a}
    - {name: k, eventSourceName: hooks, eventName: k}
  triggers:
    - template: {name: log-a, conditions: a, log: {}}
    - template: {name: log-k, conditions: k, log: {}}
`;

interface Trace {
  trace: { type: string; data?: string; error?: string }[];
  findings: { code: string; message: string }[];
}
const json = (out: string) => JSON.parse(out) as Trace;
const received = (out: string) =>
  json(out)
    .trace.filter((t) => t.type === 'event.received')
    .map((t) => {
      // The webhook source writes `header`, the Git providers `headers`.
      const d = JSON.parse(t.data ?? 'null') as Record<string, unknown>;
      return { header: (d.header ?? d.headers) as Record<string, string[]>, body: d.body };
    });

describe('eventflow simulate --header and --method (issue 21)', () => {
  it('a GitHub source with a webhookSecret refuses an event without the signature header', async () => {
    const r = await run(['simulate', GITHUB, '-e', PUSH]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('no X-Hub-Signature-256 header');
  });

  it('with --header X-GitHub-Event and X-Hub-Signature-256 the push fires the build', async () => {
    const r = await run(['simulate', GITHUB, '-e', PUSH, ...SIGNED]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Trigger github-build/build FIRED');
    const j = await run(['simulate', GITHUB, '-e', PUSH, ...SIGNED, '-o', 'json']);
    expect(received(j.out)[0]?.header).toMatchObject({
      'X-Github-Event': ['push'],
      'X-Hub-Signature-256': ['sha256=00'],
      'Content-Type': ['application/json'],
    });
  });

  it('a header given twice keeps both values in order; Content-Type replaces the JSON default', async () => {
    const dir = scratch({ 'd.yaml': hooks('POST') });
    const r = await run(
      [
        'simulate',
        'd.yaml',
        '-e',
        'hooks/a=x=1&y=2',
        '--header',
        'X-Tag: one',
        '--header',
        'x-tag: two',
        '--header',
        'Content-Type: application/x-www-form-urlencoded',
        '-o',
        'json',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const [event] = received(r.out);
    expect(event?.header?.['X-Tag']).toEqual(['one', 'two']);
    expect(event?.header?.['Content-Type']).toEqual(['application/x-www-form-urlencoded']);
    expect(event?.body).toEqual({ x: ['1'], y: ['2'] });
  });

  it('--method: a webhook event refuses another method, and takes its own', async () => {
    const post = scratch({ 'd.yaml': hooks('POST') });
    const wrong = await run(['simulate', 'd.yaml', '-e', 'hooks/a={}', '--method', 'PUT'], {
      cwd: post,
    });
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('the request method PUT does not match the event\'s method "POST"');
    const get = scratch({ 'd.yaml': hooks('GET') });
    const ok = await run(['simulate', 'd.yaml', '-e', 'hooks/a=', '--method', 'GET'], { cwd: get });
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Trigger s/log-a FIRED');
  });

  it('a body given for a GET webhook event is dropped with a warning at the event', async () => {
    // sources/webhook/start.go GetBody: a GET is read from request.URL.Query(), never its body.
    const dir = scratch({ 'd.yaml': hooks('GET') });
    const r = await run(['simulate', 'd.yaml', '-e', 'hooks/a={"x":1}'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `d.yaml:6:46 warning simulate.body-ignored the body given for hooks/a is dropped: a webhook source reads a GET request's URL query, not its body, so the event's body is {}`,
    );
    const j = await run(['simulate', 'd.yaml', '-e', 'hooks/a={"x":1}', '-o', 'json'], {
      cwd: dir,
    });
    expect(received(j.out)[0]?.body).toEqual({});
    const empty = await run(['simulate', 'd.yaml', '-e', 'hooks/a=', '-o', 'json'], { cwd: dir });
    expect(json(empty.out).findings).toEqual([]);
  });

  it('a source that takes no HTTP request says the options have no effect on it', async () => {
    const dir = scratch({ 'd.yaml': hooks('POST') });
    const r = await run(
      ['simulate', 'd.yaml', '-e', 'hooks/k={}', '--header', 'X-A: 1', '-o', 'json'],
      { cwd: dir },
    );
    expect(json(r.out).findings).toContainEqual(
      expect.objectContaining({
        code: 'simulate.request-ignored',
        message: '--header has no effect on hooks/k: a kafka source does not receive HTTP requests',
      }),
    );
  });

  it.each([
    ['--header', 'X-GitHub-Event push', 'should look like "Name: value"'],
    ['--header', ': push', 'has no header name before the colon'],
    [
      '--header',
      'X GitHub: push',
      'has a header name "X GitHub" with characters HTTP does not allow',
    ],
    ['--header', 'X-A: one\ntwo', 'has a control character (a line break?) in its value'],
    ['--method', 'PO ST', 'is not an HTTP method such as POST or GET'],
    ['--method', '', 'is not an HTTP method such as POST or GET'],
  ])('%s %j is a usage error naming it (exit 2)', async (option, value, message) => {
    const r = await run(['simulate', GITHUB, '-e', PUSH, option, value]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${option} ${JSON.stringify(value)} ${message}`);
    expect(r.out).toBe('');
  });

  it('simulate --help documents both options', async () => {
    const r = await run(['simulate', '--help']);
    expect(r.out).toMatch(/--header 'NAME: VALUE' +an HTTP header every event is sent with/);
    expect(r.out).toMatch(/--method METHOD +the HTTP method the events are sent with/);
    expect(r.out).toContain('X-Hub-Signature-256');
  });
});
