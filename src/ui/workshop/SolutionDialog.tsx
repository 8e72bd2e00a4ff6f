import type { Lesson } from '../../domain/lesson/lesson';
import { useModal } from '../common/useModal';

/** The teacher's answer, to read (not to load): learners compare it with their own design. */
export function SolutionDialog({
  open,
  lesson,
  onClose,
}: {
  open: boolean;
  lesson: Lesson;
  onClose: () => void;
}) {
  const dialog = useModal(open);
  const text = lesson.solution.map((f) => f.text).join('\n---\n');
  return (
    <dialog
      ref={dialog}
      className="designs-dialog export-dialog"
      aria-labelledby="solution-title"
      onClose={onClose}
    >
      <header className="designs-header">
        <h2 id="solution-title">Solution: {lesson.title}</h2>
        <button type="button" onClick={() => void navigator.clipboard?.writeText(text)}>
          Copy
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <p className="field-hint solution-note">
        One correct answer; yours may differ and still pass every check.
      </p>
      <pre className="solution-text" aria-label="Solution YAML" tabIndex={0}>
        {text}
      </pre>
    </dialog>
  );
}
