import { isJsonObject } from '../domain/manifest/jsonValue';

/** How far a learner got in each lesson, kept in this browser (localStorage; small and synchronous). */
export interface LessonProgress {
  /** The design in the library the learner works on for this lesson. */
  designId: string;
  passed: number;
  total: number;
}

export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem'>;

const KEY = 'eventflow:lesson-progress';

/** Progress by lesson id; a null-prototype record, since ids come from lesson files and links. */
export function readProgress(storage: ProgressStorage): Record<string, LessonProgress> {
  const out: Record<string, LessonProgress> = Object.create(null);
  try {
    const raw: unknown = JSON.parse(storage.getItem(KEY) ?? '{}');
    if (!isJsonObject(raw)) return out;
    for (const [id, p] of Object.entries(raw)) {
      if (!isJsonObject(p)) continue;
      const { designId, passed, total } = p;
      if (typeof designId === 'string' && typeof passed === 'number' && typeof total === 'number')
        out[id] = { ...p, designId, passed, total };
    }
  } catch {
    // A damaged record only loses the ticks, never a design: the designs live in the library.
  }
  return out;
}

export function recordProgress(
  storage: ProgressStorage,
  lessonId: string,
  progress: LessonProgress,
): void {
  const all = readProgress(storage);
  const was = all[lessonId];
  if (
    was &&
    was.designId === progress.designId &&
    was.passed === progress.passed &&
    was.total === progress.total
  )
    return;
  try {
    storage.setItem(KEY, JSON.stringify({ ...all, [lessonId]: progress }));
  } catch {
    // Storage full: progress is a convenience; the work itself is saved with the design.
  }
}

export const isDone = (p: LessonProgress | undefined): boolean =>
  !!p && p.total > 0 && p.passed === p.total;
