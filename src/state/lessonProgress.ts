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
  const out = Object.create(null) as Record<string, LessonProgress>;
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? '{}') as unknown;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
    for (const [id, p] of Object.entries(raw as Record<string, Partial<LessonProgress>>))
      if (
        typeof p?.designId === 'string' &&
        typeof p.passed === 'number' &&
        typeof p.total === 'number'
      )
        out[id] = p as LessonProgress;
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
