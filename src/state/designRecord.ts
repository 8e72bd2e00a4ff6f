import type { DesignFile } from '../domain/design/design';
import type { SavedEvent, XY } from './createDesignerStore';
import { readScenario, type Scenario } from '../domain/scenario/scenario';

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

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';

/** The text the "unsaved export changes" check compares, one file after another. */
export function designText(files: readonly DesignFile[]): string {
  return files.map((f) => `# ${f.path}\n${f.text}`).join('\n');
}

export function isFileList(v: unknown): v is DesignFile[] {
  return Array.isArray(v) && v.every((f) => isObj(f) && isText(f.path) && isText(f.text));
}

export function summaryOf(d: SavedDesign): DesignSummary {
  return { id: d.id, name: d.name, updatedAt: d.updatedAt };
}

/** A summary read from the stored list, or null when the entry is damaged. */
export function readSummary(v: unknown): DesignSummary | null {
  if (!isObj(v) || !isText(v.id) || !v.id || !isText(v.name)) return null;
  return {
    id: v.id,
    name: v.name,
    updatedAt: Number.isFinite(v.updatedAt) ? Number(v.updatedAt) : 0,
  };
}

/**
 * A stored record read as a design, every field checked: what cannot be read is left out and named
 * in `repaired` (the caller keeps the original aside), so one damaged field (a `null` among the
 * scenarios) never stops the design from opening. Null when the record holds no design at all.
 */
export function readDesignRecord(
  id: string,
  raw: unknown,
): { design: SavedDesign; repaired: string[] } | null {
  if (!isObj(raw) || raw.version !== 2 || !isFileList(raw.files)) return null;
  const repaired: string[] = [];
  /** Notes a field that could not be read and gives what replaces it. */
  const repair = <T>(name: string, fallback: T): T => {
    repaired.push(name);
    return fallback;
  };
  const files = raw.files.map((f) => ({ path: f.path, text: f.text }));
  const design: SavedDesign = {
    version: 2,
    id,
    name: isText(raw.name) && raw.name !== '' ? raw.name : repair('name', 'Recovered design'),
    files,
    positions: readPositions(raw.positions, repaired),
    revision:
      typeof raw.revision === 'number' && Number.isSafeInteger(raw.revision) && raw.revision > 0
        ? raw.revision
        : repair('revision', 1),
    updatedAt:
      typeof raw.updatedAt === 'number' && Number.isFinite(raw.updatedAt)
        ? raw.updatedAt
        : repair('time', 0),
    baseline:
      raw.baseline === undefined
        ? designText(files)
        : isText(raw.baseline)
          ? raw.baseline
          : repair('baseline', designText(files)),
    scenarios: readList(raw.scenarios, 'scenarios', repaired, (s) => {
      let bad = false;
      const scenario = readScenario(s, () => (bad = true));
      return bad ? null : scenario;
    }),
    savedEvents: readList(raw.savedEvents, 'saved events', repaired, readSavedEvent),
  };
  if (raw.lesson !== undefined) {
    if (isText(raw.lesson)) design.lesson = raw.lesson;
    else repaired.push('lesson');
  }
  return { design, repaired };
}

/** Node positions from a stored record: entries without finite x and y are left out (and noted). */
export function readPositions(v: unknown, repaired: string[]): Record<string, XY> {
  if (v === undefined) return {};
  if (!isObj(v)) return (repaired.push('node positions'), {});
  const out: Record<string, XY> = {};
  let dropped = false;
  for (const [k, p] of Object.entries(v)) {
    const x = isObj(p) ? p.x : undefined;
    const y = isObj(p) ? p.y : undefined;
    if (typeof x === 'number' && Number.isFinite(x) && typeof y === 'number' && Number.isFinite(y))
      Object.defineProperty(out, k, {
        value: { x, y },
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else dropped = true;
  }
  if (dropped) repaired.push('node positions');
  return out;
}

function readList<T>(
  v: unknown,
  name: string,
  repaired: string[],
  read: (item: unknown) => T | null,
): T[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return (repaired.push(name), []);
  const out: T[] = [];
  for (const item of v) {
    const r = read(item);
    if (r === null) {
      if (!repaired.includes(name)) repaired.push(name);
    } else out.push(r);
  }
  return out;
}

function readSavedEvent(v: unknown): SavedEvent | null {
  if (!isObj(v) || !isText(v.name) || !isText(v.event) || !isText(v.body) || !isText(v.headers))
    return null;
  if (v.method !== undefined && !isText(v.method)) return null;
  return {
    name: v.name,
    event: v.event,
    body: v.body,
    headers: v.headers,
    ...(isText(v.method) ? { method: v.method } : {}),
  };
}
