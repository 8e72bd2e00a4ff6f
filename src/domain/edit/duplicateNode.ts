import { listManifests, parseDesign, type DesignFile } from '../design/design';
import { isPlainObject } from '../../lib/deepEqual';
import { nodeId, parseNodeId, splitEventKey, eventKey, type NodeId } from '../graph/ids';
import { appendDocument, structuredCopy, uniqueName, updateDocument } from './documentEdits';
import type { EditResult } from './designEdits';
import { setOwn } from '../../lib/setOwn';

/** Copies what a node stands for under a new unique name, next to the original. */
export function duplicateNode(files: readonly DesignFile[], id: string): EditResult {
  const n = parseNodeId(id);
  if (!n) return { ok: false, reason: 'nothing to duplicate' };
  const all = listManifests(parseDesign(files));
  const kind =
    n.kind === 'eventBus'
      ? 'EventBus'
      : n.kind === 'eventSource' || n.kind === 'event'
        ? 'EventSource'
        : 'Sensor';
  const owner = all.find(
    (m) => m.kind === kind && m.name === n.name && (m.namespace ?? '') === n.namespace,
  );
  if (!owner) return { ok: false, reason: `no ${kind} ${n.name}` };
  const at = { fileIndex: owner.fileIndex, documentIndex: owner.documentIndex };
  if (n.kind === 'eventBus' || n.kind === 'eventSource' || n.kind === 'sensor') {
    const name = uniqueName(
      `${n.name}-copy`,
      all.filter((m) => m.kind === kind).map((m) => m.name),
    );
    const copy = structuredCopy(owner.value);
    (copy.metadata as Record<string, unknown>).name = name;
    return {
      ok: true,
      files: appendDocument(files, copy, owner.fileIndex),
      select: nodeId({ kind: n.kind, namespace: n.namespace, name }),
    };
  }
  let select = id as NodeId;
  let found = true;
  const next = updateDocument(files, at, (v) => {
    const spec = (isPlainObject(v.spec) ? v.spec : {}) as Record<string, unknown>;
    if (n.kind === 'event') {
      const { sourceType, eventName } = splitEventKey(n.key ?? '');
      // Own keys only: a type or event named `constructor` or `__proto__` is a name, not a member.
      const events = Object.hasOwn(spec, sourceType) ? spec[sourceType] : undefined;
      if (!isPlainObject(events) || !Object.hasOwn(events, eventName)) {
        found = false;
        return v;
      }
      const name = uniqueName(`${eventName}-copy`, Object.keys(events));
      setOwn(events, name, structuredCopy(events[eventName] ?? null));
      select = nodeId({
        kind: 'event',
        namespace: n.namespace,
        name: n.name,
        key: eventKey(sourceType, name),
      });
    } else {
      const listKey = n.kind === 'dependency' ? 'dependencies' : 'triggers';
      const list = Array.isArray(spec[listKey]) ? (spec[listKey] as Record<string, unknown>[]) : [];
      const nameOf = (x: Record<string, unknown>) =>
        String(
          n.kind === 'dependency' ? x.name : (x.template as { name?: unknown } | undefined)?.name,
        );
      const i = list.findIndex((x) => nameOf(x) === n.key);
      if (i < 0) {
        found = false;
        return v;
      }
      const copy = structuredCopy(list[i] as Record<string, unknown>);
      const name = uniqueName(`${n.key ?? ''}-copy`, list.map(nameOf));
      if (n.kind === 'dependency') copy.name = name;
      else (copy.template as Record<string, unknown>).name = name;
      list.splice(i + 1, 0, copy);
      select = nodeId({ kind: n.kind, namespace: n.namespace, name: n.name, key: name });
    }
    return v;
  });
  if (!found) return { ok: false, reason: `no ${n.kind} ${n.key ?? ''} in ${n.name}` };
  return { ok: true, files: next, select };
}
