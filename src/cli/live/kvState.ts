// What each trigger holds on the cluster: the sensor's JetStream key-value bucket, read and never
// written (pkg/eventbus/jetstream/sensor/sensor_jetstream.go and trigger_conn.go). The bucket is
// named after the sensor; `<trigger>/<dependency>` holds the last event a waiting trigger keeps
// (MsgInfo: StreamSeq, ConsumerSeq, Timestamp, Event), `<trigger>/Expression` the trigger's
// `conditions` as the pod started with them, `Triggers` and `Deps` the spec it last saw.
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import type { SensorEvent } from '../../engine/event';
import { emptyTriggerState } from '../../engine/conditions/triggerState';
import { triggerKey, type SimState } from '../../engine/simulate/simState';
import { utf8Decode, utf8Encode } from '../../lib/utf8';
import { decodeCloudEvent } from './cloudEvent';
import { objectMembers } from './jsonMembers';
import type { TapDesign } from './tapDesign';
import type { TapPrinter } from './tapOutput';
import type { TapSession } from './tapSession';

/** One held event as the cluster keeps it. */
export interface ClusterHeld {
  eventId: string;
  streamSeq: number | null;
  timestamp: string | null;
  event: SensorEvent | null;
  /** Why the value could not be read as the sensor would. */
  problem?: string;
}

interface ClusterTrigger {
  sensor: string;
  trigger: string;
  held: Map<string, ClusterHeld>;
  expression: string | null;
}

const BUCKET = /^[-\w]+$/;
const KEY = /^[-/=.\w]+$/;

/** Reads a `<trigger>/<dependency>` value: the MsgInfo JSON the sensor's saveDependency wrote. */
export function readMsgInfo(bytes: Uint8Array): ClusterHeld {
  const text = utf8Decode(bytes);
  try {
    JSON.parse(text);
  } catch {
    return { eventId: '', streamSeq: null, timestamp: null, event: null, problem: 'not JSON' };
  }
  const members = objectMembers(text);
  const field = (k: string) => members.find((m) => m.key === k)?.raw;
  const seq = Number(field('StreamSeq'));
  const ts = field('Timestamp');
  const raw = field('Event');
  const decoded = raw ? decodeCloudEvent(utf8Encode(raw), Infinity) : null;
  return {
    eventId: decoded?.ok ? decoded.event.context.id : '',
    streamSeq: Number.isFinite(seq) ? seq : null,
    timestamp: ts ? String(JSON.parse(ts)) : null,
    event: decoded?.ok ? decoded.event : null,
    ...(decoded && !decoded.ok ? { problem: decoded.reason } : raw ? {} : { problem: 'no Event' }),
  };
}

export interface ClusterWatch {
  stop(): Promise<void>;
}

/**
 * Reads every trigger's keys once, seeds the tap's simulation with what the cluster holds, then
 * follows the buckets' changes with a plain subscription to `$KV.<sensor>.>` (no consumer) and
 * prints each change beside what the simulation holds for that trigger.
 */
export async function clusterStateWatch(
  nc: NatsConnection,
  design: TapDesign,
  session: TapSession,
  printer: TapPrinter,
): Promise<ClusterWatch> {
  const kvm = new Kvm(jetstream(nc));
  const triggers = new Map<string, ClusterTrigger>();
  const subs: Subscription[] = [];
  const seed: SimState = structuredClone(session.current);
  for (const s of design.sensors) {
    if (!BUCKET.test(s.name)) {
      printer.note(
        `sensor ${s.name}: a key-value bucket cannot have that name, so the sensor cannot start on a JetStream bus`,
        'warn',
      );
      continue;
    }
    let kv: KV;
    try {
      kv = await kvm.open(s.name);
      await kv.get('Triggers');
    } catch (e) {
      printer.note(
        /not found/i.test(String(e))
          ? `sensor ${s.name} has no key-value bucket on this bus: it has not started here`
          : `sensor ${s.name}: cannot read its key-value bucket: ${e instanceof Error ? e.message : String(e)}`,
        'warn',
      );
      continue;
    }
    for (const t of s.triggers) {
      const ct: ClusterTrigger = {
        sensor: s.name,
        trigger: t.name,
        held: new Map(),
        expression: null,
      };
      triggers.set(`${s.name}/${t.name}`, ct);
      const expr = KEY.test(`${t.name}/Expression`) ? await kv.get(`${t.name}/Expression`) : null;
      if (expr && expr.operation === 'PUT') ct.expression = expr.string();
      for (const d of t.dependencies) {
        const key = `${t.name}/${d}`;
        if (!KEY.test(key)) continue;
        const e = await kv.get(key);
        if (e && e.operation === 'PUT') ct.held.set(d, readMsgInfo(e.value));
      }
      const held = [...ct.held].filter(([, h]) => h.event);
      if (held.length) {
        const state = emptyTriggerState();
        for (const [d, h] of held) state.held[d] = h.event!;
        seed.triggers[triggerKey(design.namespace, s.name, t.name)] = state;
      }
    }
    const sub = nc.subscribe(`$KV.${s.name}.>`, {
      callback: (err, m) => {
        if (err) return;
        const key = m.subject.slice(`$KV.${s.name}.`.length);
        const slash = key.indexOf('/');
        if (slash < 0) return;
        const ct = triggers.get(`${s.name}/${key.slice(0, slash)}`);
        if (!ct) return;
        const dep = key.slice(slash + 1);
        const op = m.headers?.get('KV-Operation') || 'PUT';
        if (dep === 'Expression') ct.expression = op === 'PUT' ? m.string() : null;
        else if (op === 'PUT') ct.held.set(dep, readMsgInfo(m.data));
        else ct.held.delete(dep);
        report(printer, ct, session.current, design.namespace, 'changed');
      },
    });
    subs.push(sub);
  }
  session.seed(seed);
  for (const ct of triggers.values()) report(printer, ct, session.current, design.namespace, 'now');
  if (triggers.size) printer.note('the simulation starts from what the cluster holds');
  // The sensor writes its bucket after it has handled an event: each change is printed when the
  // subscription delivers it, beside the simulation's view at that moment.
  return {
    stop: async () => {
      for (const s of subs) s.unsubscribe();
    },
  };
}

function report(
  printer: TapPrinter,
  ct: ClusterTrigger,
  sim: SimState,
  namespace: string,
  when: 'now' | 'changed',
): void {
  const simHeld = sim.triggers[triggerKey(namespace, ct.sensor, ct.trigger)]?.held ?? {};
  const simulation = Object.fromEntries(Object.entries(simHeld).map(([d, e]) => [d, e.context.id]));
  const cluster = Object.fromEntries(
    [...ct.held].map(([d, h]) => [
      d,
      {
        eventId: h.eventId,
        streamSeq: h.streamSeq,
        timestamp: h.timestamp,
        ...(h.problem ? { problem: h.problem } : {}),
      },
    ]),
  );
  const agrees =
    Object.keys(cluster).sort().join(',') === Object.keys(simulation).sort().join(',') &&
    Object.entries(simulation).every(([d, id]) => cluster[d]?.eventId === id);
  if (printer.json) {
    printer.object('cluster-state', {
      sensor: ct.sensor,
      trigger: ct.trigger,
      when,
      cluster: { held: cluster, expression: ct.expression },
      simulation: { held: simulation },
      agrees,
    });
    return;
  }
  const list = (entries: [string, string][]) =>
    entries.length
      ? entries.map(([d, id]) => `${d} (${id.slice(0, 8) || '?'})`).join(', ')
      : 'nothing';
  const c = list([...ct.held].map(([d, h]) => [d, h.eventId]));
  const s = list(Object.entries(simulation));
  printer.line(
    `cluster: ${ct.sensor}/${ct.trigger} ${when === 'now' ? 'holds' : 'now holds'} ${c}${ct.expression !== null ? ` (conditions "${ct.expression}")` : ''} · simulation holds ${s}${agrees ? '' : ' · they differ'}`,
    agrees ? 'dim' : 'warn',
  );
}
