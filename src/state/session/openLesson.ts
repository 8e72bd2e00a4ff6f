import type { DesignerStore, SavedEvent } from '../createDesignerStore';
import type { DesignLibrary } from '../designLibrary';
import { parseLesson, type Lesson, type LessonEvent } from '../../domain/lesson/lesson';
import { readProgress, recordProgress } from '../lessonProgress';
import { formatHeaders } from '../../domain/events/eventText';
import { remember } from './rememberDesign';

/** A lesson's ready-made events, in the shape the simulator keeps saved events. */
function lessonSavedEvents(events: readonly LessonEvent[]): SavedEvent[] {
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

/** A short fingerprint of a lesson file, to tell lessons that share an id apart. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Opens the learner's design for a lesson: the one they worked on before (so going back to a lesson
 * never loses their work), else a new design from the lesson's start. A lesson from outside the app
 * (a link, a file) that reuses the id of one already started but says something else opens as a
 * lesson of its own: it can never replace the title, goal and checks the learner's work is graded by.
 */
export async function openLesson(
  library: DesignLibrary,
  source: string,
  lesson: Lesson,
  origin: 'shipped' | 'outside' = 'shipped',
): Promise<DesignerStore> {
  const progress = readProgress(localStorage);
  let key = lesson.id;
  let separate = false;
  if (origin === 'outside' && Object.hasOwn(progress, key)) {
    const opened = await library.open(progress[key]!.designId);
    if (opened.ok && opened.design.lesson !== undefined && opened.design.lesson !== source) {
      key = `${lesson.id}@${fingerprint(source)}`;
      separate = true;
    }
  }
  const store = await openLessonDesign(library, source, lesson, key, separate);
  if (separate)
    store
      .getState()
      .showNotice(
        `This lesson uses the id "${lesson.id}" of a lesson you started, but its content differs: it opened as a separate lesson, and your earlier work is unchanged.`,
      );
  return store;
}

async function openLessonDesign(
  library: DesignLibrary,
  source: string,
  lesson: Lesson,
  key: string,
  separate: boolean,
): Promise<DesignerStore> {
  const progress = readProgress(localStorage);
  const known = Object.hasOwn(progress, key) ? progress[key] : undefined;
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
  const title = `Lesson: ${lesson.title.replace(/^\d+\.\s*/, '')}`;
  const created = await library.create(separate ? `${title} (from a link)` : title, files, {}, [], {
    lesson: source,
    savedEvents: lessonSavedEvents(lesson.events),
  });
  recordProgress(localStorage, key, {
    designId: created.id,
    passed: 0,
    total: lesson.checks.length,
  });
  return remember(created);
}
