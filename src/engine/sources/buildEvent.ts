import { lookupEventSourceType } from '../../domain/catalog/eventSourceTypes';
import { utf8Length } from '../../lib/utf8';
import type { SensorEvent } from '../event';
import {
  BuildError,
  J,
  NoEvent,
  rfc3339,
  S,
  type Builder,
  type Built,
  type Entries,
} from './builderKit';
import { HTTP_BUILDERS } from './httpSources';
import { MESSAGE_BUILDERS } from './messageSources';
import { slack } from './slackSource';
import { applySourceFilter, filterExpressionOf } from './sourceFilter';
import type { SourcePayload } from './sourcePayload';
import { WATCH_BUILDERS } from './watchSources';
import { asRecord } from '../../lib/jsonValue';

export interface BuildEventInput {
  eventSourceName: string;
  /** The spec key, e.g. `webhook`, `pubSub`. */
  sourceType: string;
  eventName: string;
  /** The event's configuration: the value under `spec.<type>.<eventName>`. */
  eventConfig: unknown;
  payload: SourcePayload;
  id: string;
  /** Dispatch time, epoch ms (from the simulated clock). */
  nowMs: number;
  /** When the EventSource pod started (calendar intervals, `afterStart`); defaults to `nowMs`. */
  startMs?: number;
  /** Ids for further events when one input gives several (Bitbucket Server `oneEventPerChange`). */
  nextId?: () => string;
  /** Build the event even when its `filter.expression` would drop it (samples for the editors). */
  skipFilter?: boolean;
}

/** An event the source built and then did not publish, and why. */
interface NotPublished {
  data: string | null;
  reason: string;
  /** Set when the EventSource's `filter.expression` decided it. */
  expression?: string;
  error?: string;
}

export type BuiltEvent =
  | {
      ok: true;
      event: SensorEvent;
      events: SensorEvent[];
      dropped: NotPublished[];
      notes: string[];
    }
  | {
      ok: false;
      error: string;
      /** `refused`: the source answers with an error; `not-published`: it takes the input and publishes nothing. */
      stage: 'refused' | 'not-published';
      dropped: NotPublished[];
      notes: string[];
    };

/** By type name (a Map: a `spec` key such as `constructor` is no builder). */
const BUILDERS = new Map<string, Builder>(
  Object.entries({ ...HTTP_BUILDERS, ...MESSAGE_BUILDERS, ...WATCH_BUILDERS, slack }),
);

/** Largest payload the simulator takes from any source (the UI stays responsive; real brokers cap lower). */
export const MAX_EVENT_BYTES = 5_000_000;

function withMetadata(built: string | Entries, cfg: Record<string, unknown>): string {
  if (typeof built === 'string') return built;
  const meta = asRecord(cfg.metadata) ?? {};
  const entries = [...built];
  // Every EventData struct has `metadata map[string]string` with omitempty.
  if (Object.keys(meta).length > 0) entries.push(['metadata', J(meta)]);
  return `{${entries.map(([k, v]) => `${S(k)}:${v}`).join(',')}}`;
}

/**
 * Builds what an EventSource of `sourceType` publishes when it receives `payload`: each type's
 * request handling and source-side filters (`sources/<type>/start.go`), the data JSON in the field
 * order Go writes it, the EventSource's `filter.expression` (eventing.go filterEvent) and the
 * CloudEvent context. Never throws.
 */
export function buildEvent(input: BuildEventInput): BuiltEvent {
  const notes: string[] = [];
  const fail = (
    error: string,
    stage: 'refused' | 'not-published',
    dropped: NotPublished[] = [],
  ): BuiltEvent => ({
    ok: false,
    error,
    stage,
    dropped,
    notes,
  });
  const info = lookupEventSourceType(input.sourceType);
  const builder = BUILDERS.get(input.sourceType);
  if (!info || !builder)
    return fail(`unknown EventSource type ${JSON.stringify(input.sourceType)}`, 'refused');
  const cfg = asRecord(input.eventConfig) ?? {};
  const size = utf8Length(input.payload.body ?? '') + utf8Length(input.payload.query ?? '');
  if (size > MAX_EVENT_BYTES)
    return fail(
      `the payload is ${(size / 1e6).toFixed(1)} MB; the simulator takes events up to ${MAX_EVENT_BYTES / 1e6} MB`,
      'refused',
    );
  let built: Built;
  try {
    built = builder({
      sourceType: input.sourceType,
      eventSourceName: input.eventSourceName,
      eventName: input.eventName,
      cfg,
      p: input.payload,
      nowMs: input.nowMs,
      startMs: input.startMs ?? input.nowMs,
      id: input.id,
      notes,
    });
  } catch (e) {
    if (e instanceof BuildError) return fail(e.message, 'refused');
    if (e instanceof NoEvent)
      return fail(e.message, 'not-published', [{ data: null, reason: e.message }]);
    throw e;
  }
  const datas = (typeof built === 'object' && 'many' in built ? built.many : [built]).map((b) =>
    withMetadata(b, cfg),
  );
  const expression = input.skipFilter ? null : filterExpressionOf(input.sourceType, cfg);
  const events: SensorEvent[] = [];
  const dropped: NotPublished[] = [];
  for (const data of datas) {
    if (expression !== null) {
      const f = applySourceFilter(expression, data, input.nowMs);
      if (!f.pass) {
        dropped.push({
          data,
          reason: f.reason,
          expression,
          ...(f.error ? { error: f.error } : {}),
        });
        continue;
      }
    }
    const id =
      input.sourceType === 'kafka'
        ? kafkaId(input, cfg)
        : events.length === 0 && dropped.length === 0
          ? input.id
          : (input.nextId?.() ?? `${input.id}-${events.length + dropped.length}`);
    events.push({
      context: {
        id,
        source: input.eventSourceName,
        subject: input.eventName,
        type: info.cloudEventType,
        specversion: '1.0',
        time: rfc3339(input.nowMs),
        datacontenttype: 'application/json',
      },
      data,
    });
  }
  if (events.length === 0)
    return fail(
      dropped.map((d) => d.reason).join('; ') || 'the source publishes nothing',
      'not-published',
      dropped,
    );
  return { ok: true, event: events[0]!, events, dropped, notes };
}

/** The Kafka source's stable id, so redeliveries de-duplicate (SEMANTICS §1.1). */
function kafkaId(input: BuildEventInput, cfg: Record<string, unknown>): string {
  const broker = String(cfg.url ?? '').split(',')[0] ?? '';
  const partition = String(input.payload.fields?.partition ?? 0);
  const offset = String(input.payload.fields?.offset ?? input.id);
  return `${input.eventSourceName}:${input.eventName}:${broker}:${input.payload.topic ?? String(cfg.topic ?? '')}:${partition}:${offset}`;
}
