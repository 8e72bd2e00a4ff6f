import { parseDuration } from '../../domain/cron/goDuration';
import { lastOption, UsageError, type ParsedArgs } from '../args';
import {
  EXCLUDE_OPTION,
  readCommandInputs,
  reportInputs,
  TIMEOUT_OPTION,
  type Command,
} from '../command';
import { loadDesign, yamlFindings, type LoadedDesign } from '../design/loadDesign';
import { BusError, followStream, openBus, type BusMessageIn } from '../live/busClient';
import { BUS_OPTIONS, readBusTarget } from '../live/busOptions';
import { BUS_MAX_PAYLOAD, decodeCloudEvent } from '../live/cloudEvent';
import { tapDesign, STREAM } from '../live/tapDesign';
import { TapPrinter } from '../live/tapOutput';
import { TapSession } from '../live/tapSession';
import { finding } from '../report/finding';
import { clusterStateWatch } from '../live/kvState';
import { startTapServer, type TapServer } from '../live/tapServer';

export const tapCommand: Command = {
  name: 'tap',
  summary: 'follow a live Argo Events EventBus and explain each real event with the design',
  usage: 'tap --bus nats://HOST:PORT [auth options] FILE|DIR|-... [--state] [--serve] [options]',
  details: `
Subscribes read-only to the design's subjects on a JetStream EventBus (default.<source>.<event>)
with an ephemeral, deliver-new ordered consumer that never acknowledges, and runs each real event
through the design's sensors, keeping their waiting state from event to event: what arrived, what
passed or was dropped and why, which trigger fired with what, which waits and for what. It never
writes: no durable consumer, no acknowledgement, no key-value write; its own ephemeral consumer is
removed when it stops (a tap that was killed leaves it until the server drops it: 30 s, or 5
minutes once it has been recreated after a reconnection). Messages the sensor would discard
(not JSON, not a CloudEvent, over --max-bytes) are reported and skipped. A broken connection is
retried for ever; the consumer goes on from the next stream sequence.

Reach the bus with kubectl port-forward svc/eventbus-default-js-svc 4222:4222 -n NS; its
credentials are the Secret eventbus-default-js-client-auth, key client-auth (--auth-file).
--state also reads each sensor's key-value bucket (what the cluster holds for each trigger) and
starts the simulation from it. --serve opens a loopback WebSocket for the app (a one-time link);
without a design it follows every subject. Stops on Ctrl-C, after --count events or --for.`,
  options: [
    ...BUS_OPTIONS,
    { name: 'eventbus', value: 'NAME', help: 'the EventBus this is (default: default)' },
    { name: 'namespace', value: 'NS', help: "the sensors' namespace (default: the design's)" },
    { name: 'all', help: 'follow every subject of the stream, not only the design’s' },
    { name: 'state', help: "also read the sensors' key-value buckets and show what they hold" },
    { name: 'serve', help: 'serve the events to the app on a loopback WebSocket (one-time link)' },
    {
      name: 'allow-publish',
      help: 'with --serve: let the app send test events to the bus (each confirmed there)',
    },
    { name: 'count', value: 'N', help: 'stop after N messages' },
    { name: 'for', value: 'DURATION', help: 'stop after this long, e.g. 10m' },
    {
      name: 'max-bytes',
      value: 'N',
      help: `largest message read (default ${BUS_MAX_PAYLOAD}, the bus's max_payload)`,
    },
    TIMEOUT_OPTION,
    EXCLUDE_OPTION,
  ],
  async run(context) {
    const { args, report, io } = context;
    const limits = readLimits(args);
    const serve = args.options.has('serve');
    if (args.options.has('allow-publish') && !serve)
      throw new UsageError('--allow-publish goes with --serve');
    if (args.positionals.length === 0 && !serve && !args.options.has('all'))
      throw new UsageError('give the design (FILE, DIR or -), or --all to follow every subject');
    let design: LoadedDesign | null = null;
    if (args.positionals.length) {
      const inputs = await readCommandInputs(context, args.positionals);
      if (!reportInputs(report, inputs)) return;
      design = loadDesign(inputs.files);
      for (const s of design.skipped) report.add(s);
      const broken = yamlFindings(design.files);
      for (const f of broken) report.add(f);
      if (broken.length) return;
    }
    // After the design, so unreadable input is exit 2 with its report in every format.
    const target = readBusTarget(args, io.cwd);
    const bus = lastOption(args, 'eventbus') ?? 'default';
    const shape = tapDesign(design?.manifests ?? [], bus, lastOption(args, 'namespace'));
    if ('error' in shape) throw new UsageError(shape.error);
    const all = args.options.has('all') || (serve && !design);
    if (design && shape.followed.length === 0 && !all) {
      for (const n of shape.notes) report.add(finding('warning', 'tap.not-followed', n));
      report.add(
        finding(
          'error',
          'tap.nothing-to-follow',
          `no sensor of the design waits on EventBus ${bus}`,
        ),
      );
      return;
    }
    const printer = new TapPrinter(report, io, design?.entries ?? []);
    report.streamed = printer.json;
    for (const n of shape.notes) printer.note(n, 'warn');

    const stopper = new AbortController();
    const stopAll = () => stopper.abort();
    io.stop?.addEventListener('abort', stopAll, { once: true });
    if (io.stop?.aborted) stopAll();
    const timer = limits.forMs !== null ? setTimeout(stopAll, limits.forMs) : null;

    let server: TapServer | null = null;
    const say = (text: string, style: 'warn' | 'ok' | 'bad') => {
      printer.note(text, style);
      server?.status(text);
    };
    let nc;
    try {
      nc = await openBus(target, 'eventflow tap (read-only)', (s) => {
        if (s.type === 'disconnected')
          say(`disconnected from ${target.shown}; reconnecting…`, 'warn');
        else if (s.type === 'reconnected') say(`reconnected to ${target.shown}`, 'ok');
        else if (s.type === 'error') say(`bus error: ${s.message}`, 'bad');
      });
    } catch (e) {
      if (timer) clearTimeout(timer);
      if (!(e instanceof BusError)) throw e;
      report.add(finding('error', 'tap.connect-failed', e.message));
      if (printer.json) printer.summary(report.exitCode());
      return;
    }
    const session = new TapSession(context.engine(), shape, Date.now());
    const cluster = args.options.has('state')
      ? await clusterStateWatch(nc, shape, session, printer)
      : null;
    server = serve
      ? await startTapServer({
          nc,
          printer,
          target,
          allowPublish: args.options.has('allow-publish'),
          namespace: shape.namespace,
        })
      : null;
    let seen = 0;
    const onMessage = async (m: BusMessageIn) => {
      if (stopper.signal.aborted) return;
      seen++;
      const decoded = decodeCloudEvent(m.data, limits.maxBytes);
      if (!decoded.ok) {
        printer.bad(m, decoded.kind, decoded.reason);
        server?.bad(m, decoded.kind, decoded.reason);
      } else {
        server?.event(m, decoded.event, shape.namespace);
        const outcome = await session.receive(decoded.event, m.receivedMs);
        printer.event(m, decoded.event, decoded.extensions, outcome);
      }
      if (limits.count !== null && seen >= limits.count) stopAll();
    };
    let follower;
    try {
      follower = await followStream(nc, {
        subjects: shape.subjects,
        all,
        onMessage,
        onNote: (t) => printer.note(t),
      });
    } catch (e) {
      if (timer) clearTimeout(timer);
      await server?.close();
      await nc.close();
      if (!(e instanceof BusError)) throw e;
      report.add(finding('error', 'tap.follow-failed', e.message));
      if (printer.json) printer.summary(report.exitCode());
      return;
    }
    const filter = Array.isArray(follower.filter) ? follower.filter.join(', ') : follower.filter;
    if (printer.json)
      printer.object('following', {
        server: target.shown,
        auth: target.authNote,
        stream: STREAM,
        filter: follower.filter,
        consumer: `${follower.prefix}_*`,
        subjects: all ? [] : shape.subjects,
        namespace: shape.namespace,
        sensors: shape.sensors.map((s) => s.name),
        ...(server ? { serve: server.url } : {}),
      });
    else {
      printer.line(
        `Following ${target.shown} (${target.authNote}), stream ${STREAM}, ${filter}${all || filter === shape.subjects[0] ? '' : ` for ${shape.subjects.join(', ')}`}: read-only, an ephemeral consumer (${follower.prefix}_…) with no acks, removed when the tap stops. Ctrl-C to stop.`,
        'bold',
      );
      if (server) server.announce();
    }
    await Promise.race([
      new Promise<void>((r) => stopper.signal.addEventListener('abort', () => r(), { once: true })),
      follower.done,
    ]);
    if (timer) clearTimeout(timer);
    io.stop?.removeEventListener('abort', stopAll);
    await follower.stop();
    await cluster?.stop();
    await server?.close();
    await nc.close().catch(() => {});
    printer.summary(report.exitCode());
  },
};

function readLimits(args: ParsedArgs): {
  count: number | null;
  forMs: number | null;
  maxBytes: number;
} {
  const whole = (name: string): number | null => {
    const t = lastOption(args, name);
    if (t === undefined) return null;
    if (!/^\d+$/.test(t) || Number(t) === 0)
      throw new UsageError(`--${name} needs a whole number above 0, not ${JSON.stringify(t)}`);
    return Number(t);
  };
  const forText = lastOption(args, 'for');
  const forMs = forText === undefined ? null : parseDuration(forText);
  if (forText !== undefined && (forMs === null || forMs <= 0))
    throw new UsageError(`--for ${JSON.stringify(forText)} is not a duration such as 90s or 10m`);
  return { count: whole('count'), forMs, maxBytes: whole('max-bytes') ?? BUS_MAX_PAYLOAD };
}
