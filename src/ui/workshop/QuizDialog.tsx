import { useState } from 'react';
import { QUIZ } from '../../lessons/quiz';
import { useModal } from '../common/useModal';

/** The module's review questions: pick an answer, then read the module's own answer. */
export function QuizDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useModal(open);
  const [picked, setPicked] = useState<Record<string, number>>({});
  // Each opening starts with no answers picked.
  const [shownOpen, setShownOpen] = useState(open);
  if (open !== shownOpen) {
    setShownOpen(open);
    if (open) setPicked({});
  }
  const answered = QUIZ.filter((q) => picked[q.id] !== undefined);
  const right = answered.filter((q) => picked[q.id] === q.correct).length;
  return (
    <dialog
      ref={dialog}
      className="designs-dialog quiz-dialog"
      aria-labelledby="quiz-title"
      onClose={onClose}
    >
      <header className="designs-header">
        <h2 id="quiz-title">Review quiz</h2>
        <span className="quiz-score" role="status">
          {right} of {answered.length} right
          {answered.length < QUIZ.length ? `, ${QUIZ.length - answered.length} to go` : ''}
        </span>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <ol className="quiz-list">
        {QUIZ.map((q) => {
          const choice = picked[q.id];
          return (
            <li key={q.id}>
              <fieldset disabled={choice !== undefined}>
                <legend>{q.question}</legend>
                {q.choices.map((c, i) => (
                  <label
                    key={i}
                    className={
                      choice === undefined
                        ? ''
                        : i === q.correct
                          ? 'quiz-right'
                          : i === choice
                            ? 'quiz-wrong'
                            : ''
                    }
                  >
                    <input
                      type="radio"
                      name={`quiz-${q.id}`}
                      checked={choice === i}
                      onChange={() => setPicked((p) => ({ ...p, [q.id]: i }))}
                    />
                    {c}
                  </label>
                ))}
              </fieldset>
              {choice !== undefined && (
                <p
                  className="quiz-answer"
                  role="note"
                  aria-label={`Answer to question ${QUIZ.indexOf(q) + 1}`}
                >
                  <strong>{choice === q.correct ? 'Right.' : 'Not quite.'}</strong> {q.answer}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </dialog>
  );
}
