import type { DesignFile } from '../domain/design/design';
import type { DesignEdit } from '../domain/edit/designEdit';
import type { Scenario } from '../domain/scenario/scenario';
import type { DesignMeta, SavedEvent, XY } from './designTypes';

/**
 * Everything a user can do to the open design, as data. Edits of the manifests (`DesignEdit`) may
 * say where a new node goes (`at`, a drop on the canvas); the others change the text of a file,
 * node positions, the scenarios and saved events kept with the design, or the design as a whole.
 */
export type DesignAction =
  | (DesignEdit & { at?: XY })
  /** The YAML editor's text after the user paused typing. */
  | { type: 'setFileText'; path: string; text: string }
  /** Where nodes were put (a drag, arrow keys, auto-layout). */
  | { type: 'moveNodes'; positions: Record<string, XY> }
  | { type: 'resetPositions' }
  /** An import that replaces the design (files, and scenarios when it brings some), or a lesson reset. */
  | { type: 'replaceDesign'; files: DesignFile[]; scenarios?: Scenario[] }
  /** An import merged into the design. */
  | { type: 'mergeDesign'; files: DesignFile[]; scenarios: Scenario[] }
  /** A design file given another path (renamed, or moved to another folder). */
  | { type: 'renameFile'; path: string; to: string }
  /** A design file moved to another folder (`''` for the top), keeping its name. */
  | { type: 'moveFile'; path: string; folder: string }
  /** A design file removed with the resources it holds. */
  | { type: 'deleteFile'; path: string }
  | { type: 'setScenarios'; scenarios: Scenario[] }
  | { type: 'setSavedEvents'; events: SavedEvent[] }
  /** What the library knows of the design (revision after a save, name, export baseline). */
  | { type: 'setDesignMeta'; patch: Partial<DesignMeta> };

export type DesignActionType = DesignAction['type'];

/**
 * How an action enters the undo history (excalidraw's capture policies): `record` makes it one
 * undo step; `merge` folds it into the step before (a placement computed after an import);
 * `skip` leaves history alone (it changes nothing the user would undo).
 */
export type HistoryPolicy = 'record' | 'merge' | 'skip';

export const HISTORY: Readonly<Record<DesignActionType, HistoryPolicy>> = {
  addEventSource: 'record',
  addEventBus: 'record',
  addTrigger: 'record',
  connect: 'record',
  deleteNodes: 'record',
  duplicateNode: 'record',
  renameNode: 'record',
  setField: 'record',
  setConditions: 'record',
  setParameters: 'record',
  setDataFilters: 'record',
  setDependencyFilters: 'record',
  applyFix: 'record',
  paste: 'record',
  setFileText: 'record',
  moveNodes: 'record',
  resetPositions: 'record',
  replaceDesign: 'record',
  mergeDesign: 'record',
  renameFile: 'record',
  moveFile: 'record',
  deleteFile: 'record',
  setScenarios: 'record',
  setSavedEvents: 'record',
  setDesignMeta: 'skip',
};

/** Actions a read-only (shared) design still takes: they change nothing of the design itself. */
export const ALLOWED_READ_ONLY: ReadonlySet<DesignActionType> = new Set(['setDesignMeta']);
