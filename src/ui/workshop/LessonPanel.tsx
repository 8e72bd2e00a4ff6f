import { useState } from 'react';
import type { DesignerStore } from '../../state/createDesignerStore';
import type { Lesson } from '../../domain/lesson/lesson';
import { copyLinkToClipboard } from '../common/copyLinkToClipboard';
import { GoalText } from './GoalText';
import { isGraded, useLessonGrades, type LiveGrade } from './useLessonGrades';
import { SolutionDialog } from './SolutionDialog';

interface Props {
  store: DesignerStore;
  lesson: Lesson;
  source: string;
  /** The next shipped lesson's title, when there is one. */
  nextTitle?: string;
  onNext: () => void;
  onWorkshop: () => void;
  onQuiz: () => void;
}

/** The open lesson: its goal, its checks graded live with a hint for each failing one, and its actions. */
export function LessonPanel({
  store,
  lesson,
  source,
  nextTitle,
  onNext,
  onWorkshop,
  onQuiz,
}: Props) {
  const grades = useLessonGrades(lesson);
  const [goalOpen, setGoalOpen] = useState(true);
  const [confirmReset, setConfirmReset] = useState(false);
  const [solutionOpen, setSolutionOpen] = useState(false);
  const graded = grades.filter(isGraded);
  const passed = graded.filter((g) => g.pass).length;
  const complete = graded.length === grades.length && passed === grades.length;
  const reset = () => {
    setConfirmReset(false);
    store.getState().dispatch({
      type: 'replaceDesign',
      files: lesson.start.length ? lesson.start : [{ path: 'design.yaml', text: '' }],
    });
    store
      .getState()
      .showNotice('The lesson was reset to its start. Undo (Ctrl+Z) brings your design back.');
  };
  const share = () =>
    copyLinkToClipboard(
      store,
      { name: lesson.title, files: lesson.start, lesson: source },
      () =>
        'Lesson link copied. Whoever opens it gets the lesson with its starting design; their work stays in their browser.',
    );
  return (
    <aside className="lesson-panel" aria-label="Lesson">
      <header className="lesson-header">
        <button type="button" className="link-button" onClick={onWorkshop}>
          Workshop
        </button>
        <h2>{lesson.title}</h2>
        <button
          type="button"
          className="link-button"
          aria-expanded={goalOpen}
          onClick={() => setGoalOpen((o) => !o)}
        >
          {goalOpen ? 'Hide goal' : 'Show goal'}
        </button>
      </header>
      {goalOpen && <GoalText text={lesson.goal} />}
      <section className="lesson-checks" aria-label="Checks">
        <p className="lesson-score" role="status">
          {graded.length < grades.length && passed < grades.length
            ? `Checking… ${passed} of ${grades.length} checks pass`
            : `${passed} of ${grades.length} checks pass`}
        </p>
        <ul>
          {grades.map((g, i) => (
            <CheckItem key={i} grade={g} />
          ))}
        </ul>
      </section>
      {complete && (
        <div className="lesson-complete" role="status">
          <strong>Lesson complete.</strong> Every check passes.
          {nextTitle ? (
            <button type="button" onClick={onNext}>
              Next lesson: {nextTitle.replace(/^\d+\.\s*/, '')}
            </button>
          ) : (
            <>
              <button type="button" onClick={onQuiz}>
                Take the review quiz
              </button>
              <button type="button" onClick={onWorkshop}>
                Back to the workshop
              </button>
            </>
          )}
        </div>
      )}
      <div className="lesson-actions">
        {confirmReset ? (
          <span className="lesson-confirm" role="group" aria-label="Reset the lesson?">
            Replace your design with the lesson&apos;s start?
            <button type="button" onClick={reset}>
              Reset
            </button>
            <button type="button" onClick={() => setConfirmReset(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirmReset(true)}>
            Reset lesson
          </button>
        )}
        <button type="button" aria-haspopup="dialog" onClick={() => setSolutionOpen(true)}>
          Show solution
        </button>
        <button type="button" onClick={share}>
          Share lesson link
        </button>
      </div>
      <SolutionDialog open={solutionOpen} lesson={lesson} onClose={() => setSolutionOpen(false)} />
    </aside>
  );
}

function CheckItem({ grade }: { grade: LiveGrade }) {
  const state = !isGraded(grade) ? 'pending' : grade.pass ? 'pass' : 'fail';
  const label = { pending: 'checking', pass: 'passes', fail: 'fails' }[state];
  return (
    <li className={`lesson-check lesson-check-${state}`} aria-label={`${grade.title}: ${label}`}>
      <span className="lesson-check-mark" aria-hidden="true">
        {{ pending: '…', pass: '✓', fail: '✗' }[state]}
      </span>
      <div>
        <span className="lesson-check-title">{grade.title}</span>
        {isGraded(grade) && !grade.pass && (
          <>
            <p className="lesson-hint">
              <span className="lesson-hint-label">Hint: </span>
              {grade.hint}
            </p>
            {grade.details.length > 0 && (
              <details>
                <summary>What the check found</summary>
                <ul>
                  {grade.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
      </div>
    </li>
  );
}
