import type { DesignFile } from '../domain/design/design';
import type { NewResourceFile } from '../domain/edit/newResourceFile';
import type { DesignAction } from './designActions';

/**
 * The user's choice of where new resources go: `auto` (the selected node's file; in a design of
 * several files, otherwise a file of its own in the export's layout; in a one-file design, that
 * file), always a file of its own, or one named file.
 */
export type AddTarget = 'auto' | 'own-file' | { file: string };

/** What `target` means for this design and selection (undefined: the design's first file). */
export function resolveNewResourceFile(
  target: AddTarget,
  files: readonly DesignFile[],
  selectedFile: string | null,
): NewResourceFile | undefined {
  const exists = (p: string | null): p is string => p !== null && files.some((f) => f.path === p);
  if (typeof target === 'object' && exists(target.file)) return { file: target.file };
  if (target === 'own-file') return 'own-file';
  if (exists(selectedFile)) return { file: selectedFile };
  return files.length > 1 ? 'own-file' : undefined;
}

/** Actions that write a new resource, and so take a file to write it to. */
function takesNewResourceFile(action: DesignAction): boolean {
  switch (action.type) {
    case 'addEventSource':
    case 'addEventBus':
    case 'paste':
      return true;
    case 'addTrigger':
      return !action.sensor;
    case 'applyFix':
      return action.fix.kind === 'append';
    default:
      return false;
  }
}

/** The action with its file filled in, unless the caller chose one. */
export function withNewResourceFile(
  action: DesignAction,
  into: NewResourceFile | undefined,
): DesignAction {
  if (!into || !takesNewResourceFile(action) || (action as { into?: unknown }).into !== undefined)
    return action;
  return { ...action, into } as DesignAction;
}
