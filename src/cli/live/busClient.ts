import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  type Consumer,
  type ConsumerMessages,
  type JetStreamManager,
} from '@nats-io/jetstream';
import type { BusTarget } from './busOptions';
import { STREAM, STREAM_SUBJECTS } from './tapDesign';

/** What the connection says as it lives: shown to the user as it happens. */
export type BusStatus =
  | { type: 'disconnected'; server: string }
  | { type: 'reconnecting'; attempt: number }
  | { type: 'reconnected'; server: string }
  | { type: 'error'; message: string };

/** A connection that must not be retried: wrong credentials, certificate, address. */
export class BusError extends Error {}

/** Opens the connection: reconnects for ever once it has been made, never follows cluster gossip. */
export async function openBus(
  target: BusTarget,
  name: string,
  onStatus: (s: BusStatus) => void,
): Promise<NatsConnection> {
  let nc: NatsConnection;
  try {
    nc = await connect({
      servers: target.url.replace(/^\w+:\/\//, ''),
      name,
      ...(target.auth && 'token' in target.auth ? { token: target.auth.token } : {}),
      ...(target.auth && 'user' in target.auth
        ? { user: target.auth.user, pass: target.auth.pass }
        : {}),
      ...(target.tls ? { tls: target.tls } : {}),
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1000,
      timeout: 5000,
      // Through kubectl port-forward, the addresses the cluster's servers advertise are unreachable.
      ignoreClusterUpdates: true,
    });
  } catch (e) {
    throw new BusError(connectMessage(target, e));
  }
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'disconnect') onStatus({ type: 'disconnected', server: s.server });
      else if (s.type === 'reconnecting') onStatus({ type: 'reconnecting', attempt: 0 });
      else if (s.type === 'reconnect') onStatus({ type: 'reconnected', server: s.server });
      else if (s.type === 'error') onStatus({ type: 'error', message: String(s.error) });
    }
  })().catch(() => {});
  return nc;
}

function connectMessage(target: BusTarget, e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
  const where = `cannot connect to ${target.shown}`;
  if (/authoriz|authenticat/i.test(text))
    return `${where}: the server refused the credentials (${target.authNote})`;
  if (/self.signed|certificate|unable to verify|altnames|SSL|TLS/i.test(text + cause))
    return `${where}: TLS: ${text}${cause}. An Argo Events JetStream bus has a self-signed certificate: give --tls-ca (Secret eventbus-<bus>-js-server, key ca-cert) and --tls-server-name eventbus-<bus>-js-svc.<namespace>.svc, or --tls-insecure as the pods do`;
  if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|timeout/i.test(text + cause))
    return `${where}: ${text}${cause} (is kubectl port-forward running?)`;
  return `${where}: ${text}${cause}`;
}

export interface FollowOptions {
  subjects: string[];
  /** Every subject of the stream, not only the design's. */
  all: boolean;
  onMessage: (m: BusMessageIn) => Promise<void>;
  onNote: (text: string) => void;
}

/** One message as it came off the stream. */
export interface BusMessageIn {
  subject: string;
  streamSeq: number;
  /** When the stream stored it, epoch ms. */
  storedMs: number;
  /** When the tap received it, epoch ms. */
  receivedMs: number;
  msgId: string | null;
  data: Uint8Array;
}

export interface Follower {
  /** The start of the names of the tap's consumers on the server (ephemeral, ours). */
  readonly prefix: string;
  readonly filter: string | string[];
  /** Ends the subscription and removes the tap's ephemeral consumer from the server. */
  stop(): Promise<void>;
  /** Resolves when the subscription ends (stopped, or the connection closed). */
  done: Promise<void>;
}

/**
 * Follows the bus's stream from now on with an ordered consumer: ephemeral, in memory, no acks,
 * delivering only messages stored after it starts; after a broken connection it is recreated from
 * the next sequence, so nothing published meanwhile is missed while the stream keeps it. It is
 * never durable and never acknowledges: the sensors' own durable consumers are untouched.
 */
export async function followStream(nc: NatsConnection, o: FollowOptions): Promise<Follower> {
  const jsm = await jetstreamManager(nc);
  try {
    await jsm.streams.info(STREAM);
  } catch (e) {
    throw new BusError(
      /not found/i.test(String(e))
        ? `the server has no stream "${STREAM}": is this an Argo Events JetStream EventBus? (the stream is made when the first EventSource or Sensor starts on it)`
        : `cannot read stream "${STREAM}": ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const wanted = new Set(o.subjects);
  // Several filter subjects on one consumer need nats-server 2.10; before it, follow them all and
  // keep the design's here.
  const multi = serverAtLeast(nc, 2, 10);
  const filter: string | string[] =
    o.all || o.subjects.length === 0
      ? STREAM_SUBJECTS
      : o.subjects.length === 1
        ? o.subjects[0]!
        : multi
          ? o.subjects
          : STREAM_SUBJECTS;
  const keepAll = o.all || filter !== STREAM_SUBJECTS;
  const js = jetstream(nc);
  const prefix = `eventflow_tap_${Math.random().toString(36).slice(2, 10)}`;
  const consumer: Consumer = await js.consumers.get(STREAM, {
    name_prefix: prefix,
    filter_subjects: filter,
    deliver_policy: DeliverPolicy.New,
    // If the tap is killed before it can remove its consumer, the server drops it soon anyway.
    inactive_threshold: 30_000,
  });
  const messages: ConsumerMessages = await consumer.consume({ max_messages: 256 });
  void (async () => {
    for await (const s of messages.status()) {
      if (s.type === 'ordered_consumer_recreated')
        o.onNote(`the tap's consumer was recreated on the server (${s.name}); following on`);
      else if (s.type === 'heartbeats_missed' && s.count === 2)
        o.onNote('the server has not answered for a while; waiting for it');
    }
  })().catch(() => {});
  const done = (async () => {
    for await (const m of messages) {
      if (!keepAll && !wanted.has(m.subject)) continue;
      await o.onMessage({
        subject: m.subject,
        streamSeq: m.seq,
        storedMs: m.time.getTime(),
        receivedMs: Date.now(),
        msgId: m.headers?.get('Nats-Msg-Id') || null,
        data: m.data,
      });
    }
  })();
  let stopped = false;
  return {
    prefix,
    filter,
    done,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await messages.close().catch(() => {});
      // Every incarnation of the tap's ordered consumer (it gets a new name each time it is
      // recreated), found by its prefix: close() alone leaves it until its inactivity threshold.
      await removeConsumers(jsm, prefix);
      await done.catch(() => {});
    },
  };
}

async function removeConsumers(jsm: JetStreamManager, prefix: string): Promise<void> {
  try {
    for await (const c of jsm.consumers.list(STREAM))
      if (c.name.startsWith(prefix)) await jsm.consumers.delete(STREAM, c.name).catch(() => false);
  } catch {
    // The connection is gone: the server drops the consumer after its inactivity threshold.
  }
}

function serverAtLeast(nc: NatsConnection, major: number, minor: number): boolean {
  const [a = 0, b = 0] = (nc.info?.version ?? '0.0').split('.').map(Number);
  return a > major || (a === major && b >= minor);
}
