import { useContext, useEffect, useState } from 'react';
import { DesignerStoreContext } from '../../state/useDesignerStore';
import { selectDiagnostics, selectSimManifests } from '../../state/selectors';
import {
  gradeFromVerdict,
  gradeStaticChecks,
  type CheckGrade,
} from '../../engine/lesson/gradeLesson';
import type { Lesson } from '../../domain/lesson/lesson';
import { recordProgress } from '../../state/lessonProgress';
import { simulationClient } from '../simulator/simulation';
import { afterChanges } from '../../state/simulationController';

const REGRADE_DELAY_MS = 400;

/** A check's state in the panel: graded, or still running in the simulator. */
export type LiveGrade = CheckGrade | { title: string; pending: true };

export const isGraded = (g: LiveGrade): g is CheckGrade => !('pending' in g);

/**
 * Grades the open design against the lesson after every edit: design rules at once, scenarios in
 * the simulation worker. The learner's progress is recorded as it changes.
 */
export function useLessonGrades(lesson: Lesson): LiveGrade[] {
  const designer = useContext(DesignerStoreContext);
  const [grades, setGrades] = useState<LiveGrade[]>(() =>
    lesson.checks.map((c) => ({ title: c.title, pending: true })),
  );
  useEffect(() => {
    if (!designer) return;
    let generation = 0;
    const publish = (next: LiveGrade[]) => {
      setGrades(next);
      const id = designer.getState().design?.id;
      if (id && next.every(isGraded))
        recordProgress(localStorage, lesson.id, {
          designId: id,
          passed: next.filter((g) => g.pass).length,
          total: next.length,
        });
    };
    const grade = () => {
      const state = designer.getState();
      const manifests = selectSimManifests(state);
      const graded = gradeStaticChecks(lesson, manifests, selectDiagnostics(state));
      const scenarios = lesson.checks.flatMap((c) => (c.type === 'scenario' ? [c.scenario] : []));
      const mine = ++generation;
      const withPending = lesson.checks.map(
        (c, i): LiveGrade => graded[i] ?? { title: c.title, pending: true },
      );
      if (scenarios.length === 0) return publish(withPending);
      // Keep showing the last scenario results while the new run is on its way, so ticks do not blink.
      setGrades((before) =>
        withPending.map((g, i) =>
          isGraded(g)
            ? g
            : before[i] && isGraded(before[i]) && before[i].title === g.title
              ? before[i]
              : g,
        ),
      );
      void simulationClient()
        .check(manifests, scenarios)
        .then(
          (verdicts) => verdicts,
          (e: Error) =>
            scenarios.map(() => ({
              pass: false,
              failures: [`the simulator failed: ${e.message}`],
            })),
        )
        .then((verdicts) => {
          if (mine !== generation) return;
          let next = 0;
          publish(lesson.checks.map((c, i) => graded[i] ?? gradeFromVerdict(c, verdicts[next++])));
        });
    };
    return afterChanges(
      designer,
      (s, prev) => s.lastGood !== prev.lastGood || s.files !== prev.files,
      grade,
      REGRADE_DELAY_MS,
    );
  }, [designer, lesson]);
  return grades;
}
