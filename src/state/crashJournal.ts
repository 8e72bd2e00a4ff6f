import type { DesignFile } from '../domain/design/design';
import type { XY } from './createDesignerStore';
import { isFileList, readPositions } from './designRecord';
import { isJsonObject } from '../domain/manifest/jsonValue';

/**
 * A synchronous copy of the newest unsaved edit (localStorage), written on every change: autosave to
 * IndexedDB waits a moment and is asynchronous, so a tab that crashes or is killed would otherwise
 * lose the last edits. Opening the design again recovers them.
 */
export interface JournalEntry {
  designId: string;
  /** The saved revision these edits are based on. */
  revision: number;
  files: DesignFile[];
  positions: Record<string, XY>;
  at: number;
  /** The page (tab) that wrote it: its own journal is pending autosave, not a crash to recover. */
  tab: string;
}

export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const key = (designId: string) => `eventflow:journal:${designId}`;
/** Bigger designs are not journaled (localStorage holds a few MB per origin; autosave still runs). */
export const MAX_JOURNAL_CHARS = 2_000_000;

/**
 * Writes the entry; false when it could not be (storage full, or the design is too big for it):
 * then an older entry is removed, so it cannot be mistaken for the newest edit.
 */
export function writeJournal(storage: JournalStorage, entry: JournalEntry): boolean {
  const text = JSON.stringify(entry);
  try {
    if (text.length <= MAX_JOURNAL_CHARS) {
      storage.setItem(key(entry.designId), text);
      return true;
    }
  } catch {
    // Storage full: said to the caller, which saves at once instead.
  }
  try {
    storage.removeItem(key(entry.designId));
  } catch {
    // Nothing more to do: a stale entry based on an older revision is kept as a copy, never applied over newer work.
  }
  return false;
}

export function readJournal(storage: JournalStorage, designId: string): JournalEntry | null {
  try {
    const v: unknown = JSON.parse(storage.getItem(key(designId)) ?? 'null');
    if (
      !isJsonObject(v) ||
      v.designId !== designId ||
      typeof v.revision !== 'number' ||
      !isFileList(v.files)
    )
      return null;
    return {
      designId,
      revision: v.revision,
      files: v.files,
      positions: readPositions(v.positions, []),
      at: Number(v.at) || 0,
      tab: typeof v.tab === 'string' ? v.tab : '',
    };
  } catch {
    return null;
  }
}

export function clearJournal(storage: JournalStorage, designId: string): void {
  try {
    storage.removeItem(key(designId));
  } catch {
    // Nothing to do: a stale journal equal to the saved design is ignored on opening.
  }
}

export const sameContent = (
  a: { files: DesignFile[]; positions: Record<string, XY> },
  b: { files: DesignFile[]; positions: Record<string, XY> },
) => JSON.stringify([a.files, a.positions]) === JSON.stringify([b.files, b.positions]);
