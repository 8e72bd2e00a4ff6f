// `eventflow simulate --header 'Name: value' --method METHOD`: the HTTP request the events of
// webhook-like sources arrive with (a GitHub source with webhookSecret refuses a request without
// X-Hub-Signature-256; a webhook event with method GET refuses a POST).
import { lookupEventSourceType } from '../../domain/catalog/eventSourceTypes';
import { isHttpMethod, readHeaderField } from '../../domain/events/eventText';
import { isPlainObject } from '../../lib/deepEqual';
import { UsageError, lastOption, type OptionSpec, type ParsedArgs } from '../args';
import { rangeOfPath } from '../../domain/yaml/sourceRanges';
import type { LoadedDesign } from '../design/loadDesign';
import { finding } from '../report/finding';
import type { Report } from '../report/report';

export const REQUEST_OPTIONS: OptionSpec[] = [
  {
    name: 'header',
    value: "'NAME: VALUE'",
    help: 'an HTTP header every event is sent with, e.g. X-GitHub-Event: push (repeatable)',
  },
  {
    name: 'method',
    value: 'METHOD',
    help: 'the HTTP method the events are sent with (default: the event’s method, else POST)',
  },
];

export interface RequestOptions {
  /** As given; a name given twice has both values, in order (Go's http.Header). */
  headers: Record<string, string | string[]>;
  method?: string;
}

/** Reads `--header` (repeatable) and `--method`; a malformed one is a usage error naming it. */
export function readRequestOptions(args: ParsedArgs): RequestOptions {
  const headers = Object.create(null) as Record<string, string[]>;
  let contentType = false;
  for (const text of args.options.get('header') ?? []) {
    const h = readHeaderField(text);
    if (!h.ok) throw new UsageError(`--header ${JSON.stringify(text)} ${h.error}`);
    (headers[h.name] ??= []).push(h.value);
    if (h.name.toLowerCase() === 'content-type') contentType = true;
  }
  const out = Object.create(null) as Record<string, string | string[]>;
  // Bodies are JSON unless a --header says otherwise (a form post sets its own Content-Type).
  if (!contentType) out['Content-Type'] = 'application/json';
  for (const [name, values] of Object.entries(headers))
    out[name] = values.length === 1 ? values[0]! : values;
  const method = lastOption(args, 'method');
  if (method !== undefined && !isHttpMethod(method))
    throw new UsageError(
      `--method ${JSON.stringify(method)} is not an HTTP method such as POST or GET (letters only, no spaces)`,
    );
  return { headers: out, ...(method !== undefined ? { method } : {}) };
}

/** The type and config of an EventSource's event in the design, with the resource it is in. */
function findEvent(design: LoadedDesign, source: string, eventName: string) {
  const es = design.entries.find((e) => e.kind === 'EventSource' && e.name === source);
  const spec = es && isPlainObject(es.value.spec) ? es.value.spec : null;
  if (!es || !spec) return null;
  const type = Object.keys(spec).find((t) => {
    const events = spec[t];
    return lookupEventSourceType(t) && isPlainObject(events) && Object.hasOwn(events, eventName);
  });
  if (!type) return null;
  const events = spec[type];
  const config = isPlainObject(events) && isPlainObject(events[eventName]) ? events[eventName] : {};
  return { entry: es, type, config };
}

/**
 * Sources that do not take HTTP requests (Kafka, a calendar, a resource watch…) ignore headers and
 * methods: a warning says so once per event, rather than letting `--header` seem to work.
 * `command` prefixes the finding's code (simulate, publish).
 */
export function warnRequestIgnored(
  design: LoadedDesign,
  report: Report,
  args: ParsedArgs,
  source: string,
  eventName: string,
  command = 'simulate',
): void {
  const given = ['header', 'method'].filter((o) => args.options.has(o));
  if (given.length === 0) return;
  const found = findEvent(design, source, eventName);
  if (!found || lookupEventSourceType(found.type)?.http !== 'none') return;
  report.add(
    finding(
      'warning',
      `${command}.request-ignored`,
      `${given.map((o) => `--${o}`).join(' and ')} ${given.length > 1 ? 'have' : 'has'} no effect on ${source}/${eventName}: a ${found.type} source does not receive HTTP requests`,
    ),
  );
}

/**
 * A webhook source reads a GET request's URL query, never its body
 * (pkg/eventsources/sources/webhook/start.go GetBody): a body given for a GET event would be
 * dropped without a word, so a warning located at the event's method says so.
 */
export function warnBodyIgnored(
  design: LoadedDesign,
  report: Report,
  request: RequestOptions,
  event: { source: string; eventName: string; body: string },
  command = 'simulate',
): void {
  if (event.body === '') return;
  const found = findEvent(design, event.source, event.eventName);
  if (!found || found.type !== 'webhook') return;
  const own = typeof found.config.method === 'string' ? found.config.method : '';
  const method = (request.method ?? (own || 'POST')).toUpperCase();
  if (method !== 'GET') return;
  const m = found.entry;
  const path = ['spec', found.type, event.eventName, ...(own ? ['method'] : [])];
  const r = rangeOfPath(design.files[m.fileIndex]!.parsed, m.doc, path);
  report.add(
    finding(
      'warning',
      `${command}.body-ignored`,
      `the body given for ${event.source}/${event.eventName} is dropped: a webhook source reads a GET request's URL query, not its body, so the event's body is {}`,
      m.file,
      r.line,
      r.col,
    ),
  );
}
