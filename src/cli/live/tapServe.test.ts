// `tap --serve`: the loopback WebSocket the app connects to, with its one-time link; and the
// app's "Send to the live bus", published as an EventSource pod publishes (source_conn.go).
import type { NatsConnection } from '@nats-io/transport-node';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratch } from '../testKit';
import { parseTapMessage, type TapToApp } from '../../engine/live/liveProtocol';
import { decodeCloudEvent } from './cloudEvent';
import {
  client,
  createUpstreamStream,
  publishLikePod,
  runTap,
  webhookData,
} from './liveTest.testkit';
import { skipLive, startNatsServer, type NatsServer } from './natsServer.testkit';
import { jetstream } from '@nats-io/jetstream';

/** A WebSocket client that keeps every message the tap sends, checked as the app checks them. */
function appClient(url: string, headers: Record<string, string> = {}) {
  const ws = new WebSocket(url, { headers });
  const got: TapToApp[] = [];
  const waiters: [(m: TapToApp) => boolean, (m: TapToApp) => void][] = [];
  ws.on('message', (d) => {
    const m = parseTapMessage(String(d));
    if (!m) throw new Error(`the tap sent something the app does not read: ${String(d)}`);
    got.push(m);
    for (const w of [...waiters])
      if (w[0](m)) {
        waiters.splice(waiters.indexOf(w), 1);
        w[1](m);
      }
  });
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
  return {
    ws,
    opened,
    next: (pred: (m: TapToApp) => boolean) =>
      new Promise<TapToApp>((resolve) => {
        const m = got.find(pred);
        if (m) resolve(m);
        else waiters.push([pred, resolve]);
      }),
  };
}

describe.skipIf(skipLive)('tap --serve', { timeout: 60_000 }, () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let dir: string;
  beforeAll(async () => {
    server = await startNatsServer();
    nc = await client(server.url);
    await createUpstreamStream(nc);
    dir = scratch();
  });
  afterAll(async () => {
    await nc?.close();
    await server?.dispose();
  });

  it('serves live events to one app on a loopback, one-time link', async () => {
    const tap = runTap(['--bus', server.url, '--serve'], dir);
    const line = await tap.waitFor(/paste ws:\/\/127\.0\.0\.1:\d+\/\?token=/);
    const url = /ws:\/\/\S+token=[\w-]+/.exec(line)![0];
    const port = new URL(url).port;

    await expect(appClient(`ws://127.0.0.1:${port}/?token=wrong`).opened).rejects.toThrow(/401/);
    await expect(appClient(url, { Host: `evil.example:${port}` }).opened).rejects.toThrow(/401/);

    const app = appClient(url);
    await app.opened;
    expect(await app.next((m) => m.type === 'hello')).toMatchObject({
      server: server.url,
      publish: false,
    });
    // The link is spent: a second page cannot use it.
    await expect(appClient(url).opened).rejects.toThrow(/401/);

    await publishLikePod(nc, { source: 'webhook', subject: 'build', data: webhookData({ x: 1 }) });
    const event = await app.next((m) => m.type === 'event');
    expect(event).toMatchObject({
      subject: 'default.webhook.build',
      event: {
        context: { source: 'webhook', subject: 'build', type: 'webhook' },
        data: webhookData({ x: 1 }),
      },
    });
    await jetstream(nc).publish('default.webhook.build', 'nope');
    expect(await app.next((m) => m.type === 'bad-message')).toMatchObject({ kind: 'not-json' });

    app.ws.close();
    await tap.waitFor(
      /the app disconnected; to connect again, paste ws:\/\/127\.0\.0\.1:\d+\/\?token=/,
    );
    expect(await tap.stop()).toBe(0);
  });

  it('publishes the app’s test event as an EventSource pod would, only with --allow-publish', async () => {
    const tap = runTap(['--bus', server.url, '--serve', '--allow-publish'], dir);
    const line = await tap.waitFor(/paste ws:\/\/127\.0\.0\.1:\d+\/\?token=/);
    const app = appClient(/ws:\/\/\S+token=[\w-]+/.exec(line)![0]);
    await app.opened;
    expect(await app.next((m) => m.type === 'hello')).toMatchObject({ publish: true });
    app.ws.send(
      JSON.stringify({
        v: 1,
        type: 'publish',
        requestId: 'r1',
        event: { source: 'webhook', subject: 'build', type: 'webhook', data: '{"body":{"a":1}}' },
      }),
    );
    const ack = await app.next((m) => m.type === 'published');
    expect(ack).toMatchObject({ ok: true, subject: 'default.webhook.build', duplicate: false });
    const id = ack.type === 'published' ? ack.eventId : '';
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    // What reached the stream is what a pod writes, with the event id as Nats-Msg-Id.
    const stored = await (
      await jetstream(nc).jetstreamManager()
    ).streams.getMessage('default', {
      seq: ack.type === 'published' ? ack.seq! : 0,
    });
    expect(stored?.header.get('Nats-Msg-Id')).toBe(id);
    const decoded = decodeCloudEvent(stored!.data, 1 << 20);
    expect(decoded.ok && decoded.event.data).toBe('{"body":{"a":1}}');
    expect(new TextDecoder().decode(stored!.data)).toMatch(
      /^\{"specversion":"1\.0","id":"[0-9a-f]{32}","source":"webhook","type":"webhook","subject":"build","datacontenttype":"application\/json","time":"[^"]+Z","data_base64":"eyJib2R5Ijp7ImEiOjF9fQ=="\}$/,
    );
    // And the tap sees it come back from the bus, like any other event.
    expect(await app.next((m) => m.type === 'event' && m.event.context.id === id)).toBeTruthy();
    expect(await tap.stop()).toBe(0);
  });

  it('refuses to publish without --allow-publish', async () => {
    const tap = runTap(['--bus', server.url, '--serve'], dir);
    const line = await tap.waitFor(/paste ws:\/\/127\.0\.0\.1:\d+\/\?token=/);
    const app = appClient(/ws:\/\/\S+token=[\w-]+/.exec(line)![0]);
    await app.opened;
    app.ws.send(
      JSON.stringify({
        v: 1,
        type: 'publish',
        requestId: 'r2',
        event: { source: 'webhook', subject: 'build', type: 'webhook', data: '{}' },
      }),
    );
    expect(await app.next((m) => m.type === 'published')).toMatchObject({
      ok: false,
      error: 'this tap was started without --allow-publish',
    });
    expect(await tap.stop()).toBe(0);
  });
});
