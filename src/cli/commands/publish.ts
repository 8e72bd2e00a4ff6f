import { lookupEventSourceType } from '../../domain/catalog/eventSourceTypes';
import { isAbsolute, join } from 'node:path';
import { buildEvent, MAX_EVENT_BYTES } from '../../engine/sources/buildEvent';
import { compileSimDesign } from '../../engine/simulate/simDesign';
import { isPlainObject } from '../../lib/deepEqual';
import { lastOption, UsageError } from '../args';
import {
  EXCLUDE_OPTION,
  readCommandInputs,
  reportInputs,
  requirePaths,
  type Command,
  type CommandContext,
} from '../command';
import { loadDesign, yamlFindings } from '../design/loadDesign';
import { BusError, openBus } from '../live/busClient';
import { BUS_OPTIONS, readBusTarget } from '../live/busOptions';
import { newEventId, podMessage, publishMessage, subjectProblem } from '../live/publishEvent';
import { readFileBounded } from '../input/readBounded';
import { finding } from '../report/finding';
import {
  readRequestOptions,
  REQUEST_OPTIONS,
  warnBodyIgnored,
  warnRequestIgnored,
} from './requestOptions';

export const publishCommand: Command = {
  name: 'publish',
  summary: 'send a test event to a live EventBus, exactly as its EventSource pod would',
  usage:
    "publish --bus nats://HOST:PORT [auth options] FILE|DIR|-... --event SOURCE/EVENT=BODY [--header 'NAME: VALUE'...] [--method METHOD] [--yes]",
  details: `
Builds the event as the design's EventSource type builds it from BODY (JSON text, @file or @-),
as simulate does (Content-Type: application/json and the event's method; --header 'Name: value',
repeatable, and --method change the request as they do for simulate, e.g. X-GitHub-Event and
X-Hub-Signature-256 for a GitHub source with a webhookSecret), then publishes it on the bus the way the EventSource pod does: subject
default.<source>.<event>, a new 32-hex-digit event id as Nats-Msg-Id, the CloudEvent JSON with
the data as data_base64, and waits for the stream's acknowledgement. The real sensors on that bus
receive it and may run their triggers: it asks first, naming the server (--yes answers for
scripts; without a terminal it refuses unless --yes is given). --dry-run prints the message and
sends nothing.`,
  options: [
    ...BUS_OPTIONS,
    { name: 'event', short: 'e', value: 'SOURCE/EVENT=BODY', help: 'the event to send (one)' },
    {
      name: 'namespace',
      value: 'NS',
      help: 'the EventSource’s namespace, when the design has several',
    },
    ...REQUEST_OPTIONS,
    { name: 'yes', short: 'y', help: 'publish without asking (scripts)' },
    { name: 'dry-run', help: 'print the message that would be published; send nothing' },
    EXCLUDE_OPTION,
  ],
  async run(context) {
    const { args, report, io } = context;
    const request = readRequestOptions(args);
    const inputs = await readCommandInputs(context, requirePaths(args));
    if (!reportInputs(report, inputs)) return;
    const spec = lastOption(args, 'event');
    const m = spec === undefined ? null : /^([^/=]+)\/([^=]+)=([\s\S]*)$/.exec(spec);
    if (!m) throw new UsageError('give the event: --event SOURCE/EVENT=BODY');
    if ((args.options.get('event') ?? []).length > 1)
      throw new UsageError('publish sends one --event at a time');
    // The pattern's three groups always take part in a match.
    const [, source = '', eventName = '', bodySpec = ''] = m;
    const dryRun = args.options.has('dry-run');
    const target = dryRun && !args.options.has('bus') ? null : readBusTarget(args, io.cwd);
    const design = loadDesign(inputs.files);
    const broken = yamlFindings(design.files);
    for (const f of broken) report.add(f);
    if (broken.length) return;
    const ns = lastOption(args, 'namespace');
    const es = compileSimDesign(design.manifests).sources.find(
      (s) => s.name === source && (ns === undefined || s.namespace === ns),
    );
    const ev = es?.events.find((e) => e.name === eventName);
    if (!es || !ev) {
      report.add(
        finding(
          'error',
          'publish.unknown-event',
          es
            ? `EventSource ${JSON.stringify(source)} has no event ${JSON.stringify(eventName)}`
            : `EventSource ${JSON.stringify(source)} is not in the design: publish builds the event as its type does, so the design must have it`,
        ),
      );
      return;
    }
    const body = await readEventBody(bodySpec, context);
    warnRequestIgnored(design, report, args, source, eventName, 'publish');
    warnBodyIgnored(design, report, request, { source, eventName, body }, 'publish');
    if (isPlainObject(ev.config) && isPlainObject(ev.config.filter))
      report.add(
        finding(
          'warning',
          'publish.source-filter',
          `the event's own filter (spec.${ev.sourceType}.${eventName}.filter) is not applied here: the pod would publish only what passes it`,
        ),
      );
    const id = newEventId();
    const now = Date.now();
    const built = buildEvent({
      eventSourceName: source,
      sourceType: ev.sourceType,
      eventName,
      eventConfig: ev.config,
      payload: {
        ...(request.method !== undefined ? { method: request.method } : {}),
        headers: { ...request.headers },
        ...(body !== '' ? { body } : {}),
      },
      id,
      nowMs: now,
    });
    if (!built.ok) {
      report.add(
        finding(
          'error',
          'publish.event-refused',
          `the EventSource would not publish it: ${built.error}`,
        ),
      );
      return;
    }
    const toPublish = {
      source,
      subject: eventName,
      type: lookupEventSourceType(ev.sourceType)?.cloudEventType ?? ev.sourceType,
      data: built.event.data,
    };
    const problem = subjectProblem(toPublish);
    if (problem) {
      report.add(finding('error', 'publish.bad-subject', problem));
      return;
    }
    const message = podMessage(toPublish, now, built.event.context.id);
    const text = new TextDecoder().decode(message.body);
    report.data.message = {
      subject: message.subject,
      headers: { 'Nats-Msg-Id': message.msgId },
      body: text,
    };
    if (dryRun || !target) {
      report.line(`would publish on ${message.subject} with Nats-Msg-Id ${message.msgId}:`);
      report.line(text);
      return;
    }
    const question = `Publish ${source}/${eventName} to ${target.shown} (stream default, subject ${message.subject})? The sensors on that bus will receive it and may run their triggers.`;
    if (!args.options.has('yes')) {
      if (!io.confirm)
        throw new UsageError(
          `publishing to a live bus needs a yes: run it in a terminal to be asked, or add --yes (it would send ${message.subject} to ${target.shown})`,
        );
      if (!(await io.confirm(question))) {
        report.line('Not published.');
        return;
      }
    }
    let nc;
    try {
      nc = await openBus(target, 'eventflow publish', () => {});
    } catch (e) {
      if (!(e instanceof BusError)) throw e;
      report.add(finding('error', 'publish.connect-failed', e.message));
      return;
    }
    const r = await publishMessage(nc, message);
    await nc.close().catch(() => {});
    if (!r.ok) {
      report.add(finding('error', 'publish.failed', `not published: ${r.error}`));
      return;
    }
    report.data.published = {
      stream: r.stream,
      seq: r.seq,
      duplicate: r.duplicate,
      eventId: message.msgId,
    };
    report.line(
      `Published ${source}/${eventName} to ${target.shown} as event ${message.msgId}: stream ${r.stream}, seq ${r.seq}${r.duplicate ? ' (the stream already had this id and dropped it)' : ''}.`,
      'ok',
    );
  },
};

/** BODY as simulate reads it: text, `@file` or `@-`. */
async function readEventBody(spec: string, context: CommandContext): Promise<string> {
  if (!spec.startsWith('@')) return spec;
  const path = spec.slice(1);
  const read =
    path === '-'
      ? context.io.stdin
        ? await context.io.stdin(MAX_EVENT_BYTES)
        : null
      : readFileBounded(isAbsolute(path) ? path : join(context.io.cwd, path), MAX_EVENT_BYTES);
  if (!read) throw new UsageError('no standard input to read @- from');
  if (!read.ok) throw new UsageError(`${path === '-' ? '<stdin>' : path}: ${read.problem.message}`);
  return new TextDecoder().decode(read.bytes);
}
