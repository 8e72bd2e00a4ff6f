import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { NatsConnection } from '@nats-io/transport-node';
import { WebSocketServer, type WebSocket } from 'ws';
import type { SensorEvent } from '../../engine/event';
import { LIVE_MAX_MESSAGE, parseAppMessage, type TapToApp } from '../../engine/live/liveProtocol';
import type { BusMessageIn } from './busClient';
import type { BusTarget } from './busOptions';
import { podMessage, publishMessage, subjectProblem } from './publishEvent';
import type { TapPrinter } from './tapOutput';

export interface TapServerOptions {
  nc: NatsConnection;
  printer: TapPrinter;
  target: BusTarget;
  allowPublish: boolean;
  namespace: string;
  /** Port to listen on (tests); 0 picks a free one. */
  port?: number;
}

export interface TapServer {
  /** The link to paste into the app, with its one-time token. */
  readonly url: string;
  announce(): void;
  event(m: BusMessageIn, event: SensorEvent, namespace: string): void;
  bad(m: BusMessageIn, kind: string, reason: string): void;
  status(text: string): void;
  close(): Promise<void>;
}

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost'];

/**
 * The app's way in: a WebSocket on 127.0.0.1 only, at a random port, that takes one connection
 * per link. The link carries a random token; once a connection has used it, it is spent, and when
 * that connection closes a new link is printed. The Host header must name the loopback address
 * (a page on another site cannot reach it through DNS rebinding).
 */
export async function startTapServer(o: TapServerOptions): Promise<TapServer> {
  let token = randomBytes(24).toString('base64url');
  let client: WebSocket | null = null;
  let closing = false;
  const wss = new WebSocketServer({
    host: '127.0.0.1',
    port: o.port ?? 0,
    maxPayload: LIVE_MAX_MESSAGE,
    perMessageDeflate: false,
    verifyClient: (info: { req: IncomingMessage }) => accepts(info.req),
  });
  await new Promise<void>((resolve, reject) => {
    wss.once('listening', resolve);
    wss.once('error', reject);
  });
  const address = wss.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const link = () => `ws://127.0.0.1:${port}/?token=${token}`;

  function accepts(req: IncomingMessage): boolean {
    if (client) return false;
    const host = req.headers.host ?? '';
    if (!LOOPBACK_HOSTS.some((h) => host === `${h}:${port}`)) return false;
    const given = new URL(req.url ?? '/', 'ws://x').searchParams.get('token') ?? '';
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  const send = (m: TapToApp) => {
    if (client && client.readyState === client.OPEN) client.send(JSON.stringify(m));
  };

  wss.on('connection', (ws) => {
    client = ws;
    token = randomBytes(24).toString('base64url'); // the link is spent
    o.printer.note('the app connected: live events go to its simulator too', 'ok');
    send({
      v: 1,
      type: 'hello',
      server: o.target.shown,
      namespace: o.namespace,
      publish: o.allowPublish,
    });
    ws.on('message', (data, isBinary) => {
      if (isBinary) return;
      void handle(String(data));
    });
    ws.on('close', () => {
      if (client === ws) client = null;
      if (!closing)
        o.printer.note(`the app disconnected; to connect again, paste ${link()}`, 'warn');
    });
  });

  async function handle(text: string): Promise<void> {
    const m = parseAppMessage(text);
    if (!m) return;
    const base = { v: 1 as const, type: 'published' as const, requestId: m.requestId };
    const message = podMessage(m.event, Date.now());
    if (!o.allowPublish) {
      send({
        ...base,
        ok: false,
        subject: message.subject,
        eventId: message.msgId,
        error: 'this tap was started without --allow-publish',
      });
      return;
    }
    const problem = subjectProblem(m.event);
    if (problem) {
      send({
        ...base,
        ok: false,
        subject: message.subject,
        eventId: message.msgId,
        error: problem,
      });
      return;
    }
    const r = await publishMessage(o.nc, message);
    o.printer.note(
      r.ok
        ? `the app published ${message.subject} (event ${message.msgId}) to ${o.target.shown}: stream seq ${r.seq}${r.duplicate ? ' (a duplicate: the stream dropped it)' : ''}`
        : `the app's event ${message.subject} was not published: ${r.error}`,
      r.ok ? 'ok' : 'bad',
    );
    send(
      r.ok
        ? {
            ...base,
            ok: true,
            subject: message.subject,
            eventId: message.msgId,
            seq: r.seq,
            duplicate: r.duplicate,
          }
        : { ...base, ok: false, subject: message.subject, eventId: message.msgId, error: r.error },
    );
  }

  return {
    get url() {
      return link();
    },
    announce: () =>
      o.printer.line(
        `The app can follow this tap: Simulator → Connect to a live EventBus, and paste ${link()} (one-time link, this machine only${o.allowPublish ? '; the app may publish test events, each confirmed there' : ''}).`,
        'bold',
      ),
    event: (m, event, namespace) =>
      send({
        v: 1,
        type: 'event',
        subject: m.subject,
        streamSeq: m.streamSeq,
        receivedAt: new Date(m.receivedMs).toISOString(),
        namespace,
        event,
      }),
    bad: (m, kind, reason) =>
      send({ v: 1, type: 'bad-message', subject: m.subject, streamSeq: m.streamSeq, kind, reason }),
    status: (text) => send({ v: 1, type: 'status', text }),
    close: async () => {
      closing = true;
      client?.close(1001, 'the tap stopped');
      for (const c of wss.clients) c.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
    },
  };
}
