import { get, set } from 'idb-keyval';
import type { DesignDocument } from './createDesignerStore';

const KEY = 'eventflow:autosave';
const VERSION = 1;

interface Saved extends DesignDocument {
  version: number;
}

/** Saves the design to IndexedDB (best effort: a full or blocked store must not break editing). */
export async function saveDesign(doc: DesignDocument): Promise<void> {
  try {
    await set(KEY, { version: VERSION, files: doc.files, positions: doc.positions } satisfies Saved);
  } catch {
    // Private windows and quota errors: the design stays in memory; nothing else to do.
  }
}

/** The autosaved design, if there is a readable one. Unknown versions and corrupt data are ignored. */
export async function loadSavedDesign(): Promise<DesignDocument | null> {
  try {
    const saved = (await get(KEY)) as Partial<Saved> | undefined;
    if (!saved || saved.version !== VERSION || !Array.isArray(saved.files)) return null;
    const files = saved.files.filter((f) => f && typeof f.path === 'string' && typeof f.text === 'string');
    return { files, positions: saved.positions && typeof saved.positions === 'object' ? saved.positions : {} };
  } catch {
    return null;
  }
}
