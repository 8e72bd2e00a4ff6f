import type { DesignFile } from '../domain/design/design';
import type { SavedEvent, XY } from './createDesignerStore';
import type { Scenario } from '../domain/scenario/scenario';
import {
  clearJournal,
  readJournal,
  sameContent,
  writeJournal,
  type JournalStorage,
} from './crashJournal';
import { put, type KeyValueStore, type Writes } from './keyValueStore';
import {
  designText,
  isFileList,
  readDesignRecord,
  readPositions,
  readSummary,
  summaryOf,
  type DesignSummary,
  type SavedDesign,
} from './designRecord';
import { localQueue, type CrossTabLock } from './crossTabLock';
import { isJsonObject } from '../domain/manifest/jsonValue';

export type { KeyValueStore } from './keyValueStore';
export type { DesignSummary, SavedDesign } from './designRecord';
export { designText } from './designRecord';

/** A storage failure as a sentence for the user (the work itself stays open). */
export function storageProblem(e: unknown): string {
  return `This browser could not store the design (${reasonOf(e)}). Your work is still open; export it to keep it.`;
}

function reasonOf(e: unknown): string {
  return e instanceof Error && e.name === 'QuotaExceededError'
    ? 'storage is full'
    : (e instanceof Error && e.message) || 'storage unavailable';
}

export type SaveOutcome =
  { ok: true; revision: number } | { ok: false; reason: 'conflict' | 'storage'; message: string };

export interface DesignContent {
  files: DesignFile[];
  positions: Record<string, XY>;
  baseline?: string;
  scenarios?: Scenario[];
  savedEvents?: SavedEvent[];
  lesson?: string;
}

const INDEX = 'eventflow:designs';
const DESIGN_PREFIX = 'eventflow:design:';
const designKey = (id: string) => `${DESIGN_PREFIX}${id}`;
const LEGACY_AUTOSAVE = 'eventflow:autosave';

/** The `revision` of a stored record, whatever the record holds. */
const revisionOf = (record: unknown) => (isJsonObject(record) ? record.revision : undefined);
const SET_ASIDE = 'eventflow:set-aside:';

function newId(): string {
  return `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

function readIndex(raw: unknown): DesignSummary[] {
  return Array.isArray(raw)
    ? raw.map(readSummary).filter((s): s is DesignSummary => s !== null)
    : [];
}

function withSummary(index: unknown, d: SavedDesign): DesignSummary[] {
  return [...readIndex(index).filter((s) => s.id !== d.id), summaryOf(d)];
}

function uniqueName(taken: readonly DesignSummary[], wanted: string, exceptId?: string): string {
  const names = new Set(taken.filter((d) => d.id !== exceptId).map((d) => d.name));
  if (!names.has(wanted)) return wanted;
  for (let i = 2; ; i++) if (!names.has(`${wanted} (${i})`)) return `${wanted} (${i})`;
}

/**
 * Designs kept in the browser: a list (id, name, time) plus one record per design. Every change of
 * a record and the list happens in one store transaction and, where the browser has Web Locks,
 * under a lock all tabs share, so tabs never overwrite each other's saves or lose each other's new
 * designs. Records that cannot be read are set aside under another key, never deleted; the list is
 * repaired from the records themselves.
 */
export class DesignLibrary {
  private readonly lock: CrossTabLock;
  /** Said once to the user: the list had to be rebuilt from the stored records. */
  private repairNotice: string | null = null;

  constructor(
    private readonly kv: KeyValueStore,
    private readonly journalStorage: JournalStorage | null = null,
    /** This page's id in the journal (a new one per page load). */
    private readonly tab: string = Math.random().toString(36).slice(2),
    lock: CrossTabLock = localQueue(),
  ) {
    this.lock = lock;
  }

  /**
   * Records the newest edit synchronously, so a crash before the next save loses nothing. False
   * when it could not be written (storage full, design too big): the caller saves at once instead.
   */
  journal(
    designId: string,
    revision: number,
    files: DesignFile[],
    positions: Record<string, XY>,
  ): boolean {
    if (!this.journalStorage) return false;
    return writeJournal(this.journalStorage, {
      designId,
      revision,
      files,
      positions,
      at: Date.now(),
      tab: this.tab,
    });
  }

  /** This tab's unsaved edits went elsewhere (a copy), so the design's journal no longer applies. */
  forgetJournal(designId: string): void {
    if (this.journalStorage) clearJournal(this.journalStorage, designId);
  }

  /** The designs, newest first, with the list repaired from the stored records when they disagree. */
  list(): Promise<DesignSummary[]> {
    return this.lock(() => this.listNow());
  }

  /** What the last listing had to repair, once (then null). */
  takeRepairNotice(): string | null {
    const notice = this.repairNotice;
    this.repairNotice = null;
    return notice;
  }

  private async listNow(): Promise<DesignSummary[]> {
    const raw = await this.kv.get(INDEX);
    const listed = readIndex(raw);
    const stored = new Set(
      (await this.kv.keys(DESIGN_PREFIX)).map((k) => k.slice(DESIGN_PREFIX.length)),
    );
    const missing = [...stored].filter((id) => !listed.some((s) => s.id === id));
    const gone = listed.filter((s) => !stored.has(s.id));
    const damaged = raw !== undefined && (!Array.isArray(raw) || listed.length !== raw.length);
    if (missing.length === 0 && gone.length === 0 && !damaged) return sortNewest(listed);
    const found: DesignSummary[] = [];
    for (const id of missing) {
      const read = readDesignRecord(id, await this.kv.get(designKey(id)));
      if (read) found.push(summaryOf(read.design));
    }
    const repaired = await this.kv.transact([INDEX], ([current]) => {
      const byId = new Map(readIndex(current).map((s) => [s.id, s]));
      for (const s of found) if (!byId.has(s.id)) byId.set(s.id, s);
      for (const s of gone) byId.delete(s.id);
      const next = [...byId.values()];
      return { writes: [[INDEX, next]], result: next };
    });
    if (found.length > 0 || damaged)
      this.repairNotice = `The list of designs in this browser was incomplete; it was rebuilt from the saved designs (${found.length} restored to the list).`;
    return sortNewest(repaired);
  }

  create(
    name: string,
    files: DesignFile[],
    positions: Record<string, XY> = {},
    scenarios: Scenario[] = [],
    extra: { lesson?: string; savedEvents?: SavedEvent[] } = {},
  ): Promise<SavedDesign> {
    return this.lock(() =>
      this.kv.transact([INDEX], ([index]) => {
        const design: SavedDesign = {
          version: 2,
          id: newId(),
          name: uniqueName(readIndex(index), name),
          files,
          positions,
          scenarios,
          revision: 1,
          updatedAt: Date.now(),
          baseline: designText(files),
          ...extra,
        };
        return {
          writes: [
            [designKey(design.id), design],
            [INDEX, withSummary(index, design)],
          ],
          result: design,
        };
      }),
    );
  }

  /**
   * The design, or why it could not be read. A record with damaged parts opens without them (the
   * original is set aside and the notice says what was left out); one with no design in it is set
   * aside and taken off the list. `recover`: also bring back journaled edits (only when opening the
   * design to work on it, not for a rename).
   */
  open(
    id: string,
    { recover = false }: { recover?: boolean } = {},
  ): Promise<{ ok: true; design: SavedDesign; notice?: string } | { ok: false; message: string }> {
    return this.lock(async () => {
      const raw = await this.kv.get(designKey(id));
      if (raw === undefined)
        return { ok: false, message: 'This design is no longer in this browser.' };
      const read = readDesignRecord(id, raw);
      if (!read) {
        await this.kv.transact([INDEX], ([index]) => ({
          writes: [
            [`${SET_ASIDE}${id}:${Date.now()}`, raw],
            [designKey(id), undefined],
            [INDEX, readIndex(index).filter((d) => d.id !== id)],
          ],
          result: undefined,
        }));
        return {
          ok: false,
          message:
            'A saved design could not be read; it was set aside (not deleted) and the list was repaired.',
        };
      }
      let notice: string | undefined;
      if (read.repaired.length > 0) {
        await this.kv.transact([designKey(id)], ([current]) => ({
          // Only if no other tab saved meanwhile: their record is newer and needs no repair.
          writes:
            revisionOf(current) === revisionOf(raw)
              ? [
                  [`${SET_ASIDE}${id}:${Date.now()}`, raw],
                  [designKey(id), read.design],
                ]
              : [],
          result: undefined,
        }));
        notice = `Parts of "${read.design.name}" could not be read (${read.repaired.join(', ')}) and were left out; the original record was kept aside.`;
      }
      if (!recover) return { ok: true, design: read.design, ...(notice ? { notice } : {}) };
      const recovered = await this.recover(read.design);
      const notices = [notice, recovered.notice].filter(Boolean).join(' ');
      return { ok: true, design: recovered.design, ...(notices ? { notice: notices } : {}) };
    });
  }

  /**
   * Edits journaled but never saved (the tab crashed): saved into the design when they were based on
   * its current revision, else kept as a new "(recovered)" design so nothing is overwritten.
   */
  private async recover(design: SavedDesign): Promise<{ design: SavedDesign; notice?: string }> {
    const j = this.journalStorage && readJournal(this.journalStorage, design.id);
    // This page's own journal is an autosave still on its way (a quick switch back), not a crash.
    if (!j || j.tab === this.tab) return { design };
    clearJournal(this.journalStorage!, design.id);
    if (sameContent(j, design)) return { design };
    if (j.revision === design.revision) {
      const saved = await this.saveNow(design.id, design.revision, {
        ...design,
        files: j.files,
        positions: j.positions,
      });
      if (saved.ok)
        return {
          design: { ...design, files: j.files, positions: j.positions, revision: saved.revision },
          notice: 'Edits that were not saved before this tab closed unexpectedly were recovered.',
        };
    }
    const copy = await this.kv.transact([INDEX], ([index]) => {
      const made: SavedDesign = {
        ...design,
        id: newId(),
        name: uniqueName(readIndex(index), `${design.name} (recovered)`),
        files: j.files,
        positions: j.positions,
        revision: 1,
        updatedAt: Date.now(),
        baseline: designText(j.files),
      };
      return {
        writes: [
          [designKey(made.id), made],
          [INDEX, withSummary(index, made)],
        ],
        result: made,
      };
    });
    return {
      design,
      notice: `Edits from a tab that closed unexpectedly were kept as "${copy.name}": "${design.name}" had changed since.`,
    };
  }

  /**
   * Saves the design's content if nobody saved a newer revision meanwhile (another tab); a conflict
   * writes nothing so the caller can keep both versions.
   */
  save(id: string, basedOn: number, content: DesignContent): Promise<SaveOutcome> {
    return this.lock(() => this.saveNow(id, basedOn, content));
  }

  private async saveNow(id: string, basedOn: number, content: DesignContent): Promise<SaveOutcome> {
    try {
      const outcome = await this.kv.transact(
        [designKey(id), INDEX],
        ([raw, index]): { writes: Writes; result: SaveOutcome | SavedDesign } => {
          const current = raw === undefined ? null : readDesignRecord(id, raw)?.design;
          if (current && current.revision !== basedOn)
            return {
              writes: [],
              result: {
                ok: false,
                reason: 'conflict',
                message: `"${current.name}" was changed in another tab.`,
              },
            };
          const next: SavedDesign = {
            ...(current ?? {
              version: 2,
              id,
              name: 'Recovered design',
              baseline: designText(content.files),
            }),
            ...content,
            revision: basedOn + 1,
            updatedAt: Date.now(),
          };
          return {
            writes: [
              [designKey(id), next],
              [INDEX, withSummary(index, next)],
            ],
            result: next,
          };
        },
      );
      if ('ok' in outcome) return outcome;
      this.settleJournal(id, outcome);
      return { ok: true, revision: outcome.revision };
    } catch (e) {
      return {
        ok: false,
        reason: 'storage',
        message: `Saving in this browser failed (${reasonOf(e)}). Your work is still open; export it to keep it.`,
      };
    }
  }

  /** After a save: a journal of exactly this content is done; a newer one is now based on this revision. */
  private settleJournal(id: string, saved: SavedDesign): void {
    const j = this.journalStorage && readJournal(this.journalStorage, id);
    if (!j) return;
    if (sameContent(j, saved)) clearJournal(this.journalStorage!, id);
    else writeJournal(this.journalStorage!, { ...j, revision: saved.revision });
  }

  rename(id: string, name: string): Promise<string> {
    return this.lock(() =>
      this.kv.transact([designKey(id), INDEX], ([raw, index]) => {
        const read = readDesignRecord(id, raw);
        if (!read) throw new Error('This design is no longer in this browser.');
        const next = {
          ...read.design,
          name: uniqueName(readIndex(index), name.trim() || 'Untitled design', id),
        };
        return {
          writes: [
            [designKey(id), next],
            [INDEX, withSummary(index, next)],
          ],
          result: next.name,
        };
      }),
    );
  }

  remove(id: string): Promise<void> {
    return this.lock(async () => {
      if (this.journalStorage) clearJournal(this.journalStorage, id);
      await this.kv.transact([INDEX], ([index]) => ({
        writes: [
          [designKey(id), undefined],
          [INDEX, readIndex(index).filter((d) => d.id !== id)],
        ],
        result: undefined,
      }));
    });
  }

  /** Brings a design saved by the first version of the app (one autosave slot) into the list, once. */
  async migrateLegacy(): Promise<SavedDesign | null> {
    const old: unknown = await this.kv.get(LEGACY_AUTOSAVE);
    if (!isJsonObject(old) || !isFileList(old.files)) return null;
    const design = await this.create(
      'Autosaved design',
      old.files,
      readPositions(old.positions, []),
    );
    await put(this.kv, LEGACY_AUTOSAVE, undefined);
    return design;
  }
}

function sortNewest(list: DesignSummary[]): DesignSummary[] {
  return [...list].sort((a, b) => b.updatedAt - a.updatedAt);
}
