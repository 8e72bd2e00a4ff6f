import type { DesignFile } from '../design/design';
import type { DiagnosticFix, ValuePath } from '../validation/diagnostic';
import { parseNodeId } from '../graph/ids';
import { connectNodes } from './connectNodes';
import {
  addEventBus,
  addEventSource,
  addTrigger,
  deleteNode,
  type EditResult,
} from './designEdits';
import { setDataFilters, setDependencyFilters, type DataFilterRow } from './dependencyEdits';
import { duplicateNode } from './duplicateNode';
import { renameNode } from './renameNode';
import { setField } from './setField';
import { setConditions, setParameters, type ParameterRow } from './triggerEdits';
import { pasteManifests } from './clipboard';
import { appendResource, type NewResourceFile } from './newResourceFile';

/** A resource by kind, name and namespace ('' when the manifest sets none). */
interface ResourceKey {
  kind: string;
  name: string;
  namespace: string;
}

/**
 * Every change the designer can make to a design's manifests, as data: the canvas, inspector,
 * palette, quick-fixes, paste and command palette all describe what they want this way, and
 * `applyDesignEdit` carries it out on the text.
 */
export type DesignEdit =
  | { type: 'addEventSource'; sourceType: string; into?: NewResourceFile }
  | { type: 'addEventBus'; busKind: string; into?: NewResourceFile }
  /** Into the given Sensor, or a new Sensor (written where `into` says) when none is given. */
  | {
      type: 'addTrigger';
      triggerType: string;
      sensor?: { name: string; namespace: string };
      into?: NewResourceFile;
    }
  | { type: 'connect'; source: string; target: string }
  | { type: 'deleteNodes'; ids: readonly string[] }
  | { type: 'duplicateNode'; id: string }
  | { type: 'renameNode'; id: string; name: string }
  | { type: 'setField'; resource: ResourceKey; path: ValuePath; value: unknown }
  | { type: 'setConditions'; triggerId: string; text: string }
  | { type: 'setParameters'; triggerId: string; rows: readonly ParameterRow[] }
  | {
      type: 'setDataFilters';
      dependencyId: string;
      rows: readonly DataFilterRow[];
      operator: '' | 'and' | 'or';
    }
  | { type: 'setDependencyFilters'; dependencyId: string; patch: Record<string, unknown> }
  | { type: 'applyFix'; fix: DiagnosticFix; into?: NewResourceFile }
  | { type: 'paste'; text: string; into?: NewResourceFile };

/** The nodes an edit changes in place (deleting is not among them: a copy can be deleted). */
function editedNodes(edit: DesignEdit): string[] {
  switch (edit.type) {
    case 'connect':
      return [edit.source, edit.target];
    case 'duplicateNode':
    case 'renameNode':
      return [edit.id];
    case 'setConditions':
    case 'setParameters':
      return [edit.triggerId];
    case 'setDataFilters':
    case 'setDependencyFilters':
      return [edit.dependencyId];
    default:
      return [];
  }
}

/**
 * A second resource with the same kind, namespace and name is a conflict to settle in the text:
 * an edit addressed by name could not tell the two apart, so it is refused with what to do.
 */
function copyRefusal(edit: DesignEdit): string | null {
  for (const id of editedNodes(edit)) {
    const n = parseNodeId(id);
    if (n?.copy)
      return `"${n.name}" is defined ${n.copy} times in this design (the cluster keeps only one): rename or delete this copy in its YAML file first`;
  }
  return null;
}

/** Carries out an edit: the new files (and the node to select), or the reason it is refused. */
export function applyDesignEdit(files: readonly DesignFile[], edit: DesignEdit): EditResult {
  const refused = copyRefusal(edit);
  if (refused) return { ok: false, reason: refused };
  switch (edit.type) {
    case 'addEventSource':
      return addEventSource(files, edit.sourceType, edit.into);
    case 'addEventBus':
      return addEventBus(files, edit.busKind, edit.into);
    case 'addTrigger':
      return addTrigger(
        files,
        edit.triggerType,
        edit.sensor?.name,
        edit.sensor?.namespace ?? '',
        edit.into,
      );
    case 'connect':
      return connectNodes(files, edit.source, edit.target);
    case 'deleteNodes':
      return deleteNodes(files, edit.ids);
    case 'duplicateNode':
      return duplicateNode(files, edit.id);
    case 'renameNode':
      return renameNode(files, edit.id, edit.name);
    case 'setField':
      return setField(files, edit.resource, edit.path, edit.value);
    case 'setConditions':
      return setConditions(files, edit.triggerId, edit.text);
    case 'setParameters':
      return setParameters(files, edit.triggerId, edit.rows);
    case 'setDataFilters':
      return setDataFilters(files, edit.dependencyId, edit.rows, edit.operator);
    case 'setDependencyFilters':
      return setDependencyFilters(files, edit.dependencyId, edit.patch);
    case 'applyFix':
      return edit.fix.kind === 'append'
        ? { ok: true, ...appendResource(files, edit.fix.value, edit.into) }
        : setField(
            files,
            { ...edit.fix.resource, namespace: edit.fix.resource.namespace ?? '' },
            edit.fix.path,
            edit.fix.value,
          );
    case 'paste':
      return pasteManifests(files, edit.text, edit.into);
  }
}

/**
 * Deletes several nodes as one edit. Parts go before the resources that hold them, so deleting a
 * Sensor together with its trigger is consistent; a node already gone with its resource is passed by.
 */
function deleteNodes(files: readonly DesignFile[], ids: readonly string[]): EditResult {
  if (ids.length === 0) return { ok: false, reason: 'select a node first' };
  const depth = (id: string) => {
    const k = parseNodeId(id)?.kind;
    return k === 'event' || k === 'dependency' || k === 'trigger' ? 0 : 1;
  };
  const ordered = [...ids].sort((a, b) => depth(a) - depth(b));
  let current = [...files];
  let deleted = 0;
  let refusal = '';
  for (const id of ordered) {
    const r = deleteNode(current, id);
    if (r.ok) {
      current = r.files;
      deleted++;
    } else refusal ||= r.reason;
  }
  return deleted > 0 ? { ok: true, files: current } : { ok: false, reason: refusal };
}
