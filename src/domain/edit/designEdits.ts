import { listManifests, parseDesign, type DesignFile, type ManifestEntry } from '../design/design';
import { lookupEventBusKind } from '../catalog/eventBusKinds';
import { lookupEventSourceType } from '../catalog/eventSourceTypes';
import { lookupTriggerType } from '../catalog/triggerTypes';
import { conditionKey, readConditions } from '../sensor/conditionNames';
import { ensureArray, ensureObject, isJsonObject, type JsonObject } from '../manifest/jsonValue';
import { eventsOfType } from '../manifest/eventSourceManifest';
import { sensorDependencies, triggerTemplate } from '../manifest/sensorManifest';
import { removeDocument, structuredCopy, uniqueName, updateDocument } from './documentEdits';
import { nodeId, parseNodeId, splitEventKey, type NodeId } from '../graph/ids';
import { appendResource, type NewResourceFile } from './newResourceFile';

/**
 * The result of an edit: the new files (with the node to select and, for a new resource, the file
 * it was written to), or a reason the edit cannot be made.
 */
export type EditResult =
  { ok: true; files: DesignFile[]; select?: NodeId; file?: string } | { ok: false; reason: string };

const API = 'argoproj.io/v1alpha1';

function manifests(files: readonly DesignFile[]): ManifestEntry[] {
  return listManifests(parseDesign(files));
}

/** The resource with this kind, name and namespace; `copy` picks the 2nd, 3rd… of the same name. */
function find(
  files: readonly DesignFile[],
  kind: string,
  name: string,
  namespace: string,
  copy = 1,
): ManifestEntry | undefined {
  return manifests(files).filter(
    (m) => m.kind === kind && m.name === name && (m.namespace ?? '') === namespace,
  )[copy - 1];
}

const at = (m: ManifestEntry) => ({ fileIndex: m.fileIndex, documentIndex: m.documentIndex });
const spec = (v: JsonObject) => ensureObject(v, 'spec');

/** Adds an EventSource with one event of `type`, named uniquely, using the catalog's default config. */
export function addEventSource(
  files: readonly DesignFile[],
  type: string,
  into?: NewResourceFile,
): EditResult {
  const info = lookupEventSourceType(type);
  if (!info) return { ok: false, reason: `unknown EventSource type ${type}` };
  const name = uniqueName(
    type.toLowerCase(),
    manifests(files)
      .filter((m) => m.kind === 'EventSource')
      .map((m) => m.name),
  );
  const value = {
    apiVersion: API,
    kind: 'EventSource',
    metadata: { name },
    spec: { [type]: { example: structuredCopy(info.defaultConfig) } },
  };
  return {
    ok: true,
    ...appendResource(files, value, into),
    select: nodeId({ kind: 'eventSource', namespace: '', name }),
  };
}

/** Adds an EventBus of `kind`; the first one is named `default`, which sources and sensors use unless told otherwise. */
export function addEventBus(
  files: readonly DesignFile[],
  kind: string,
  into?: NewResourceFile,
): EditResult {
  const info = lookupEventBusKind(kind);
  if (!info) return { ok: false, reason: `unknown EventBus kind ${kind}` };
  const name = uniqueName(
    'default',
    manifests(files)
      .filter((m) => m.kind === 'EventBus')
      .map((m) => m.name),
  );
  const value = {
    apiVersion: API,
    kind: 'EventBus',
    metadata: { name },
    spec: { [kind]: structuredCopy(info.defaultSpec) },
  };
  return {
    ok: true,
    ...appendResource(files, value, into),
    select: nodeId({ kind: 'eventBus', namespace: '', name }),
  };
}

/**
 * Adds a trigger of `type`: to the given Sensor, or to a new Sensor (which then has no dependency
 * yet; wiring an event to it adds one).
 */
export function addTrigger(
  files: readonly DesignFile[],
  type: string,
  sensorName?: string,
  namespace = '',
  into?: NewResourceFile,
): EditResult {
  const info = lookupTriggerType(type);
  if (!info) return { ok: false, reason: `unknown trigger type ${type}` };
  const sensor = sensorName ? find(files, 'Sensor', sensorName, namespace) : undefined;
  const all = manifests(files);
  if (!sensor) {
    const name = uniqueName(
      'sensor',
      all.filter((m) => m.kind === 'Sensor').map((m) => m.name),
    );
    const triggerName = `${type.toLowerCase()}-trigger`;
    const value = {
      apiVersion: API,
      kind: 'Sensor',
      metadata: { name },
      spec: {
        dependencies: [],
        triggers: [
          { template: { name: triggerName, [type]: withoutPlaceholderDeps(info.defaultSpec) } },
        ],
      },
    };
    return {
      ok: true,
      ...appendResource(files, value, into),
      select: nodeId({ kind: 'trigger', namespace: '', name, key: triggerName }),
    };
  }
  let newName = '';
  const next = updateDocument(files, at(sensor), (v) => {
    const triggers = ensureArray(spec(v), 'triggers');
    newName = uniqueName(
      `${type.toLowerCase()}-trigger`,
      triggers.map((t) => (isJsonObject(t) ? (triggerTemplate(t)?.name ?? '') : '')).map(String),
    );
    triggers.push({
      template: { name: newName, [type]: withoutPlaceholderDeps(info.defaultSpec) },
    });
    return v;
  });
  return {
    ok: true,
    files: next,
    select: nodeId({ kind: 'trigger', namespace, name: sensor.name, key: newName }),
  };
}

/** Catalog defaults reference `example-dep`; a new trigger starts without payload mappings. */
function withoutPlaceholderDeps(specValue: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredCopy(specValue);
  if (Array.isArray(copy.payload)) copy.payload = [];
  return copy;
}

/**
 * Wires an event to a Sensor: adds a dependency named after the event (unique within the sensor)
 * with eventSourceName and eventName filled in. Refused when the sensor already depends on it.
 */
export function connectEventToSensor(
  files: readonly DesignFile[],
  eventId: string,
  sensorId: string,
): EditResult {
  const ev = parseNodeId(eventId);
  const s = parseNodeId(sensorId);
  if (
    !ev ||
    ev.kind !== 'event' ||
    !s ||
    (s.kind !== 'sensor' && s.kind !== 'dependency' && s.kind !== 'trigger')
  )
    return { ok: false, reason: 'connect an event to a Sensor' };
  if (ev.namespace !== s.namespace)
    return { ok: false, reason: 'the event and the Sensor are in different namespaces' };
  const sensor = find(files, 'Sensor', s.name, s.namespace);
  if (!sensor) return { ok: false, reason: `no Sensor ${s.name}` };
  const { eventName } = splitEventKey(ev.key ?? '');
  const deps = sensorDependencies(sensor.value);
  if (deps.some((d) => d.eventSourceName === ev.name && d.eventName === eventName))
    return { ok: false, reason: `${s.name} already depends on ${ev.name}/${eventName}` };
  const name = uniqueName(
    `${ev.name}-${eventName}`.replace(/[^A-Za-z0-9_-]/g, '-'),
    deps.map((d) => String(d.name ?? '')),
  );
  const next = updateDocument(files, at(sensor), (v) => {
    ensureArray(spec(v), 'dependencies').push({ name, eventSourceName: ev.name, eventName });
    return v;
  });
  return {
    ok: true,
    files: next,
    select: nodeId({ kind: 'dependency', namespace: s.namespace, name: s.name, key: name }),
  };
}

/**
 * Wires a dependency to a trigger of the same Sensor: adds it to the trigger's `conditions` (AND),
 * writing the conditions out when they were implicit (all dependencies).
 */
export function connectDependencyToTrigger(
  files: readonly DesignFile[],
  depId: string,
  triggerId: string,
): EditResult {
  const d = parseNodeId(depId);
  const t = parseNodeId(triggerId);
  if (!d || d.kind !== 'dependency' || !t || t.kind !== 'trigger')
    return { ok: false, reason: 'connect a dependency to a trigger' };
  if (d.name !== t.name || d.namespace !== t.namespace)
    return { ok: false, reason: 'a trigger can only use dependencies of its own Sensor' };
  const sensor = find(files, 'Sensor', t.name, t.namespace);
  if (!sensor) return { ok: false, reason: `no Sensor ${t.name}` };
  let reason = '';
  const next = updateDocument(files, at(sensor), (v) => {
    const deps = ensureArray(spec(v), 'dependencies').map((x) =>
      String((isJsonObject(x) ? x.name : undefined) ?? ''),
    );
    const trigger = ensureArray(spec(v), 'triggers').find(
      (x) => isJsonObject(x) && triggerTemplate(x)?.name === t.key,
    );
    const template = isJsonObject(trigger) ? triggerTemplate(trigger) : undefined;
    if (!template) {
      reason = `no trigger ${t.key ?? ''}`;
      return v;
    }
    const current =
      typeof template.conditions === 'string' && template.conditions.trim()
        ? template.conditions
        : null;
    const reading = current ? readConditions(current) : { ok: true as const, names: deps };
    if (reading.ok && reading.names.some((n) => conditionKey(n) === conditionKey(d.key ?? ''))) {
      reason = `${t.key ?? ''} already uses ${d.key ?? ''}`;
      return v;
    }
    const base = current ?? (deps.filter((n) => n !== d.key).join(' && ') || null);
    template.conditions = base
      ? `${base.includes('||') ? `(${base})` : base} && ${d.key ?? ''}`
      : (d.key ?? '');
    return v;
  });
  return reason ? { ok: false, reason } : { ok: true, files: next };
}

/** Wires an EventBus to an EventSource or Sensor: sets its eventBusName (left out for `default`). */
export function connectBus(
  files: readonly DesignFile[],
  busId: string,
  targetId: string,
): EditResult {
  const b = parseNodeId(busId);
  const t = parseNodeId(targetId);
  if (!b || b.kind !== 'eventBus' || !t || (t.kind !== 'eventSource' && t.kind !== 'sensor'))
    return { ok: false, reason: 'connect an EventBus to an EventSource or a Sensor' };
  if (b.namespace !== t.namespace)
    return { ok: false, reason: 'an EventBus serves only its own namespace' };
  const target = find(files, t.kind === 'sensor' ? 'Sensor' : 'EventSource', t.name, t.namespace);
  if (!target) return { ok: false, reason: `no ${t.kind} ${t.name}` };
  return {
    ok: true,
    files: updateDocument(files, at(target), (v) => {
      const s = spec(v);
      if (b.name === 'default') delete s.eventBusName;
      else s.eventBusName = b.name;
      return v;
    }),
  };
}

/** Deletes what a node stands for: a resource, an event, a dependency (and its condition terms) or a trigger. */
export function deleteNode(files: readonly DesignFile[], nodeId: string): EditResult {
  const n = parseNodeId(nodeId);
  if (!n) return { ok: false, reason: 'nothing to delete' };
  const kind =
    n.kind === 'eventBus'
      ? 'EventBus'
      : n.kind === 'eventSource' || n.kind === 'event'
        ? 'EventSource'
        : 'Sensor';
  const owner = find(files, kind, n.name, n.namespace, n.copy);
  if (!owner) return { ok: false, reason: `no ${kind} ${n.name}` };
  if (n.kind === 'eventBus' || n.kind === 'eventSource' || n.kind === 'sensor')
    return { ok: true, files: removeDocument(files, at(owner)) };
  return {
    ok: true,
    files: updateDocument(files, at(owner), (v) => {
      const s = spec(v);
      if (n.kind === 'event') {
        const { sourceType, eventName } = splitEventKey(n.key ?? '');
        const events = eventsOfType(v, sourceType);
        if (events) delete events[eventName];
      } else if (n.kind === 'dependency') {
        s.dependencies = ensureArray(s, 'dependencies').filter(
          (d) => !(isJsonObject(d) && d.name === n.key),
        );
        for (const t of ensureArray(s, 'triggers')) {
          const template = isJsonObject(t) ? triggerTemplate(t) : undefined;
          if (template && typeof template.conditions === 'string') {
            const left = dropTerm(template.conditions, n.key ?? '');
            if (left) template.conditions = left;
            else delete template.conditions;
          }
        }
      } else if (n.kind === 'trigger') {
        s.triggers = ensureArray(s, 'triggers').filter(
          (t) => !(isJsonObject(t) && triggerTemplate(t)?.name === n.key),
        );
      }
      return v;
    }),
  };
}

/** Removes a dependency from a conditions expression, keeping the rest valid. */
export function dropTerm(conditions: string, name: string): string {
  const tokens = conditions
    .replace(/\s+/g, ' ')
    .split(/(&&|\|\||\(|\))/)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const tok of tokens) {
    if (conditionKey(tok) === conditionKey(name)) {
      if (out.length && (out[out.length - 1] === '&&' || out[out.length - 1] === '||')) out.pop();
      continue;
    }
    if ((tok === '&&' || tok === '||') && (out.length === 0 || out[out.length - 1] === '('))
      continue;
    out.push(tok);
  }
  let text = out.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')').replace(/\(\)/g, '').trim();
  text = text.replace(/^(&&|\|\|)\s*/, '').replace(/\s*(&&|\|\|)$/, '');
  return text;
}
