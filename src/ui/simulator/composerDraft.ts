import type { DesignGraph, EventNode } from '../../domain/graph/designGraph';
import { samplesFor, type SamplePayload } from '../../engine/sources/samples';
import type { ComposerDraft } from '../../state/simulationStore';
import type { SendRequest } from '../../state/simulationController';
import {
  formatHeaders,
  isJsonText,
  parseHeaders,
  parseJsonBody,
  prettyBody,
} from '../../domain/events/eventText';

export const eventKey = (e: EventNode) => `${e.name}/${e.eventName}`;

export function designEvents(graph: DesignGraph): EventNode[] {
  return graph.nodes.filter((n): n is EventNode => n.kind === 'event');
}

/** The event kinds the source's configuration receives (GitHub `events`, resource `eventTypes`…). */
export function eventSamples(event: EventNode, nowMs: number): SamplePayload[] {
  return samplesFor(event.sourceType, event.config, { nowMs });
}

/** The composer's fields as a sample fills them. */
export function sampleDraft(event: EventNode, sample: SamplePayload | undefined): ComposerDraft {
  return {
    event: eventKey(event),
    kind: sample?.kind ?? '',
    body: prettyBody(sample?.payload.body),
    headers: formatHeaders(sample?.payload.headers),
    method: sample?.payload.method ?? 'POST',
  };
}

/**
 * What the composer would send: the request, or the first mistake in what was typed (with its line
 * and column). Form posts (a StorageGRID notification, a Slack command) are text, not JSON.
 */
export function draftRequest(
  event: EventNode,
  draft: ComposerDraft,
  sample: SamplePayload | undefined,
): { ok: true; request: SendRequest } | { ok: false; field: 'body' | 'headers'; problem: string } {
  const formBody =
    /x-www-form-urlencoded/i.test(draft.headers) ||
    (!!sample?.payload.body && !isJsonText(sample.payload.body));
  const body = formBody ? ({ ok: true, value: draft.body } as const) : parseJsonBody(draft.body);
  const headers = parseHeaders(draft.headers);
  if (!body.ok) return { ok: false, field: 'body', problem: body.error };
  if (!headers.ok) return { ok: false, field: 'headers', problem: headers.error };
  const method = sample?.payload.method ? draft.method : undefined;
  return {
    ok: true,
    request: {
      label: eventKey(event),
      body: body.value,
      headers: headers.headers,
      method,
      input: {
        type: 'event',
        source: event.name,
        eventName: event.eventName,
        namespace: event.namespace || undefined,
        payload: {
          ...sample?.payload,
          ...(method ? { method } : {}),
          headers: headers.headers,
          body: draft.body,
        },
      },
    },
  };
}

/**
 * "Send a test event" (the inspector, a node's menu): the event's first sample goes through the
 * simulator at once, and the composer shows what was sent.
 */
export function testEventRequest(
  graph: DesignGraph,
  key: string,
  nowMs: number,
): { draft: ComposerDraft; request: SendRequest } | null {
  const event = designEvents(graph).find((e) => eventKey(e) === key);
  if (!event) return null;
  const sample = eventSamples(event, nowMs)[0];
  const draft = sampleDraft(event, sample);
  const r = draftRequest(event, draft, sample);
  return r.ok ? { draft, request: r.request } : null;
}
