import { applyDesignEdit, type DesignEdit } from '../domain/edit/designEdit';
import { mergeDesigns } from '../domain/bundle/mergeDesigns';
import { resourceNodeId } from '../domain/graph/ids';
import { deleteFile, moveFile, renameFile } from '../domain/design/fileOps';
import type { DesignAction } from './designActions';
import type { DesignDocument } from './designTypes';

/** The new document, the node to select, and the file to show (a new resource's, a renamed file). */
export type Reduced =
  { ok: true; doc: DesignDocument; select?: string; show?: string } | { ok: false; reason: string };

type DocumentAction = Exclude<DesignAction, { type: 'setDesignMeta' }>;

const EDIT_TYPES: ReadonlySet<string> = new Set<DesignEdit['type']>([
  'addEventSource',
  'addEventBus',
  'addTrigger',
  'connect',
  'deleteNodes',
  'duplicateNode',
  'renameNode',
  'setField',
  'setConditions',
  'setParameters',
  'setDataFilters',
  'setDependencyFilters',
  'applyFix',
  'paste',
]);

function isEdit(a: DocumentAction): a is DesignEdit & { at?: { x: number; y: number } } {
  return EDIT_TYPES.has(a.type);
}

/**
 * What an action makes of the design: pure, so every action is unit-tested without a store or a
 * DOM. An unchanged part of the document keeps its identity (the store compares by reference).
 */
export function reduceDesign(doc: DesignDocument, action: DocumentAction): Reduced {
  if (isEdit(action)) {
    const r = applyDesignEdit(doc.files, action);
    if (!r.ok) return r;
    // A new resource dropped on the canvas stays where it was dropped (a trigger dropped without a
    // Sensor arrives in a new Sensor, which is placed there).
    const placesResource =
      action.type === 'addEventSource' ||
      action.type === 'addEventBus' ||
      (action.type === 'addTrigger' && !action.sensor);
    const placed = action.at && r.select && placesResource ? resourceNodeId(r.select) : null;
    const positions =
      placed && action.at ? { ...doc.positions, [placed]: action.at } : doc.positions;
    return {
      ok: true,
      doc: { ...doc, files: r.files, positions },
      ...(r.select ? { select: r.select } : {}),
      ...(r.file ? { show: r.file } : {}),
    };
  }
  switch (action.type) {
    case 'setFileText': {
      const current = doc.files.find((f) => f.path === action.path);
      if (current?.text === action.text) return { ok: true, doc };
      const files = current
        ? doc.files.map((f) => (f.path === action.path ? { ...f, text: action.text } : f))
        : [...doc.files, { path: action.path, text: action.text }];
      return { ok: true, doc: { ...doc, files } };
    }
    case 'moveNodes':
      return { ok: true, doc: { ...doc, positions: { ...doc.positions, ...action.positions } } };
    case 'resetPositions':
      return { ok: true, doc: { ...doc, positions: {} } };
    case 'replaceDesign':
      return {
        ok: true,
        doc: { ...doc, files: action.files, scenarios: action.scenarios ?? doc.scenarios },
      };
    case 'mergeDesign': {
      const merged = mergeDesigns(doc, action);
      return { ok: true, doc: { ...doc, ...merged } };
    }
    case 'renameFile':
    case 'moveFile':
    case 'deleteFile': {
      const r =
        action.type === 'renameFile'
          ? renameFile(doc.files, action.path, action.to)
          : action.type === 'moveFile'
            ? moveFile(doc.files, action.path, action.folder)
            : deleteFile(doc.files, action.path);
      if (!r.ok) return r;
      if (r.files.length === doc.files.length && r.files.every((f, i) => f === doc.files[i]))
        return { ok: true, doc };
      return {
        ok: true,
        doc: { ...doc, files: r.files },
        ...(action.type === 'deleteFile' ? {} : { show: r.path }),
      };
    }
    case 'setScenarios':
      return { ok: true, doc: { ...doc, scenarios: action.scenarios } };
    case 'setSavedEvents':
      return { ok: true, doc: { ...doc, savedEvents: action.events } };
  }
}
