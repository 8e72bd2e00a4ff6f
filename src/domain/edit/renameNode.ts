import { listManifests, parseDesign, type DesignFile } from '../design/design';
import { setOwn } from '../../lib/setOwn';
import { conditionKey } from '../sensor/conditionNames';
import { parseNodeId, splitEventKey, nodeId, eventKey } from '../graph/ids';
import { ensureObject, isJsonObject, type JsonObject } from '../manifest/jsonValue';
import { eventsOfType, eventSourceEvents } from '../manifest/eventSourceManifest';
import {
  sensorDependencies,
  sensorTriggers,
  triggerName,
  triggerParameterLists,
  triggerTemplate,
} from '../manifest/sensorManifest';
import { DocumentBatch } from './documentEdits';
import type { EditResult } from './designEdits';

const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const DEP_NAME = /^[A-Za-z_-][A-Za-z0-9_-]*$/;

/**
 * Renames what a node stands for and makes every reference follow: dependencies' eventSourceName and
 * eventName, eventBusName, `conditions` terms and parameters' src.dependencyName.
 */
export function renameNode(files: readonly DesignFile[], id: string, newName: string): EditResult {
  const n = parseNodeId(id);
  if (!n) return { ok: false, reason: 'nothing to rename' };
  const name = newName.trim();
  const current =
    n.kind === 'event'
      ? splitEventKey(n.key ?? '').eventName
      : n.kind === 'dependency' || n.kind === 'trigger'
        ? (n.key ?? '')
        : n.name;
  if (name === current) return { ok: true, files: [...files], select: nodeId(n) };
  if (n.kind === 'dependency') {
    if (!DEP_NAME.test(name))
      return {
        ok: false,
        reason:
          'a dependency name may hold letters, digits, - and _ and must not start with a digit',
      };
  } else if (n.kind === 'event' || n.kind === 'trigger') {
    if (!name) return { ok: false, reason: 'the name cannot be empty' };
  } else if (!NAME.test(name) || name.length > 253) {
    return {
      ok: false,
      reason:
        'Kubernetes names use lower-case letters, digits, - and . and start and end with a letter or digit',
    };
  }
  const all = listManifests(parseDesign(files));
  const ns = n.namespace;
  const inNs = (m: { namespace: string | null }) => (m.namespace ?? '') === ns;
  const batch = new DocumentBatch(files);
  const byName = new Map<string, (typeof all)[number]>();
  for (const m of all) {
    const k = `${m.kind}\u0000${m.name}`;
    if (inNs(m) && !byName.has(k)) byName.set(k, m);
  }
  const edit = (kind: string, resourceName: string, fn: (v: JsonObject) => void) => {
    const m = byName.get(`${kind}\u0000${resourceName}`);
    if (m) batch.update({ fileIndex: m.fileIndex, documentIndex: m.documentIndex }, fn);
  };
  const sensors = all.filter((m) => m.kind === 'Sensor' && inNs(m)).map((m) => m.name);
  const rename = (v: JsonObject) => (ensureObject(v, 'metadata').name = name);

  switch (n.kind) {
    case 'eventSource': {
      if (all.some((m) => m.kind === 'EventSource' && m.name === name && inNs(m)))
        return { ok: false, reason: `an EventSource named ${name} already exists` };
      edit('EventSource', n.name, rename);
      for (const s of sensors)
        edit('Sensor', s, (v) =>
          sensorDependencies(v).forEach(
            (d) => d.eventSourceName === n.name && (d.eventSourceName = name),
          ),
        );
      return {
        ok: true,
        files: batch.files(),
        select: nodeId({ kind: 'eventSource', namespace: ns, name }),
      };
    }
    case 'event': {
      const { sourceType, eventName } = splitEventKey(n.key ?? '');
      let clash = false;
      edit('EventSource', n.name, (v) => {
        clash = eventSourceEvents(v).some((e) => e.name === name);
        const events = eventsOfType(v, sourceType);
        if (clash || !events || !isJsonObject(v.spec)) return;
        // Rebuilt rather than renamed in place, so the event keeps its position in the map; set as
        // an own key, so a type named `__proto__` stays a key.
        setOwn(
          v.spec,
          sourceType,
          Object.fromEntries(
            Object.entries(events).map(([k, val]) => [k === eventName ? name : k, val]),
          ),
        );
      });
      if (clash)
        return { ok: false, reason: `EventSource ${n.name} already has an event named ${name}` };
      for (const s of sensors)
        edit('Sensor', s, (v) =>
          sensorDependencies(v).forEach(
            (d) =>
              d.eventSourceName === n.name && d.eventName === eventName && (d.eventName = name),
          ),
        );
      return {
        ok: true,
        files: batch.files(),
        select: nodeId({
          kind: 'event',
          namespace: ns,
          name: n.name,
          key: eventKey(sourceType, name),
        }),
      };
    }
    case 'eventBus': {
      if (all.some((m) => m.kind === 'EventBus' && m.name === name && inNs(m)))
        return { ok: false, reason: `an EventBus named ${name} already exists` };
      edit('EventBus', n.name, rename);
      for (const m of all.filter(
        (x) => (x.kind === 'EventSource' || x.kind === 'Sensor') && inNs(x),
      )) {
        edit(m.kind, m.name, (v) => {
          const s = ensureObject(v, 'spec');
          const current =
            typeof s.eventBusName === 'string' && s.eventBusName ? s.eventBusName : 'default';
          if (current !== n.name) return;
          if (name === 'default') delete s.eventBusName;
          else s.eventBusName = name;
        });
      }
      return {
        ok: true,
        files: batch.files(),
        select: nodeId({ kind: 'eventBus', namespace: ns, name }),
      };
    }
    case 'sensor':
      if (sensors.includes(name))
        return { ok: false, reason: `a Sensor named ${name} already exists` };
      edit('Sensor', n.name, rename);
      return {
        ok: true,
        files: batch.files(),
        select: nodeId({ kind: 'sensor', namespace: ns, name }),
      };
    case 'trigger': {
      let clash = false;
      edit('Sensor', n.name, (v) => {
        const triggers = sensorTriggers(v);
        clash = triggers.some((t) => triggerName(t) === name);
        if (clash) return;
        for (const t of triggers) {
          const template = triggerTemplate(t);
          if (template && template.name === n.key) template.name = name;
        }
      });
      if (clash)
        return { ok: false, reason: `Sensor ${n.name} already has a trigger named ${name}` };
      return {
        ok: true,
        files: batch.files(),
        select: nodeId({ kind: 'trigger', namespace: ns, name: n.name, key: name }),
      };
    }
    case 'dependency': {
      let clash = false;
      edit('Sensor', n.name, (v) => {
        const deps = sensorDependencies(v);
        clash = deps.some((d) => d.name === name);
        if (clash) return;
        for (const d of deps) if (d.name === n.key) d.name = name;
        renameDependencyReferences(v, n.key ?? '', name);
      });
      if (clash)
        return { ok: false, reason: `Sensor ${n.name} already has a dependency named ${name}` };
      return {
        ok: true,
        files: batch.files(),
        select: nodeId({ kind: 'dependency', namespace: ns, name: n.name, key: name }),
      };
    }
  }
}

/** Follows a dependency rename through conditions and every parameter list of every trigger. */
function renameDependencyReferences(sensor: JsonObject, from: string, to: string): void {
  for (const t of sensorTriggers(sensor)) {
    for (const list of triggerParameterLists(t))
      for (const p of list)
        if (isJsonObject(p) && isJsonObject(p.src) && p.src.dependencyName === from)
          p.src.dependencyName = to;
    const template = triggerTemplate(t);
    if (template && typeof template.conditions === 'string') {
      template.conditions = template.conditions.replace(/[A-Za-z0-9_-]+/g, (word) =>
        conditionKey(word) === conditionKey(from) ? to : word,
      );
    }
  }
}
