import { listManifests, parseDesign, type DesignFile } from '../design/design';
import { nodeId, parseNodeId, splitEventKey, eventKey } from '../graph/ids';
import { ensureObject, isJsonObject, readArray, type JsonObject } from '../manifest/jsonValue';
import { eventsOfType } from '../manifest/eventSourceManifest';
import { triggerTemplate } from '../manifest/sensorManifest';
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
    ensureObject(copy, 'metadata').name = name;
    return {
      ok: true,
      files: appendDocument(files, copy, owner.fileIndex),
      select: nodeId({ kind: n.kind, namespace: n.namespace, name }),
    };
  }
  let select = nodeId(n);
  let found = true;
  const next = updateDocument(files, at, (v) => {
    const spec = isJsonObject(v.spec) ? v.spec : {};
    if (n.kind === 'event') {
      const { sourceType, eventName } = splitEventKey(n.key ?? '');
      const events = eventsOfType(v, sourceType);
      // Own keys only: a type or event named `constructor` or `__proto__` is a name, not a member.
      if (!events || !Object.hasOwn(events, eventName)) {
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
      const list = readArray(spec, listKey) ?? [];
      const nameOf = (x: unknown) =>
        String(
          !isJsonObject(x)
            ? undefined
            : n.kind === 'dependency'
              ? x.name
              : triggerTemplate(x)?.name,
        );
      const i = list.findIndex((x) => nameOf(x) === n.key);
      const original: unknown = i < 0 ? undefined : list[i];
      if (!isJsonObject(original)) {
        found = false;
        return v;
      }
      const copy: JsonObject = structuredCopy(original);
      const name = uniqueName(`${n.key ?? ''}-copy`, list.map(nameOf));
      if (n.kind === 'dependency') copy.name = name;
      else ensureObject(copy, 'template').name = name;
      list.splice(i + 1, 0, copy);
      select = nodeId({ kind: n.kind, namespace: n.namespace, name: n.name, key: name });
    }
    return v;
  });
  if (!found) return { ok: false, reason: `no ${n.kind} ${n.key ?? ''} in ${n.name}` };
  return { ok: true, files: next, select };
}
