import { base64Encode, utf8Encode, utf8Length } from '../../lib/utf8';
import { goMarshal, goMarshalString, type MarshalValue } from '../json/goJson';
import { httpServerConfig } from '../../domain/catalog/eventSourceTypes';
import { canonicalHeaders, compactGoJson } from './goHttp';
import type { SourcePayload } from './sourcePayload';
import { isRecord } from '../../lib/jsonValue';

/** What a source builder sees: the event's configuration, what arrived, and the build's context. */
export interface BuildCtx {
  sourceType: string;
  eventSourceName: string;
  eventName: string;
  cfg: Record<string, unknown>;
  p: SourcePayload;
  /** Dispatch time, epoch ms. */
  nowMs: number;
  /** When the EventSource pod started (calendar intervals and monotonic readings count from it). */
  startMs: number;
  id: string;
  /** Facts the user should know about this build (checks the simulator cannot make). */
  notes: string[];
}

/** JSON members of the event data in the order Go writes them, each already marshalled. */
export type Entries = [string, string][];

/** A builder's result: one data value (entries get `metadata` appended) or several events. */
export type Built = string | Entries | { many: (string | Entries)[] };

export type Builder = (ctx: BuildCtx) => Built;

/** The source refuses what it received (an HTTP error answer, a decoding failure): no event. */
export class BuildError extends Error {}

/** The source accepted the input and, by design, publishes nothing (a source-side filter). */
export class NoEvent extends Error {}

export const J = (v: unknown) => goMarshal(v);
export const S = (s: string) => goMarshalString(s);
export const rfc3339 = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
export const base64 = (s: string) => S(base64Encode(utf8Encode(s)));

export function str(v: unknown, dflt = ''): string {
  return typeof v === 'string' ? v : dflt;
}

export function obj(v: unknown): Record<string, unknown> | null {
  return isRecord(v) ? v : null;
}

/** A type-specific input of the payload (`fields.x`), marshalled, or the default. */
export function field(ctx: BuildCtx, name: string, dflt: MarshalValue): string {
  return J(ctx.p.fields?.[name] ?? dflt);
}

/** A message body: embedded JSON with `jsonBody: true`, otherwise base64 text (it is a Go []byte). */
export function messageBody(ctx: BuildCtx): string {
  const body = ctx.p.body ?? '';
  if (ctx.cfg.jsonBody === true) {
    const c = compactGoJson(body);
    if (c === null)
      throw new BuildError(
        'jsonBody is true but the message is not valid JSON, so the event is dropped',
      );
    return c;
  }
  return base64(body);
}

/** The body as a json.RawMessage: compacted, and refused when it is not JSON (Marshal fails). */
export function jsonBody(ctx: BuildCtx, what: string): string {
  const c = compactGoJson(ctx.p.body ?? '');
  if (c === null) throw new BuildError(`${what} body must be valid JSON (the source answers 400)`);
  return c;
}

/** The request headers as Go's http.Header holds them (canonical keys, lists of values). */
export function headersOf(ctx: BuildCtx): Record<string, string[]> {
  return canonicalHeaders(ctx.p.headers);
}

/** http.Header.Get: the first value of the canonical key, or "". */
export function header(h: Record<string, string[]>, key: string): string {
  return h[key]?.[0] ?? '';
}

/** Argo Events' webhook server default for `maxPayloadSize` (1 MiB). */
const DEFAULT_WEBHOOK_MAX_PAYLOAD = 1_048_576;

/** http.MaxBytesReader on the body: the source answers "request too large" and publishes nothing. */
export function checkMaxPayload(ctx: BuildCtx, text = ctx.p.body ?? ''): void {
  const server = httpServerConfig(ctx.sourceType, ctx.cfg);
  if (!server) return;
  const configured = Number(server.maxPayloadSize);
  const custom = Number.isFinite(configured) && configured > 0;
  const limit = custom ? configured : DEFAULT_WEBHOOK_MAX_PAYLOAD;
  const size = utf8Length(text);
  if (size > limit)
    throw new BuildError(
      `the request body is ${size} bytes, over the webhook's maxPayloadSize of ${limit} bytes${custom ? '' : ' (the default)'}: the source answers "request too large" and publishes nothing`,
    );
}

/** True when a SecretKeySelector-like value is configured. */
export function hasSecret(v: unknown): boolean {
  return obj(v) !== null && Object.keys(obj(v)!).length > 0;
}
