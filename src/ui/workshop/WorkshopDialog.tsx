import { useState } from 'react';
import { LESSONS } from '../../lessons/shippedLessons';
import { isDone, readProgress, type LessonProgress } from '../../state/lessonProgress';
import { useModal } from '../common/useModal';

interface Props {
  open: boolean;
  currentLessonId?: string;
  onOpenLesson: (id: string) => void;
  onOpenFile: (file: File) => void;
  onQuiz: () => void;
  onMakeLesson: () => void;
  onClose: () => void;
}

function progressText(p: LessonProgress | undefined): string {
  if (!p) return 'Not started';
  if (isDone(p)) return 'Done';
  return `${p.passed} of ${p.total} checks pass`;
}

/** The course: the module's lessons with this browser's progress, the quiz, and the teacher's tools. */
export function WorkshopDialog({
  open,
  currentLessonId,
  onOpenLesson,
  onOpenFile,
  onQuiz,
  onMakeLesson,
  onClose,
}: Props) {
  const dialog = useModal(open);
  const [progress, setProgress] = useState<Record<string, LessonProgress>>({});
  // Progress is read afresh each time the dialog opens.
  const [shownOpen, setShownOpen] = useState(false);
  if (open !== shownOpen) {
    setShownOpen(open);
    if (open) setProgress(readProgress(localStorage));
  }
  const done = LESSONS.filter((l) => isDone(progress[l.id])).length;
  return (
    <dialog
      ref={dialog}
      className="designs-dialog workshop-dialog"
      aria-labelledby="workshop-title"
      onClose={onClose}
    >
      <header className="designs-header">
        <h2 id="workshop-title">Workshop: Argo Events</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <p className="workshop-intro">
        Seven lessons from the Argo Events module, each graded live in the simulator. {done} of{' '}
        {LESSONS.length} done in this browser.
      </p>
      <ol className="templates-list workshop-lessons">
        {LESSONS.map((l) => {
          const p = progress[l.id];
          return (
            <li key={l.id} aria-label={l.title}>
              <div className="template-text">
                <strong>{l.title}</strong>
                <span className={`field-hint workshop-progress${isDone(p) ? ' is-done' : ''}`}>
                  {progressText(p)}
                  {l.id === currentLessonId ? ' · open now' : ''}
                </span>
              </div>
              <button
                type="button"
                aria-label={`${p ? 'Continue' : 'Start'} ${l.title}`}
                onClick={() => onOpenLesson(l.id)}
              >
                {p ? 'Continue' : 'Start'}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="workshop-footer">
        <button type="button" onClick={onQuiz}>
          Review quiz (7 questions)
        </button>
        <label className="designs-button file-button">
          Open a lesson file…
          <input
            type="file"
            accept=".yaml,.yml"
            onChange={(e) => (
              e.target.files?.[0] && onOpenFile(e.target.files[0]),
              (e.target.value = '')
            )}
          />
        </label>
        <button type="button" onClick={onMakeLesson}>
          Make a lesson from this design…
        </button>
      </div>
    </dialog>
  );
}
