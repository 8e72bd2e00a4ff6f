import { useCallback, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { DesignerStore } from '../state/createDesignerStore';
import type { DesignLibrary } from '../state/designLibrary';
import { parseLesson, type Lesson } from '../domain/lesson/lesson';
import { LESSONS, nextLesson, shippedLesson } from '../lessons/shippedLessons';
import { TOUR_DONE_KEY } from '../ui/tour/tourSteps';
import { lessonOf, openLesson } from '../state/session/openLesson';
import type { Command } from '../ui/common/commands';

type Dialog = 'workshop' | 'quiz' | 'make-lesson' | null;

function tourSeen(): boolean {
  try {
    return localStorage.getItem(TOUR_DONE_KEY) === '1';
  } catch {
    return true;
  }
}

/** The workshop's state and actions: the open lesson, its dialogs, the tour and their commands. */
export function useWorkshop(
  store: DesignerStore,
  library: DesignLibrary,
  onSwitch: (store: DesignerStore) => void,
  guard: (work: Promise<unknown>) => Promise<void>,
) {
  const source = useStore(store, (s) => s.design?.lesson);
  const lesson = useMemo(() => lessonOf(source), [source]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [touring, setTouring] = useState(() => !tourSeen());

  const start = useCallback(
    (text: string, chosen: Lesson, origin: 'shipped' | 'outside' = 'shipped') => {
      setDialog(null);
      void guard(openLesson(library, text, chosen, origin).then(onSwitch));
    },
    [library, onSwitch, guard],
  );
  const openById = useCallback(
    (id: string) => {
      const shipped = shippedLesson(id);
      if (shipped) start(shipped.source, shipped.lesson);
    },
    [start],
  );
  /** A lesson file's text: opened as a lesson, or its first problem told with its line. */
  const openText = useCallback(
    (text: string, fileName: string) => {
      const parsed = parseLesson(text);
      if (parsed.ok) return start(text, parsed.lesson, 'outside');
      const p = parsed.problems[0];
      store
        .getState()
        .showNotice(
          `${fileName} is not a lesson this app can open: line ${p?.line ?? 1}, column ${p?.col ?? 1}: ${p?.message ?? 'unreadable'}. Your design was not changed.`,
        );
    },
    [start, store],
  );
  /** A dialog's own close (Escape, Close): it must not close the dialog that replaced it. */
  const closeDialog = useCallback(
    (which: Exclude<Dialog, null>) => setDialog((d) => (d === which ? null : d)),
    [],
  );
  const endTour = useCallback(() => {
    setTouring(false);
    try {
      localStorage.setItem(TOUR_DONE_KEY, '1');
    } catch {
      // Without storage the tour simply shows again next time.
    }
  }, []);

  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'workshop:open',
        title: 'Open the workshop (lessons and quiz)',
        run: () => setDialog('workshop'),
      },
      ...LESSONS.map((l, i) => ({
        id: `workshop:lesson-${i + 1}`,
        title: `Open lesson ${l.title}`,
        run: () => openById(l.id),
      })),
      { id: 'workshop:quiz', title: 'Take the review quiz', run: () => setDialog('quiz') },
      {
        id: 'workshop:make-lesson',
        title: 'Make a lesson from this design',
        run: () => setDialog('make-lesson'),
      },
      { id: 'help:tour', title: 'Take the guided tour', run: () => setTouring(true) },
    ],
    [openById],
  );

  const next = lesson ? nextLesson(lesson.id) : undefined;
  return {
    lesson,
    source,
    next,
    dialog,
    setDialog,
    closeDialog,
    touring,
    setTouring,
    endTour,
    start,
    openById,
    openText,
    commands,
  };
}
