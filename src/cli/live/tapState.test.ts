// `tap --state`: the sensor's key-value bucket read as pkg/eventbus/jetstream/sensor writes it
// (bucket named after the sensor, `<trigger>/<dependency>` MsgInfo, `<trigger>/Expression`), and
// never written.
import type { NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratch } from '../testKit';
import { readMsgInfo } from './kvState';
import {
  client,
  createUpstreamStream,
  podBody,
  publishLikePod,
  runTap,
  sensorBucket,
  webhookData,
} from './liveTest.testkit';
import { skipLive, startNatsServer, type NatsServer } from './natsServer.testkit';

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

describe('a held event as the sensor stores it (trigger_conn.go saveDependency MsgInfo)', () => {
  it('reads the stream sequence, the time and the CloudEvent', () => {
    const { body } = podBody({
      source: 'webhook',
      subject: 'a',
      data: '{"x":1}',
      id: 'ab'.repeat(16),
    });
    const h = readMsgInfo(
      new TextEncoder().encode(
        `{"StreamSeq":12,"ConsumerSeq":3,"Timestamp":"2026-01-01T00:00:00.5Z","Event":${body}}`,
      ),
    );
    expect(h).toMatchObject({
      eventId: 'ab'.repeat(16),
      streamSeq: 12,
      timestamp: '2026-01-01T00:00:00.5Z',
    });
    expect(h.event?.data).toBe('{"x":1}');
    expect(readMsgInfo(new TextEncoder().encode('nope'))).toMatchObject({ problem: 'not JSON' });
  });
});

describe.skipIf(skipLive)('tap --state on a real bus', { timeout: 60_000 }, () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let dir: string;
  beforeAll(async () => {
    server = await startNatsServer();
    nc = await client(server.url);
    await createUpstreamStream(nc);
    dir = scratch({ 'and.yaml': AND_DESIGN });
  });
  afterAll(async () => {
    await nc?.close();
    await server?.dispose();
  });

  it('shows what the cluster holds, starts from it, follows its changes, and writes nothing', async () => {
    const bucket = await sensorBucket(nc, 'and-sensor');
    await bucket.expression('both', 'a && b');
    const heldId = 'cd'.repeat(16);
    await bucket.hold('both', 'a', 7, {
      source: 'webhook',
      subject: 'a',
      data: webhookData({ n: 1 }),
      id: heldId,
    });
    const lastSeq = async () => (await bucket.kv.status()).streamInfo.state.last_seq;
    const before = await lastSeq();

    const tap = runTap(['--bus', server.url, 'and.yaml', '--state'], dir);
    await tap.waitFor(
      /^cluster: and-sensor\/both holds a \(cdcdcdcd\) \(conditions "a && b"\) · simulation holds a \(cdcdcdcd\)$/,
    );
    await tap.waitFor(/the simulation starts from what the cluster holds/);
    await tap.waitFor(/^Following/);
    // The real sensor would now fire and clear its bucket: the tap fires from the seeded state.
    await publishLikePod(nc, { source: 'webhook', subject: 'b', data: webhookData({ n: 2 }) });
    await tap.waitFor(/Trigger and-sensor\/both FIRED \(log\)/);
    await bucket.kv.delete('both/a');
    await tap.waitFor(
      /^cluster: and-sensor\/both now holds nothing \(conditions "a && b"\) · simulation holds nothing$/,
    );
    expect(await tap.stop()).toBe(0);
    // One delete marker more, from the test acting as the sensor; nothing from the tap.
    expect(await lastSeq()).toBe(before + 1);
  });

  it('says so when a sensor has no bucket on the bus', async () => {
    const other = scratch({ 'and.yaml': AND_DESIGN.replace('and-sensor', 'never-started') });
    const tap = runTap(['--bus', server.url, 'and.yaml', '--state', '--for', '1s'], other);
    await tap.waitFor(
      /sensor never-started has no key-value bucket on this bus: it has not started here/,
    );
    expect(await tap.done).toBe(0);
  });
});
