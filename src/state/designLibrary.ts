import type { DesignFile } from '../domain/design/design';
import type { SavedEvent, XY } from './createDesignerStore';
import type { Scenario } from '../engine/scenario/scenario';
import {
  clearJournal,
  readJournal,
  sameContent,
  writeJournal,
  type JournalStorage,
} from './crashJournal';

/** The few storage calls the library needs; IndexedDB in the app, a Map in tests. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

export interface DesignSummary {
  id: string;
  name: string;
  updatedAt: number;
}

export interface SavedDesign extends DesignSummary {
  version: 2;
  files: DesignFile[];
  positions: Record<string, XY>;
  /** Bumped on every save; a save based on an older revision is a conflict (another tab wrote). */
  revision: number;
  /** The text as last exported or opened from a file, for "unsaved export changes". */
  baseline: string;
  scenarios?: Scenario[];
  savedEvents?: SavedEvent[];
  /** For a workshop lesson's design: the lesson file it grades against. */
  lesson?: string;
}

/** A storage failure as a sentence for the user (the work itself stays open). */
export function storageProblem(e: unknown): string {
  const reason =
    e instanceof Error && e.name === 'QuotaExceededError'
      ? 'storage is full'
      : (e instanceof Error && e.message) || 'storage unavailable';
  return `This browser could not store the design (${reason}). Your work is still open; export it to keep it.`;
}

export type SaveOutcome =
  { ok: true; revision: number } | { ok: false; reason: 'conflict' | 'storage'; message: string };

const INDEX = 'eventflow:designs';
const designKey = (id: string) => `eventflow:design:${id}`;
const LEGACY_AUTOSAVE = 'eventflow:autosave';
const SET_ASIDE = 'eventflow:set-aside:';

export function designText(files: readonly DesignFile[]): string {
  return files.map((f) => `# ${f.path}\n${f.text}`).join('\n');
}

function newId(): string {
  return `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

function isFileList(v: unknown): v is DesignFile[] {
  return (
    Array.isArray(v) &&
    v.every(
      (f) =>
        f &&
        typeof (f as DesignFile).path === 'string' &&
        typeof (f as DesignFile).text === 'string',
    )
  );
}

/**
 * Designs kept in the browser: a list (id, name, time) plus one record per design. Records that
 * cannot be read are set aside under another key, never deleted, and reported to the caller.
 */
export class DesignLibrary {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly journalStorage: JournalStorage | null = null,
    /** This page's id in the journal (a new one per page load). */
    private readonly tab: string = Math.random().toString(36).slice(2),
  ) {}

  private queue: Promise<unknown> = Promise.resolve();

  /**
   * Writes run one after another: a rename that read the record before an autosave wrote it would
   * otherwise write the old content back (and the next save would see a conflict that is not one).
   */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Records the newest edit synchronously, so a crash before the next save loses nothing. */
  journal(
    designId: string,
    revision: number,
    files: DesignFile[],
    positions: Record<string, XY>,
  ): void {
    if (this.journalStorage)
      writeJournal(this.journalStorage, {
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
      const saved = await this.save(design.id, design.revision, {
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
    const copy = await this.create(
      `${design.name} (recovered)`,
      j.files,
      j.positions,
      design.scenarios ?? [],
      {
        savedEvents: design.savedEvents ?? [],
        ...(design.lesson ? { lesson: design.lesson } : {}),
      },
    );
    return {
      design,
      notice: `Edits from a tab that closed unexpectedly were kept as "${copy.name}": "${design.name}" had changed since.`,
    };
  }

  async list(): Promise<DesignSummary[]> {
    const raw = await this.kv.get(INDEX);
    if (!Array.isArray(raw)) return [];
    return raw
      .filter(
        (d): d is DesignSummary => d && typeof d.id === 'string' && typeof d.name === 'string',
      )
      .sort((a, b) => b.updatedAt - a.updatedAt);
  }

  create(
    name: string,
    files: DesignFile[],
    positions: Record<string, XY> = {},
    scenarios: Scenario[] = [],
    extra: { lesson?: string; savedEvents?: SavedEvent[] } = {},
  ): Promise<SavedDesign> {
    return this.exclusive(() => this.createNow(name, files, positions, scenarios, extra));
  }

  private async createNow(
    name: string,
    files: DesignFile[],
    positions: Record<string, XY>,
    scenarios: Scenario[],
    extra: { lesson?: string; savedEvents?: SavedEvent[] },
  ): Promise<SavedDesign> {
    const design: SavedDesign = {
      version: 2,
      id: newId(),
      name: await this.uniqueName(name),
      files,
      positions,
      scenarios,
      revision: 1,
      updatedAt: Date.now(),
      baseline: designText(files),
      ...extra,
    };
    await this.kv.set(designKey(design.id), design);
    await this.writeIndex([...(await this.list()), summary(design)]);
    return design;
  }

  /** The design, or why it could not be read (a corrupt record is set aside first). */
  /** `recover`: also bring back journaled edits (only when opening the design to work on it, not for a rename). */
  async open(
    id: string,
    { recover = false }: { recover?: boolean } = {},
  ): Promise<{ ok: true; design: SavedDesign; notice?: string } | { ok: false; message: string }> {
    const raw = (await this.kv.get(designKey(id))) as Partial<SavedDesign> | undefined;
    if (raw === undefined)
      return { ok: false, message: 'This design is no longer in this browser.' };
    if (raw?.version !== 2 || !isFileList(raw.files) || typeof raw.name !== 'string') {
      await this.kv.set(`${SET_ASIDE}${id}:${Date.now()}`, raw);
      await this.kv.del(designKey(id));
      await this.writeIndex((await this.list()).filter((d) => d.id !== id));
      return {
        ok: false,
        message:
          'A saved design could not be read; it was set aside (not deleted) and the list was repaired.',
      };
    }
    const design = {
      ...raw,
      positions: raw.positions && typeof raw.positions === 'object' ? raw.positions : {},
      scenarios: Array.isArray(raw.scenarios) ? raw.scenarios : [],
      savedEvents: Array.isArray(raw.savedEvents) ? raw.savedEvents : [],
      lesson: typeof raw.lesson === 'string' ? raw.lesson : undefined,
      baseline: raw.baseline ?? designText(raw.files),
    } as SavedDesign;
    return { ok: true, ...(recover ? await this.recover(design) : { design }) };
  }

  /**
   * Saves the design's content if nobody saved a newer revision meanwhile (another tab); a conflict
   * writes nothing so the caller can keep both versions.
   */
  save(
    id: string,
    basedOn: number,
    content: {
      files: DesignFile[];
      positions: Record<string, XY>;
      baseline?: string;
      scenarios?: Scenario[];
      savedEvents?: SavedEvent[];
      lesson?: string;
    },
  ): Promise<SaveOutcome> {
    return this.exclusive(() => this.saveNow(id, basedOn, content));
  }

  private async saveNow(
    id: string,
    basedOn: number,
    content: {
      files: DesignFile[];
      positions: Record<string, XY>;
      baseline?: string;
      scenarios?: Scenario[];
      savedEvents?: SavedEvent[];
      lesson?: string;
    },
  ): Promise<SaveOutcome> {
    try {
      const current = (await this.kv.get(designKey(id))) as SavedDesign | undefined;
      if (current && current.revision !== basedOn)
        return {
          ok: false,
          reason: 'conflict',
          message: `"${current.name}" was changed in another tab.`,
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
      } as SavedDesign;
      await this.kv.set(designKey(id), next);
      await this.writeIndex([...(await this.list()).filter((d) => d.id !== id), summary(next)]);
      this.settleJournal(id, next);
      return { ok: true, revision: next.revision };
    } catch (e) {
      return {
        ok: false,
        reason: 'storage',
        message: `Saving in this browser failed (${(e as Error).name === 'QuotaExceededError' ? 'storage is full' : (e as Error).message || 'storage unavailable'}). Your work is still open; export it to keep it.`,
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
    return this.exclusive(() => this.renameNow(id, name));
  }

  private async renameNow(id: string, name: string): Promise<string> {
    const opened = await this.open(id);
    if (!opened.ok) throw new Error(opened.message);
    const unique = await this.uniqueName(name.trim() || 'Untitled design', id);
    const next = { ...opened.design, name: unique };
    await this.kv.set(designKey(id), next);
    await this.writeIndex([...(await this.list()).filter((d) => d.id !== id), summary(next)]);
    return unique;
  }

  remove(id: string): Promise<void> {
    return this.exclusive(() => this.removeNow(id));
  }

  private async removeNow(id: string): Promise<void> {
    if (this.journalStorage) clearJournal(this.journalStorage, id);
    await this.kv.del(designKey(id));
    await this.writeIndex((await this.list()).filter((d) => d.id !== id));
  }

  /** Brings a design saved by the first version of the app (one autosave slot) into the list, once. */
  async migrateLegacy(): Promise<SavedDesign | null> {
    const old = (await this.kv.get(LEGACY_AUTOSAVE)) as
      { files?: unknown; positions?: Record<string, XY> } | undefined;
    if (!old || !isFileList(old.files)) return null;
    const design = await this.create('Autosaved design', old.files, old.positions ?? {});
    await this.kv.del(LEGACY_AUTOSAVE);
    return design;
  }

  private async uniqueName(wanted: string, exceptId?: string): Promise<string> {
    const taken = new Set((await this.list()).filter((d) => d.id !== exceptId).map((d) => d.name));
    if (!taken.has(wanted)) return wanted;
    for (let i = 2; ; i++) if (!taken.has(`${wanted} (${i})`)) return `${wanted} (${i})`;
  }

  private async writeIndex(list: DesignSummary[]): Promise<void> {
    await this.kv.set(INDEX, list);
  }
}

function summary(d: SavedDesign): DesignSummary {
  return { id: d.id, name: d.name, updatedAt: d.updatedAt };
}
