// `eventflow publish` against a real nats-server: the message must be what an EventSource pod
// publishes (pkg/eventsources/eventing.go, pkg/eventbus/jetstream/eventsource/source_conn.go), and
// it is never sent without an explicit yes.
import { readFileSync } from 'node:fs';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../io';
import { main } from '../main';
import { run, scratch, SEED_PATH } from '../testKit';
import { decodeCloudEvent } from '../live/cloudEvent';
import { client, createUpstreamStream, runTap } from '../live/liveTest.testkit';
import { skipLive, startNatsServer, type NatsServer } from '../live/natsServer.testkit';

const SEED = readFileSync(SEED_PATH, 'utf8');
const EVENT = 'webhook/build={"project":"kubedojo"}';

async function withAnswer(argv: string[], cwd: string, answer: boolean) {
  let out = '';
  const asked: string[] = [];
  const io: CliIo = {
    out: (s) => (out += s),
    err: () => {},
    cwd,
    confirm: async (q) => (asked.push(q), answer),
  };
  return { code: await main(argv, io), out, asked };
}

describe('eventflow publish without a bus', () => {
  it('--dry-run prints the pod’s message and sends nothing', async () => {
    const dir = scratch({ 'pipeline.yaml': SEED });
    const r = await run(['publish', 'pipeline.yaml', '--event', EVENT, '--dry-run'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^would publish on default\.webhook\.build with Nats-Msg-Id [0-9a-f]{32}:\n\{"specversion":"1\.0","id":"[0-9a-f]{32}","source":"webhook","type":"webhook","subject":"build","datacontenttype":"application\/json","time":"[^"]+","data_base64":"[A-Za-z0-9+/=]+"\}\n$/,
    );
  });

  it('refuses an EventSource the design does not have, and a yes it cannot ask for', async () => {
    const dir = scratch({ 'pipeline.yaml': SEED });
    const unknown = await run(
      ['publish', 'pipeline.yaml', '--event', 'github/push={}', '--dry-run'],
      { cwd: dir },
    );
    expect(unknown.code).toBe(1);
    expect(unknown.out).toMatch(/publish\.unknown-event EventSource "github" is not in the design/);
    const noTerminal = await run(
      ['publish', '--bus', 'nats://127.0.0.1:1', 'pipeline.yaml', '--event', EVENT],
      { cwd: dir },
    );
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.err).toMatch(/needs a yes: run it in a terminal to be asked, or add --yes/);
  });
});

describe.skipIf(skipLive)('eventflow publish on a real bus', { timeout: 60_000 }, () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let dir: string;
  beforeAll(async () => {
    server = await startNatsServer();
    nc = await client(server.url);
    await createUpstreamStream(nc);
    dir = scratch({ 'pipeline.yaml': SEED });
  });
  afterAll(async () => {
    await nc?.close();
    await server?.dispose();
  });
  const lastSeq = async () =>
    (await (await jetstream(nc).jetstreamManager()).streams.info('default')).state.last_seq;

  it('asks first, naming the server, and sends nothing on a no', async () => {
    const before = await lastSeq();
    const r = await withAnswer(
      ['publish', '--bus', server.url, 'pipeline.yaml', '--event', EVENT],
      dir,
      false,
    );
    expect(r.asked).toEqual([
      `Publish webhook/build to ${server.url} (stream default, subject default.webhook.build)? The sensors on that bus will receive it and may run their triggers.`,
    ]);
    expect(r.out).toBe('Not published.\n');
    expect(await lastSeq()).toBe(before);
  });

  it('publishes as the pod does on a yes, and a tap sees the real sensor’s view of it', async () => {
    const tap = runTap(['--bus', server.url, 'pipeline.yaml', '--count', '1'], dir);
    await tap.waitFor(/^Following/);
    const r = await withAnswer(
      ['publish', '--bus', server.url, 'pipeline.yaml', '--event', EVENT, '-o', 'json'],
      dir,
      true,
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as {
      published: { seq: number; eventId: string; duplicate: boolean };
    };
    expect(report.published).toMatchObject({ duplicate: false });
    const stored = await (
      await jetstream(nc).jetstreamManager()
    ).streams.getMessage('default', { seq: report.published.seq });
    expect(stored?.subject).toBe('default.webhook.build');
    expect(stored?.header.get('Nats-Msg-Id')).toBe(report.published.eventId);
    const decoded = decodeCloudEvent(stored!.data, 1 << 20);
    expect(decoded.ok && JSON.parse(decoded.event.data!)).toEqual({
      header: { 'Content-Type': ['application/json'] },
      body: { project: 'kubedojo' },
    });
    expect(await tap.done).toBe(0);
    expect(tap.lines.join('\n')).toContain('spec.arguments.parameters.0.value = "kubedojo"');
  });
});
