import { useState } from 'react';
import type { DesignerStore } from '../../state/createDesignerStore';
import {
  formatLesson,
  parseLesson,
  type Lesson,
  type LessonEvent,
} from '../../domain/lesson/lesson';
import { lessonFromDesign } from '../../engine/lesson/lessonFromDesign';
import { copyLinkToClipboard } from '../common/copyLinkToClipboard';
import { downloadFile } from '../common/download';
import { useModal } from '../common/useModal';
import { parseHeaders, parseJsonBody } from '../../domain/events/eventText';

interface Props {
  open: boolean;
  store: DesignerStore;
  onTry: (source: string, lesson: Lesson) => void;
  onClose: () => void;
}

/** The design's saved events as lesson events (bodies that are not JSON travel as their text). */
function savedToLessonEvents(store: DesignerStore): LessonEvent[] {
  return store.getState().savedEvents.map((e) => {
    const body = parseJsonBody(e.body);
    const headers = parseHeaders(e.headers);
    const named =
      headers.ok && Object.keys(headers.headers).length ? { headers: headers.headers } : {};
    return {
      name: e.name,
      send: e.event,
      body: body.ok ? body.value : e.body,
      ...named,
      ...(e.method ? { method: e.method } : {}),
    };
  });
}

/** A teacher's tool: the open design becomes a lesson draft to edit, download, share or try. */
export function MakeLessonDialog({ open, store, onTry, onClose }: Props) {
  const dialog = useModal(open);
  const [startEmpty, setStartEmpty] = useState(true);
  const [text, setText] = useState('');
  // A fresh draft from the design each time the dialog opens or the start is switched.
  const [draftFor, setDraftFor] = useState<string | null>(null);
  const wanted = open ? String(startEmpty) : null;
  if (wanted !== draftFor) {
    setDraftFor(wanted);
    if (open) {
      const s = store.getState();
      const draft = lessonFromDesign({
        name: s.design?.name ?? 'My lesson',
        files: s.files,
        scenarios: s.scenarios,
        events: savedToLessonEvents(store),
        startEmpty,
      });
      setText(formatLesson(draft));
    }
  }
  const parsed = text ? parseLesson(text) : null;
  const lesson = parsed?.ok ? parsed.lesson : null;
  const copyLink = () =>
    lesson &&
    copyLinkToClipboard(
      store,
      { name: lesson.title, files: lesson.start, lesson: text },
      () => 'Lesson link copied.',
    );
  return (
    <dialog
      ref={dialog}
      className="designs-dialog export-dialog"
      aria-labelledby="make-lesson-title"
      onClose={onClose}
    >
      <header className="designs-header">
        <h2 id="make-lesson-title">Make a lesson from this design</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="make-lesson-body">
        <p className="field-hint">
          This design is the answer. Each resource and each test scenario became a check; edit the
          goal and the hints, then share the lesson as a file or a link.
        </p>
        <label className="inline-check">
          <input
            type="checkbox"
            checked={startEmpty}
            onChange={(e) => setStartEmpty(e.target.checked)}
          />
          Learners start from an empty canvas
        </label>
        <label className="make-lesson-text">
          Lesson file
          <textarea
            value={text}
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
            rows={18}
          />
        </label>
        {parsed && !parsed.ok && (
          <ul
            className="make-lesson-problems"
            role="alert"
            aria-label="Problems in the lesson file"
          >
            {parsed.problems.map((p, i) => (
              <li key={i}>
                Line {p.line}, column {p.col}: {p.message}
              </li>
            ))}
          </ul>
        )}
        <div className="lesson-actions">
          <button
            type="button"
            disabled={!lesson}
            onClick={() =>
              lesson && downloadFile(`${lesson.id}.lesson.yaml`, text, 'application/yaml')
            }
          >
            Download lesson file
          </button>
          <button type="button" disabled={!lesson} onClick={copyLink}>
            Copy lesson link
          </button>
          <button type="button" disabled={!lesson} onClick={() => lesson && onTry(text, lesson)}>
            Try the lesson
          </button>
        </div>
      </div>
    </dialog>
  );
}
