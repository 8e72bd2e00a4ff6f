import type { SensorEvent } from '../event';

/**
 * What `eventflow tap --serve` and the app say to each other over the loopback WebSocket. Every
 * message is one JSON object with `v` (this version) and `type`. The app checks each message it
 * receives against these shapes and drops anything else: the other end is a local process, but
 * its events come from a cluster.
 */
const LIVE_PROTOCOL_VERSION = 1;

export type TapToApp =
  | {
      v: 1;
      type: 'hello';
      /** The bus the tap follows, as the confirmation before publishing names it. */
      server: string;
      namespace: string;
      /** Whether the tap lets the app publish test events (`--allow-publish`). */
      publish: boolean;
    }
  | {
      v: 1;
      type: 'event';
      subject: string;
      streamSeq: number;
      receivedAt: string;
      namespace: string;
      event: SensorEvent;
    }
  | { v: 1; type: 'bad-message'; subject: string; streamSeq: number; kind: string; reason: string }
  | { v: 1; type: 'status'; text: string }
  | {
      v: 1;
      type: 'published';
      requestId: string;
      ok: boolean;
      subject: string;
      eventId: string;
      seq?: number;
      duplicate?: boolean;
      error?: string;
    };

export type AppToTap = {
  v: 1;
  type: 'publish';
  requestId: string;
  /** What the EventSource decided; the tap adds the id and time as the pod does. */
  event: { source: string; subject: string; type: string; data: string | null };
};

/** Largest message either side accepts: an event of the bus's 1 MiB payload, with room for JSON. */
export const LIVE_MAX_MESSAGE = 4 * 1024 * 1024;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 1024): v is string => typeof v === 'string' && v.length <= max;
const num = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

const strOrNull = (v: unknown, max?: number): v is string | null => v === null || str(v, max);

function sensorEvent(v: unknown): SensorEvent | null {
  if (!isObj(v) || !isObj(v.context)) return null;
  const { id, source, specversion, type, subject, time, datacontenttype } = v.context;
  if (!str(id) || !str(source) || !str(specversion) || !str(type) || !str(subject)) return null;
  if (!str(time) || !str(datacontenttype) || !strOrNull(v.data, LIVE_MAX_MESSAGE)) return null;
  return {
    context: { id, source, specversion, type, subject, time, datacontenttype },
    data: v.data,
  };
}

/** A message from the tap, checked field by field; null for anything that is not one. */
export function parseTapMessage(text: string): TapToApp | null {
  if (text.length > LIVE_MAX_MESSAGE) return null;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObj(v) || v.v !== LIVE_PROTOCOL_VERSION) return null;
  switch (v.type) {
    case 'hello':
      return str(v.server) && str(v.namespace) && typeof v.publish === 'boolean'
        ? { v: 1, type: 'hello', server: v.server, namespace: v.namespace, publish: v.publish }
        : null;
    case 'event': {
      const event = sensorEvent(v.event);
      return event && str(v.subject) && num(v.streamSeq) && str(v.receivedAt) && str(v.namespace)
        ? {
            v: 1,
            type: 'event',
            subject: v.subject,
            streamSeq: v.streamSeq,
            receivedAt: v.receivedAt,
            namespace: v.namespace,
            event,
          }
        : null;
    }
    case 'bad-message':
      return str(v.subject) && num(v.streamSeq) && str(v.kind) && str(v.reason, 4096)
        ? {
            v: 1,
            type: 'bad-message',
            subject: v.subject,
            streamSeq: v.streamSeq,
            kind: v.kind,
            reason: v.reason,
          }
        : null;
    case 'status':
      return str(v.text, 4096) ? { v: 1, type: 'status', text: v.text } : null;
    case 'published':
      return str(v.requestId) &&
        typeof v.ok === 'boolean' &&
        str(v.subject) &&
        str(v.eventId) &&
        (v.seq === undefined || num(v.seq)) &&
        (v.duplicate === undefined || typeof v.duplicate === 'boolean') &&
        (v.error === undefined || str(v.error, 4096))
        ? {
            v: 1,
            type: 'published',
            requestId: v.requestId,
            ok: v.ok,
            subject: v.subject,
            eventId: v.eventId,
            ...(v.seq !== undefined ? { seq: v.seq } : {}),
            ...(v.duplicate !== undefined ? { duplicate: v.duplicate } : {}),
            ...(v.error !== undefined ? { error: v.error } : {}),
          }
        : null;
    default:
      return null;
  }
}

/** A message from the app, checked field by field (the tap's side). */
export function parseAppMessage(text: string): AppToTap | null {
  if (text.length > LIVE_MAX_MESSAGE) return null;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObj(v) || v.v !== LIVE_PROTOCOL_VERSION || v.type !== 'publish') return null;
  const e = v.event;
  if (!str(v.requestId, 64) || !isObj(e)) return null;
  if (!str(e.source, 253) || !str(e.subject, 253) || !str(e.type, 64)) return null;
  if (!strOrNull(e.data, LIVE_MAX_MESSAGE)) return null;
  return {
    v: 1,
    type: 'publish',
    requestId: v.requestId,
    event: { source: e.source, subject: e.subject, type: e.type, data: e.data },
  };
}
