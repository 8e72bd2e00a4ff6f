// `eventflow publish --header/--method`: the event is built from the HTTP request the real source
// would get, as simulate builds it. Mirrors pkg/eventsources/sources/github/start.go (a
// webhookSecret makes X-Hub-Signature-256 required) and sources/webhook/start.go GetBody (a GET is
// read from its URL query, never its body).
import { join } from 'node:path';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, run, scratch } from '../testKit';
import { decodeCloudEvent } from '../live/cloudEvent';
import { client, createUpstreamStream } from '../live/liveTest.testkit';
import { skipLive, startNatsServer, type NatsServer } from '../live/natsServer.testkit';

const GITHUB = join(EXAMPLES, 'github-push-build.yaml');
const PUSH = 'github/app-repo={"ref":"refs/heads/main","after":"abc","repository":{"name":"app"}}';
const SIGNED = ['--header', 'X-GitHub-Event: push', '--header', 'X-Hub-Signature-256: sha256=00'];

const HOOKS = `apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata: {name: hooks}
spec:
  webhook:
    get: {port: "12000", endpoint: /g, method: GET}
    post: {port: "12000", endpoint: /p, method: POST}
  kafka:
    k: {url: "kafka:9092", topic: t, jsonBody: true}
`;

interface Report {
  findings: { code: string; message: string; file: string | null; line: number }[];
  message?: { body: string };
}
const json = (out: string) => JSON.parse(out) as Report;
/** The event data of the message a --dry-run would publish. */
const data = (out: string) => {
  const body = json(out).message?.body ?? '';
  const decoded = decodeCloudEvent(new TextEncoder().encode(body), 1 << 20);
  return decoded.ok ? (JSON.parse(decoded.event.data ?? 'null') as Record<string, unknown>) : null;
};

describe('eventflow publish --header and --method (dry run)', () => {
  it('a GitHub source with a webhookSecret refuses an event without the signature header', async () => {
    const r = await run(['publish', GITHUB, '-e', PUSH, '--dry-run']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('no X-Hub-Signature-256 header');
  });

  it('with --header X-GitHub-Event and X-Hub-Signature-256 the event is built with them', async () => {
    const r = await run(['publish', GITHUB, '-e', PUSH, ...SIGNED, '--dry-run', '-o', 'json']);
    expect(r.code).toBe(0);
    expect(data(r.out)?.headers).toMatchObject({
      'X-Github-Event': ['push'],
      'X-Hub-Signature-256': ['sha256=00'],
      'Content-Type': ['application/json'],
    });
  });

  it('--method: a webhook event refuses another method, and takes its own', async () => {
    const dir = scratch({ 'd.yaml': HOOKS });
    const wrong = await run(
      ['publish', 'd.yaml', '-e', 'hooks/post={}', '--method', 'PUT', '--dry-run'],
      {
        cwd: dir,
      },
    );
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('the request method PUT does not match the event\'s method "POST"');
    const ok = await run(['publish', 'd.yaml', '-e', 'hooks/get=', '--dry-run', '-o', 'json'], {
      cwd: dir,
    });
    expect(ok.code).toBe(0);
    expect(data(ok.out)?.body).toEqual({});
    expect(json(ok.out).findings).toEqual([]);
  });

  it('a body given for a GET webhook event is dropped with a warning at the event’s method', async () => {
    const dir = scratch({ 'd.yaml': HOOKS });
    const r = await run(
      ['publish', 'd.yaml', '-e', 'hooks/get={"a":1}', '--dry-run', '-o', 'json'],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    expect(data(r.out)?.body).toEqual({});
    expect(json(r.out).findings).toContainEqual(
      expect.objectContaining({
        code: 'publish.body-ignored',
        file: 'd.yaml',
        line: 6,
        message:
          "the body given for hooks/get is dropped: a webhook source reads a GET request's URL query, not its body, so the event's body is {}",
      }),
    );
  });

  it('a source that takes no HTTP request says the options have no effect on it', async () => {
    const dir = scratch({ 'd.yaml': HOOKS });
    const r = await run(
      [
        'publish',
        'd.yaml',
        '-e',
        'hooks/k={}',
        '--header',
        'X-A: 1',
        '--method',
        'GET',
        '--dry-run',
        '-o',
        'json',
      ],
      { cwd: dir },
    );
    expect(json(r.out).findings).toContainEqual(
      expect.objectContaining({
        code: 'publish.request-ignored',
        message:
          '--header and --method have no effect on hooks/k: a kafka source does not receive HTTP requests',
      }),
    );
  });

  it.each([
    ['--header', 'X-GitHub-Event push', 'should look like "Name: value"'],
    ['--header', ': push', 'has no header name before the colon'],
    ['--header', 'X-A: one\ntwo', 'has a control character (a line break?) in its value'],
    ['--method', 'PO ST', 'is not an HTTP method such as POST or GET'],
  ])('%s %j is a usage error naming it (exit 2)', async (option, value, message) => {
    const r = await run(['publish', GITHUB, '-e', PUSH, '--dry-run', option, value]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${option} ${JSON.stringify(value)} ${message}`);
    expect(r.out).toBe('');
  });

  it('publish --help documents both options', async () => {
    const r = await run(['publish', '--help']);
    expect(r.out).toMatch(/--header 'NAME: VALUE' +an HTTP header every event is sent with/);
    expect(r.out).toMatch(/--method METHOD +the HTTP method the events are sent with/);
    expect(r.out).toContain('X-Hub-Signature-256');
  });
});

describe.skipIf(skipLive)('eventflow publish --header on a real bus', { timeout: 60_000 }, () => {
  let server: NatsServer;
  let nc: NatsConnection;
  beforeAll(async () => {
    server = await startNatsServer();
    nc = await client(server.url);
    await createUpstreamStream(nc);
  });
  afterAll(async () => {
    await nc?.close();
    await server?.dispose();
  });

  it('a signed GitHub push is published with its headers, as the pod would', async () => {
    const r = await run([
      'publish',
      '--bus',
      server.url,
      GITHUB,
      '-e',
      PUSH,
      ...SIGNED,
      '--yes',
      '-o',
      'json',
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { published: { seq: number } };
    const stored = await (
      await jetstream(nc).jetstreamManager()
    ).streams.getMessage('default', { seq: report.published.seq });
    expect(stored?.subject).toBe('default.github.app-repo');
    const decoded = decodeCloudEvent(stored!.data, 1 << 20);
    const event = decoded.ok ? (JSON.parse(decoded.event.data!) as Record<string, unknown>) : null;
    expect(event?.headers).toMatchObject({ 'X-Hub-Signature-256': ['sha256=00'] });
    expect(event?.body).toMatchObject({ ref: 'refs/heads/main', 'X-GitHub-Event': 'push' });
  });
});
