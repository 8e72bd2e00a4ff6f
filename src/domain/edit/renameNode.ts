import { listManifests, parseDesign, type DesignFile } from '../design/design';
import { isPlainObject } from '../../lib/deepEqual';
import { getOwn, setOwn } from '../../lib/setOwn';
import { conditionKey } from '../sensor/conditionNames';
import { parseNodeId, splitEventKey, nodeId, eventKey, type NodeId } from '../graph/ids';
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
  if (name === current) return { ok: true, files: [...files], select: id as NodeId };
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
  const edit = (kind: string, resourceName: string, fn: (v: Record<string, unknown>) => void) => {
    const m = byName.get(`${kind}\u0000${resourceName}`);
    if (m) batch.update({ fileIndex: m.fileIndex, documentIndex: m.documentIndex }, fn);
  };
  const sensors = all.filter((m) => m.kind === 'Sensor' && inNs(m)).map((m) => m.name);
  const specOf = (v: Record<string, unknown>) => (isPlainObject(v.spec) ? v.spec : {});
  const deps = (v: Record<string, unknown>) =>
    Array.isArray(specOf(v).dependencies)
      ? (specOf(v).dependencies as Record<string, unknown>[])
      : [];

  switch (n.kind) {
    case 'eventSource': {
      if (all.some((m) => m.kind === 'EventSource' && m.name === name && inNs(m)))
        return { ok: false, reason: `an EventSource named ${name} already exists` };
      edit('EventSource', n.name, (v) => ((v.metadata as Record<string, unknown>).name = name));
      for (const s of sensors)
        edit('Sensor', s, (v) =>
          deps(v).forEach((d) => d.eventSourceName === n.name && (d.eventSourceName = name)),
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
        const s = specOf(v);
        for (const [k, events] of Object.entries(s))
          if (
            isPlainObject(events) &&
            k !== 'template' &&
            k !== 'service' &&
            Object.hasOwn(events, name)
          )
            clash = true;
        const events = getOwn(s, sourceType);
        if (clash || !isPlainObject(events)) return;
        setOwn(
          s,
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
          deps(v).forEach(
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
      edit('EventBus', n.name, (v) => ((v.metadata as Record<string, unknown>).name = name));
      for (const m of all.filter(
        (x) => (x.kind === 'EventSource' || x.kind === 'Sensor') && inNs(x),
      )) {
        edit(m.kind, m.name, (v) => {
          const s = (v.spec = isPlainObject(v.spec) ? v.spec : {}) as Record<string, unknown>;
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
      edit('Sensor', n.name, (v) => ((v.metadata as Record<string, unknown>).name = name));
      return {
        ok: true,
        files: batch.files(),
        select: nodeId({ kind: 'sensor', namespace: ns, name }),
      };
    case 'trigger': {
      let clash = false;
      edit('Sensor', n.name, (v) => {
        const triggers = Array.isArray(specOf(v).triggers)
          ? (specOf(v).triggers as Record<string, unknown>[])
          : [];
        clash = triggers.some((t) => (t.template as { name?: unknown } | undefined)?.name === name);
        if (clash) return;
        for (const t of triggers)
          if (isPlainObject(t.template) && t.template.name === n.key) t.template.name = name;
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
        clash = deps(v).some((d) => d.name === name);
        if (clash) return;
        for (const d of deps(v)) if (d.name === n.key) d.name = name;
        renameDependencyReferences(specOf(v), n.key ?? '', name);
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
function renameDependencyReferences(spec: Record<string, unknown>, from: string, to: string): void {
  const triggers = Array.isArray(spec.triggers) ? (spec.triggers as Record<string, unknown>[]) : [];
  const fixParams = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const p of list)
      if (isPlainObject(p) && isPlainObject(p.src) && p.src.dependencyName === from)
        p.src.dependencyName = to;
  };
  for (const t of triggers) {
    fixParams(t.parameters);
    const template = isPlainObject(t.template) ? t.template : null;
    if (!template) continue;
    if (typeof template.conditions === 'string') {
      template.conditions = template.conditions.replace(/[A-Za-z0-9_-]+/g, (word) =>
        conditionKey(word) === conditionKey(from) ? to : word,
      );
    }
    for (const value of Object.values(template)) {
      if (!isPlainObject(value)) continue;
      fixParams(value.parameters);
      fixParams(value.payload);
      fixParams(value.dynamicHeaders);
    }
  }
}

export type { NodeId };
