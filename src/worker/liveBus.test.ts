import { once } from 'node:events';
import { WebSocket, WebSocketServer } from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { createLiveBus, parseLiveLink, type LiveEvent } from './liveBus';
import { parseAppMessage, parseTapMessage } from '../engine/live/liveProtocol';

const EVENT = {
  v: 1,
  type: 'event',
  subject: 'default.webhook.build',
  streamSeq: 3,
  receivedAt: '2026-01-01T00:00:00Z',
  namespace: 'argo-events',
  event: {
    context: {
      id: 'a'.repeat(32),
      source: 'webhook',
      specversion: '1.0',
      type: 'webhook',
      subject: 'build',
      time: '2026-01-01T00:00:00Z',
      datacontenttype: 'application/json',
    },
    data: '{"body":{}}',
  },
};

describe('the link the app accepts', () => {
  it.each([
    ['ws://127.0.0.1:4567/?token=abcdefghijklmnopqrstuv', true],
    ['  ws://localhost:4567/?token=abcdefghijklmnopqrstuv  ', true],
    ['wss://127.0.0.1:4567/?token=abcdefghijklmnopqrstuv', false],
    ['ws://10.0.0.5:4567/?token=abcdefghijklmnopqrstuv', false],
    ['ws://127.0.0.1.evil.example:4567/?token=abcdefghijklmnopqrstuv', false],
    ['ws://127.0.0.1/?token=abcdefghijklmnopqrstuv', false],
    ['ws://127.0.0.1:4567/', false],
    ['http://127.0.0.1:4567/?token=abcdefghijklmnopqrstuv', false],
    ['not a link', false],
  ])('%j → %s', (link, ok) => {
    expect(parseLiveLink(link).ok).toBe(ok);
  });
});

describe('the messages each side accepts', () => {
  it('takes a well-formed event and drops anything else', () => {
    expect(parseTapMessage(JSON.stringify(EVENT))).toEqual(EVENT);
    expect(parseTapMessage(JSON.stringify({ ...EVENT, v: 2 }))).toBeNull();
    expect(parseTapMessage(JSON.stringify({ ...EVENT, streamSeq: -1 }))).toBeNull();
    expect(
      parseTapMessage(JSON.stringify({ ...EVENT, event: { ...EVENT.event, data: 5 } })),
    ).toBeNull();
    expect(parseTapMessage('{"v":1,"type":"__proto__"}')).toBeNull();
    expect(parseTapMessage('nope')).toBeNull();
    expect(
      parseAppMessage(
        '{"v":1,"type":"publish","requestId":"r1","event":{"source":"s","subject":"e","type":"t","data":null}}',
      ),
    ).toMatchObject({ requestId: 'r1' });
    expect(parseAppMessage('{"v":1,"type":"publish","requestId":"r1","event":{}}')).toBeNull();
  });
});

describe('the connection to a tap', () => {
  let wss: WebSocketServer | null = null;
  afterEach(async () => {
    if (wss) await new Promise((r) => wss!.close(r));
    wss = null;
  });
  const tapStandIn = async (onMessage: (ws: WebSocket, text: string) => void) => {
    wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(wss, 'listening');
    const port = (wss.address() as { port: number }).port;
    wss.on('connection', (ws) => {
      ws.send(
        JSON.stringify({
          v: 1,
          type: 'hello',
          server: 'nats://127.0.0.1:4222',
          namespace: '',
          publish: true,
        }),
      );
      ws.send('{"v":1,"type":"event","garbage":true}');
      ws.send(JSON.stringify(EVENT));
      ws.on('message', (d) => onMessage(ws, String(d)));
    });
    return `ws://127.0.0.1:${port}/?token=abcdefghijklmnopqrstuv`;
  };
  const until = (bus: ReturnType<typeof createLiveBus>, ok: () => boolean) =>
    new Promise<void>((resolve) => {
      if (ok()) return resolve();
      const off = bus.subscribe(() => ok() && (off(), resolve()));
    });

  it('keeps events for the simulator until it is there, drops what is not a tap message, publishes', async () => {
    const url = await tapStandIn((ws, text) => {
      const m = parseAppMessage(text);
      if (m)
        ws.send(
          JSON.stringify({
            v: 1,
            type: 'published',
            requestId: m.requestId,
            ok: true,
            subject: 'default.s.e',
            eventId: 'b'.repeat(32),
            seq: 9,
            duplicate: false,
          }),
        );
    });
    const bus = createLiveBus(WebSocket as unknown as typeof globalThis.WebSocket);
    expect(bus.connect(url)).toEqual({ ok: true });
    await until(bus, () => bus.getSnapshot().received === 1);
    expect(bus.getSnapshot()).toMatchObject({
      status: 'connected',
      server: 'nats://127.0.0.1:4222',
      publish: true,
    });
    const got: LiveEvent[] = [];
    bus.setSink((e) => got.push(e));
    expect(got).toEqual([EVENT]);
    const answer = await bus.publish({ source: 's', subject: 'e', type: 't', data: '{}' });
    expect(answer).toMatchObject({ ok: true, seq: 9 });
    bus.disconnect();
    expect(bus.getSnapshot().status).toBe('idle');
  });

  it('says the link was refused when the tap turns it down', async () => {
    wss = new WebSocketServer({ host: '127.0.0.1', port: 0, verifyClient: () => false });
    await once(wss, 'listening');
    const bus = createLiveBus(WebSocket as unknown as typeof globalThis.WebSocket);
    bus.connect(
      `ws://127.0.0.1:${(wss.address() as { port: number }).port}/?token=abcdefghijklmnopqrstuv`,
    );
    await until(bus, () => bus.getSnapshot().status === 'closed');
    expect(bus.getSnapshot().message).toMatch(/refused the link \(each link works once\)/);
  });
});
