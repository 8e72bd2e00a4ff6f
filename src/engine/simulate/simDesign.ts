import {
  eventBusKinds,
  eventSourceTypes,
  effectiveEventBusName,
  objectList,
  str,
  triggerTypeOf,
} from '../../domain/graph/resourceParts';
import { isPlainObject } from '../../lib/deepEqual';
import {
  compileDependencyExpression,
  type DependencyExpression,
} from '../conditions/dependencyExpression';
import { parseCron, type CronSpec } from '../clock/cron';
import { asRecord } from '../../lib/jsonValue';

/** An Argo Events resource handed to the simulator: its kind and its manifest value. */
export interface SimManifest {
  kind: string;
  value: Record<string, unknown>;
}

interface SimEvent {
  sourceType: string;
  name: string;
  config: unknown;
}

interface SimEventSource {
  name: string;
  namespace: string;
  bus: string;
  events: SimEvent[];
}

interface SimDependency {
  name: string;
  eventSourceName: string;
  eventName: string;
  filters: unknown;
  filtersLogicalOperator: unknown;
  transform: unknown;
}

export interface SimTrigger {
  name: string;
  index: number;
  type: string | null;
  value: Record<string, unknown>;
  compiled: DependencyExpression;
  resets: { cron: string; spec: CronSpec }[];
}

export interface SimSensor {
  name: string;
  namespace: string;
  bus: string;
  busKind: string | null;
  dependencies: SimDependency[];
  triggers: SimTrigger[];
}

export interface SimDesign {
  sources: SimEventSource[];
  sensors: SimSensor[];
  buses: { name: string; namespace: string; kind: string | null }[];
}

const ns = (v: Record<string, unknown>) =>
  isPlainObject(v.metadata) && typeof v.metadata.namespace === 'string' ? v.metadata.namespace : '';
const nameOf = (v: Record<string, unknown>) =>
  isPlainObject(v.metadata) && typeof v.metadata.name === 'string' ? v.metadata.name : '';

/** Compiles manifests into what the simulator needs; pure, never throws. */
export function compileSimDesign(manifests: readonly SimManifest[]): SimDesign {
  const buses = manifests
    .filter((m) => m.kind === 'EventBus')
    .map((m) => ({
      name: nameOf(m.value),
      namespace: ns(m.value),
      kind: eventBusKinds(m.value)[0] ?? null,
    }));
  const sources = manifests
    .filter((m) => m.kind === 'EventSource')
    .map((m): SimEventSource => {
      const spec = asRecord(m.value.spec) ?? {};
      const events = eventSourceTypes(m.value).flatMap((t) =>
        Object.entries(asRecord(spec[t]) ?? {}).map(([name, config]) => ({
          sourceType: t,
          name,
          config,
        })),
      );
      return {
        name: nameOf(m.value),
        namespace: ns(m.value),
        bus: effectiveEventBusName(m.value),
        events,
      };
    });
  const sensors = manifests
    .filter((m) => m.kind === 'Sensor')
    .map((m): SimSensor => {
      const dependencies = (objectList(m.value, 'dependencies') ?? []).map((d) => ({
        name: str(d.name),
        eventSourceName: str(d.eventSourceName),
        eventName: str(d.eventName),
        filters: d.filters,
        filtersLogicalOperator: d.filtersLogicalOperator,
        transform: d.transform,
      }));
      const triggers = (objectList(m.value, 'triggers') ?? []).map((t, index): SimTrigger => {
        const template = isPlainObject(t.template) ? t.template : {};
        const conditions =
          typeof template.conditions === 'string' ? template.conditions : undefined;
        const resets = (
          Array.isArray(template.conditionsReset) ? template.conditionsReset : []
        ).flatMap((r) => {
          const byTime = isPlainObject(r) && isPlainObject(r.byTime) ? r.byTime : null;
          if (!byTime || typeof byTime.cron !== 'string') return [];
          return [
            {
              cron: byTime.cron,
              spec: parseCron(
                byTime.cron,
                typeof byTime.timezone === 'string' ? byTime.timezone : undefined,
              ),
            },
          ];
        });
        return {
          name: str(template.name),
          index,
          type: triggerTypeOf(t),
          value: t,
          compiled: compileDependencyExpression(
            conditions,
            dependencies.map((d) => d.name),
          ),
          resets,
        };
      });
      const bus = effectiveEventBusName(m.value);
      const busKind =
        buses.find((b) => b.name === bus && b.namespace === ns(m.value))?.kind ?? null;
      return {
        name: nameOf(m.value),
        namespace: ns(m.value),
        bus,
        busKind,
        dependencies,
        triggers,
      };
    });
  return { sources, sensors, buses };
}
