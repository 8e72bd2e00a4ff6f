// Test helpers that act as the Argo Events pods do on a real nats-server, and run `eventflow tap`
// in this process until told to stop. Only tests import this file.
import { randomUUID } from 'node:crypto';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  DiscardPolicy,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
} from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import type { CliIo } from '../io';
import { main } from '../main';

/**
 * The stream as pkg/eventbus/jetstream/base/jetstream.go CreateStream makes it, with the default
 * streamConfig of manifests/base/controller-manager/controller-config.yaml (one replica here:
 * a single server).
 */
export async function createUpstreamStream(nc: NatsConnection): Promise<void> {
  const jsm = await jetstreamManager(nc);
  await jsm.streams.add({
    name: 'default',
    subjects: ['default.*.*'],
    retention: RetentionPolicy.Limits,
    discard: DiscardPolicy.Old,
    max_msgs: 50000,
    max_age: 168 * 3600 * 1e9,
    max_bytes: -1,
    storage: StorageType.File,
    num_replicas: 1,
    duplicate_window: 300 * 1e9,
  });
}

export interface PodEvent {
  source: string;
  subject: string;
  type?: string;
  /** The event data JSON text, as the EventSource built it. */
  data: string;
  id?: string;
  time?: string;
}

/**
 * The body an EventSource pod publishes, written out by hand from sdk-go v2.16.2 WriteJson (field
 * order, data as data_base64 since eventing.go SetData gets a []byte), and published as
 * source_conn.go Publish does: `default.<source>.<event>` with Nats-Msg-Id.
 */
export function podBody(e: PodEvent): { id: string; body: string } {
  const id = e.id ?? randomUUID().replace(/-/g, '');
  const body =
    `{"specversion":"1.0","id":"${id}","source":"${e.source}","type":"${e.type ?? 'webhook'}",` +
    `"subject":"${e.subject}","datacontenttype":"application/json",` +
    `"time":"${e.time ?? new Date().toISOString()}","data_base64":"${Buffer.from(e.data).toString('base64')}"}`;
  return { id, body };
}

export async function publishLikePod(nc: NatsConnection, e: PodEvent): Promise<string> {
  const { id, body } = podBody(e);
  await jetstream(nc).publish(`default.${e.source}.${e.subject}`, body, { msgID: id });
  return id;
}

/** A webhook event's data as the webhook EventSource builds it (SEMANTICS §1.2). */
export const webhookData = (body: object) =>
  `{"header":{"Content-Type":["application/json"]},"body":${JSON.stringify(body)}}`;

/** Writes a sensor's bucket as pkg/eventbus/jetstream/sensor does (CreateKeyValue, saveDependency). */
export async function sensorBucket(nc: NatsConnection, sensor: string) {
  const kv = await new Kvm(jetstream(nc)).create(sensor);
  return {
    kv,
    expression: (trigger: string, conditions: string) =>
      kv.put(`${trigger}/Expression`, conditions),
    hold: (trigger: string, dep: string, streamSeq: number, event: PodEvent) =>
      kv.put(
        `${trigger}/${dep}`,
        `{"StreamSeq":${streamSeq},"ConsumerSeq":1,"Timestamp":"${new Date().toISOString()}","Event":${podBody(event).body}}`,
      ),
  };
}

export async function client(url: string, extra: Record<string, unknown> = {}) {
  return connect({ servers: url.replace('nats://', ''), ...extra });
}

export interface RunningTap {
  lines: string[];
  err: () => string;
  /** Resolves with the first printed line matching, or rejects after `ms`. */
  waitFor: (re: RegExp, ms?: number) => Promise<string>;
  stop: () => Promise<number>;
  /** The exit code once the tap ends by itself (--count). */
  done: Promise<number>;
}

export function runTap(argv: string[], cwd: string): RunningTap {
  const lines: string[] = [];
  let partial = '';
  let err = '';
  const waiters: { re: RegExp; resolve: (l: string) => void }[] = [];
  const controller = new AbortController();
  const io: CliIo = {
    out: (s) => {
      partial += s;
      const parts = partial.split('\n');
      partial = parts.pop() ?? '';
      for (const l of parts) {
        lines.push(l);
        for (const w of [...waiters])
          if (w.re.test(l)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(l);
          }
      }
    },
    err: (s) => (err += s),
    cwd,
    stop: controller.signal,
  };
  const done = main(['tap', ...argv], io);
  return {
    lines,
    err: () => err,
    done,
    waitFor: (re, ms = 20_000) => {
      const found = lines.find((l) => re.test(l));
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const t = setTimeout(
          () =>
            reject(new Error(`no line matched ${re} in ${ms} ms:\n${lines.join('\n')}\n${err}`)),
          ms,
        );
        waiters.push({ re, resolve: (l) => (clearTimeout(t), resolve(l)) });
        void done.then(() =>
          setTimeout(
            () => reject(new Error(`the tap ended before ${re}:\n${lines.join('\n')}\n${err}`)),
            50,
          ),
        );
      });
    },
    stop: async () => {
      controller.abort();
      return done;
    },
  };
}
