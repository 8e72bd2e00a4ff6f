// `eventflow tap` against a real nats-server with JetStream (Debian's package), published to the
// way the EventSource pods publish (pkg/eventbus/jetstream/eventsource/source_conn.go Publish,
// pkg/eventsources/eventing.go). No mock bus.
import { readFileSync } from 'node:fs';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run, scratch, SEED_PATH } from '../testKit';
import {
  client,
  createUpstreamStream,
  publishLikePod,
  runTap as startTap,
  webhookData,
  type RunningTap,
} from '../live/liveTest.testkit';
import {
  consumerNames,
  skipLive,
  startNatsServer,
  type NatsServer,
} from '../live/natsServer.testkit';

const SEED = readFileSync(SEED_PATH, 'utf8');
const HANDS_ON = { project: 'kubedojo', branch: 'main', commit: 'abc123' };

const AND_DESIGN = `apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata: {name: and-sensor}
spec:
  dependencies:
    - {name: a, eventSourceName: webhook, eventName: a}
    - {name: b, eventSourceName: webhook, eventName: b}
  triggers:
    - template:
        name: both
        conditions: "a && b"
        log: {}
`;

describe.skipIf(skipLive)('eventflow tap on a real JetStream bus', { timeout: 60_000 }, () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let dir: string;

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await client(server.url);
    await createUpstreamStream(nc);
    dir = scratch({ 'pipeline.yaml': SEED, 'and.yaml': AND_DESIGN });
  });
  // A test that fails half-way still stops its tap, so no consumer outlives it.
  const running: RunningTap[] = [];
  const runTap = (argv: string[], cwd: string) => {
    const t = startTap(argv, cwd);
    running.push(t);
    return t;
  };
  afterEach(async () => {
    await Promise.all(running.splice(0).map((t) => t.stop()));
  });
  afterAll(async () => {
    await nc?.close();
    await server?.dispose();
  });

  const tapConsumers = async () =>
    consumerNames(await server.jsz()).filter((n) => n.startsWith('eventflow_tap'));

  it('explains a real event with the design, fires, and leaves no consumer behind', async () => {
    const tap = runTap(['--bus', server.url, 'pipeline.yaml', '--count', '1'], dir);
    await tap.waitFor(
      /^Following nats:\/\/127\.0\.0\.1:\d+ \(no credentials\), stream default, default\.webhook\.build: read-only/,
    );
    expect(await tapConsumers()).toHaveLength(1);
    await publishLikePod(nc, { source: 'webhook', subject: 'build', data: webhookData(HANDS_ON) });
    const code = await tap.done;
    const out = tap.lines.join('\n');
    expect(out).toMatch(/#1 default\.webhook\.build · stream seq \d+ · stored .* · \d+ B/);
    expect(out).toContain('Trigger build-sensor/trigger-workflow FIRED (argoWorkflow)');
    expect(out).toContain('spec.arguments.parameters.0.value = "kubedojo"');
    expect(out).toContain('predicted output: Received event data: kubedojo');
    expect(tap.lines.at(-1)).toBe('1 event(s) followed, 1 trigger firing(s), 0 bad message(s).');
    expect(code).toBe(0);
    expect(await tapConsumers()).toEqual([]);
    expect((await server.jsz()).consumers).toBe(0);
  });

  it('-o json: one object per line, firings shaped exactly as simulate -o json prints them', async () => {
    const tap = runTap(['--bus', server.url, 'pipeline.yaml', '--count', '1', '-o', 'json'], dir);
    await tap.waitFor(/"type":"following"/);
    await publishLikePod(nc, { source: 'webhook', subject: 'build', data: webhookData(HANDS_ON) });
    expect(await tap.done).toBe(0);
    const objects = tap.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(objects.map((o) => o.type)).toEqual(['following', 'event', 'summary']);
    const event = objects[1] as {
      firings: unknown[];
      event: { data: string };
      trace: { type: string }[];
    };
    expect(event.event.data).toBe(webhookData(HANDS_ON));
    const sim = await run(
      [
        'simulate',
        'pipeline.yaml',
        '-o',
        'json',
        '--event',
        `webhook/build=${JSON.stringify(HANDS_ON)}`,
        // The live event came at a wall-clock time; the simulation runs at the same virtual time.
        '--at',
        (event.firings as { time: string }[])[0]!.time,
      ],
      { cwd: dir },
    );
    const simulated = (JSON.parse(sim.out) as { firings: unknown[] }).firings;
    // The generated name's suffix comes from the event id, which differs (the cluster picks it).
    const same = (v: unknown) =>
      JSON.stringify(v).replace(/event-build-[0-9a-f]{5}/g, 'event-build-…');
    expect(same(event.firings)).toBe(same(simulated));
    expect(objects[2]).toMatchObject({
      format: 'eventflow-cli/1',
      command: 'tap',
      exitCode: 0,
      summary: { events: 1, firings: 1, bad: 0 },
    });
  });

  it('keeps the waiting state from event to event', async () => {
    const tap = runTap(['--bus', server.url, 'and.yaml', '--count', '2'], dir);
    await tap.waitFor(/^Following .* default\.\*\.\* for default\.webhook\.a, default\.webhook\.b/);
    await publishLikePod(nc, { source: 'webhook', subject: 'a', data: webhookData({ n: 1 }) });
    await tap.waitFor(/Trigger and-sensor\/both is waiting \(a&&b\): holds a; still missing b/);
    await publishLikePod(nc, { source: 'webhook', subject: 'b', data: webhookData({ n: 2 }) });
    expect(await tap.done).toBe(0);
    expect(tap.lines.join('\n')).toContain('Trigger and-sensor/both FIRED (log)');
  });

  it('reports bad messages and goes on', async () => {
    const tap = runTap(
      ['--bus', server.url, 'pipeline.yaml', '--count', '5', '--max-bytes', '400'],
      dir,
    );
    await tap.waitFor(/^Following/);
    const js = jetstream(nc);
    await js.publish('default.webhook.build', 'not json');
    await js.publish('default.webhook.build', '[1]');
    await js.publish('default.webhook.build', '{"id":"1","source":"webhook"}');
    await publishLikePod(nc, {
      source: 'webhook',
      subject: 'build',
      data: webhookData({ pad: 'x'.repeat(400) }),
    });
    await publishLikePod(nc, { source: 'webhook', subject: 'build', data: webhookData(HANDS_ON) });
    expect(await tap.done).toBe(0);
    const out = tap.lines.join('\n');
    expect(out).toMatch(
      /bad message on default\.webhook\.build \(stream seq \d+, 8 B\): not-json: /,
    );
    expect(out).toMatch(/: not-cloudevent: the message is a JSON array, not an object;/);
    expect(out).toMatch(/: not-cloudevent: no specversion;/);
    expect(out).toMatch(/: too-large: \d+ bytes, over the limit of 400 bytes;/);
    expect(out).toContain('Trigger build-sensor/trigger-workflow FIRED');
    expect(tap.lines.at(-1)).toBe('1 event(s) followed, 1 trigger firing(s), 4 bad message(s).');
  });

  it('reconnects after the server restarts and misses nothing the stream kept', async () => {
    const tap = runTap(['--bus', server.url, 'pipeline.yaml', '--count', '2'], dir);
    await tap.waitFor(/^Following/);
    await publishLikePod(nc, { source: 'webhook', subject: 'build', data: webhookData(HANDS_ON) });
    await tap.waitFor(/^#1 /);
    await server.stop();
    await tap.waitFor(/disconnected from nats:\/\/127\.0\.0\.1:\d+; reconnecting/);
    await server.start();
    // Published while the tap may still be reconnecting: the recreated consumer starts after #1.
    const other = await client(server.url);
    await publishLikePod(other, {
      source: 'webhook',
      subject: 'build',
      data: webhookData({ project: 'second' }),
    });
    await other.close();
    expect(await tap.done).toBe(0);
    const out = tap.lines.join('\n');
    expect(out).toMatch(/reconnected to nats:\/\/127\.0\.0\.1:\d+/);
    expect(out).toContain('spec.arguments.parameters.0.value = "second"');
    expect(await tapConsumers()).toEqual([]);
    await nc.close();
    nc = await client(server.url);
  });

  it('prints names from the bus as inert text (issue 23: no control characters reach the terminal)', async () => {
    const tap = runTap(['--bus', server.url, 'pipeline.yaml', '--count', '2', '-o', 'github'], dir);
    await tap.waitFor(/^Following/);
    const js = jetstream(nc);
    await js.publish(
      'default.webhook.build',
      '{"specversion":"1.0","id":"1","source":"webhook\\u001b[31m\\nFAKE","subject":"build","type":"webhook","data":{}}',
    );
    await js.publish('default.webhook.build', '{"specversion":"::error::\\u202eboom"}');
    expect(await tap.done).toBe(0);
    const out = tap.lines.join('\n');
    expect(out.includes('\u001b') || out.includes('\u202e')).toBe(false);
    expect(out).toContain('Event webhook\\x1b[31m\\nFAKE/build');
    expect(out).toContain('unknown value: ::error::\\u202eboom');
    expect(tap.lines.some((l) => l.startsWith('::'))).toBe(false);
  });

  it('says so when it cannot connect, or the server has no Argo Events stream', async () => {
    const refused = await run(['tap', '--bus', 'nats://127.0.0.1:1', 'pipeline.yaml'], {
      cwd: dir,
    });
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(
      /error tap\.connect-failed cannot connect to nats:\/\/127\.0\.0\.1:1: .*port-forward/,
    );
    const bare = await startNatsServer();
    try {
      const r = await run(['tap', '--bus', bare.url, 'pipeline.yaml'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/error tap\.follow-failed the server has no stream "default"/);
    } finally {
      await bare.dispose();
    }
  });
});
