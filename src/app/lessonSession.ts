import type { DesignerStore, SavedEvent } from '../state/createDesignerStore';
import type { DesignLibrary } from '../state/designLibrary';
import { parseLesson, type Lesson, type LessonEvent } from '../engine/lesson/lesson';
import { readProgress, recordProgress } from '../state/lessonProgress';
import { formatHeaders } from '../ui/simulator/composeEvent';
import { remember } from './session';

/** A lesson's ready-made events, in the shape the simulator keeps saved events. */
export function lessonSavedEvents(events: readonly LessonEvent[]): SavedEvent[] {
  return events.map((e) => ({
    name: e.name,
    event: e.send,
    body: typeof e.body === 'string' ? e.body : JSON.stringify(e.body ?? {}, null, 2),
    headers: formatHeaders(e.headers),
    ...(e.method ? { method: e.method } : {}),
  }));
}

/** The lesson a design was started from, when its stored source still reads. */
export function lessonOf(source: string | undefined): Lesson | null {
  if (!source) return null;
  const parsed = parseLesson(source);
  return parsed.ok ? parsed.lesson : null;
}

/**
 * Opens the learner's design for a lesson: the one they worked on before (so going back to a lesson
 * never loses their work), else a new design from the lesson's start.
 */
export async function openLesson(
  library: DesignLibrary,
  source: string,
  lesson: Lesson,
): Promise<DesignerStore> {
  const known = readProgress(localStorage)[lesson.id];
  if (known) {
    const opened = await library.open(known.designId, { recover: true });
    if (opened.ok && lessonOf(opened.design.lesson)?.id === lesson.id) {
      // A newer copy of the lesson (an app update, a teacher's fix) grades the same work from now on.
      if (opened.design.lesson === source) return remember(opened.design);
      const { files, positions, revision } = opened.design;
      const saved = await library.save(opened.design.id, revision, {
        files,
        positions,
        lesson: source,
      });
      return remember({
        ...opened.design,
        lesson: source,
        revision: saved.ok ? saved.revision : revision,
      });
    }
  }
  const files = lesson.start.length ? lesson.start : [{ path: 'design.yaml', text: '' }];
  const created = await library.create(
    `Lesson: ${lesson.title.replace(/^\d+\.\s*/, '')}`,
    files,
    {},
    [],
    { lesson: source, savedEvents: lessonSavedEvents(lesson.events) },
  );
  recordProgress(localStorage, lesson.id, {
    designId: created.id,
    passed: 0,
    total: lesson.checks.length,
  });
  return remember(created);
}
