import { randomUUID } from 'node:crypto';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import type { SensorEvent } from '../../engine/event';
import { encodeCloudEvent, rfc3339Nano, type BusMessage } from './cloudEvent';

/** What an EventSource decides about an event before it publishes: the rest is the pod's own. */
export interface EventToPublish {
  source: string;
  subject: string;
  type: string;
  data: string | null;
}

export type PublishResult =
  | { ok: true; message: BusMessage; stream: string; seq: number; duplicate: boolean }
  | { ok: false; message: BusMessage; error: string };

/** A token of the stream's `default.*.*` subjects. */
const TOKEN = /^[^.*>\s]+$/;

/**
 * The message an EventSource pod would publish for this event (pkg/eventsources/eventing.go: a
 * new UUID as 32 hex digits, time.Now(), datacontenttype application/json), ready to send.
 */
export function podMessage(e: EventToPublish, nowMs: number, id = newEventId()): BusMessage {
  const event: SensorEvent = {
    context: {
      id,
      source: e.source,
      subject: e.subject,
      type: e.type,
      specversion: '1.0',
      time: '',
      datacontenttype: 'application/json',
    },
    data: e.data,
  };
  return encodeCloudEvent(event, rfc3339Nano(nowMs));
}

export function newEventId(): string {
  return randomUUID().replace(/-/g, '');
}

/** Refuses names the stream's subjects cannot carry (the pod's publish would fail with no stream). */
export function subjectProblem(e: EventToPublish): string | null {
  for (const [what, v] of [
    ['EventSource name', e.source],
    ['event name', e.subject],
  ] as const)
    if (!TOKEN.test(v))
      return `the ${what} ${JSON.stringify(v)} cannot be a subject token of default.*.* (no dots, wildcards or spaces)`;
  return null;
}

/**
 * Publishes as the pod does (source_conn.go Publish): a JetStream publish on
 * `default.<source>.<event>` with `Nats-Msg-Id` set to the event id, waiting for the stream's
 * acknowledgement. A second publish of the same id within the stream's duplicates window is
 * dropped by the server, as for the pod.
 */
export async function publishMessage(
  nc: NatsConnection,
  message: BusMessage,
): Promise<PublishResult> {
  try {
    const ack = await jetstream(nc).publish(message.subject, message.body, {
      msgID: message.msgId,
    });
    return { ok: true, message, stream: ack.stream, seq: ack.seq, duplicate: ack.duplicate };
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      message,
      error: /no responders|503/i.test(text)
        ? `no stream takes ${message.subject} on this server (is this an Argo Events JetStream EventBus with its stream "default"?)`
        : text,
    };
  }
}
