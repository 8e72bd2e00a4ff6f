import { compileSimDesign, type SimManifest } from '../../engine/simulate/simDesign';
import { isPlainObject } from '../../lib/deepEqual';

/** The JetStream stream every Argo Events bus uses, and its subjects (pkg/eventbus/jetstream/base CreateStream). */
export const STREAM = 'default';
export const STREAM_SUBJECTS = 'default.*.*';

/** One dependency the tap follows: the subject its EventSource publishes on. */
interface FollowedDependency {
  sensor: string;
  dependency: string;
  eventSourceName: string;
  eventName: string;
  subject: string;
}

export interface TapDesign {
  /** The manifests the engine runs: calendar events removed (real ticks arrive on the bus). */
  manifests: SimManifest[];
  namespace: string;
  followed: FollowedDependency[];
  /** Distinct subjects, in the order first named. */
  subjects: string[];
  /** Things worth saying before the first event (sensors on another bus, subjects no stream captures). */
  notes: string[];
  /** Sensor names on the tapped bus (their key-value buckets hold the cluster's waiting state). */
  sensors: { name: string; triggers: { name: string; dependencies: string[] }[] }[];
}

/** A subject token the stream's `default.*.*` captures: one token, no wildcard, no space. */
const TOKEN = /^[^.*>\s]+$/;

/**
 * What the tap follows in a design: the sensors on the tapped EventBus in one namespace, and the
 * subject of each of their dependencies (`default.<eventSourceName>.<eventName>`, as the pod
 * publishes and the sensor subscribes: source_conn.go Publish, trigger_conn.go Subscribe).
 */
export function tapDesign(
  manifests: readonly SimManifest[],
  bus: string,
  namespace: string | undefined,
): TapDesign | { error: string } {
  const sim = compileSimDesign([...manifests]);
  const namespaces = [...new Set(sim.sensors.map((s) => s.namespace))];
  if (namespace === undefined && namespaces.length > 1)
    return {
      error: `the design's sensors are in several namespaces (${namespaces.map((n) => JSON.stringify(n || '(none)')).join(', ')}): say which bus this is with --namespace`,
    };
  const ns = namespace ?? namespaces[0] ?? '';
  const notes: string[] = [];
  const followed: FollowedDependency[] = [];
  const sensors: TapDesign['sensors'] = [];
  for (const s of sim.sensors) {
    if (s.namespace !== ns) continue;
    if (s.bus !== bus) {
      notes.push(`sensor ${s.name} listens on EventBus ${s.bus}, not ${bus}: not followed`);
      continue;
    }
    sensors.push({
      name: s.name,
      triggers: s.triggers.map((t) => ({
        name: t.name,
        dependencies: t.compiled.ok ? t.compiled.subscribed : s.dependencies.map((d) => d.name),
      })),
    });
    for (const d of s.dependencies) {
      const subject = `${STREAM}.${d.eventSourceName}.${d.eventName}`;
      if (!TOKEN.test(d.eventSourceName) || !TOKEN.test(d.eventName)) {
        notes.push(
          `${s.name}/${d.name} waits for ${d.eventSourceName}/${d.eventName}, but ${JSON.stringify(subject)} is not one of the stream's ${STREAM_SUBJECTS} subjects: its EventSource cannot publish it, so it never arrives`,
        );
        continue;
      }
      followed.push({
        sensor: s.name,
        dependency: d.name,
        eventSourceName: d.eventSourceName,
        eventName: d.eventName,
        subject,
      });
    }
  }
  return {
    manifests: manifests.map(withoutCalendars),
    namespace: ns,
    followed,
    subjects: [...new Set(followed.map((f) => f.subject))],
    notes,
    sensors,
  };
}

/** An EventSource without calendar events: on a live bus the real ticks arrive as events. */
function withoutCalendars(m: SimManifest): SimManifest {
  if (m.kind !== 'EventSource' || !isPlainObject(m.value.spec) || !('calendar' in m.value.spec))
    return m;
  const spec: Record<string, unknown> = { ...m.value.spec };
  delete spec.calendar;
  return { kind: m.kind, value: { ...m.value, spec } };
}
