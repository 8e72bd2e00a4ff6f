import { parseLesson, type Lesson } from '../domain/lesson/lesson';
import buildPipeline from './01-build-pipeline.lesson.yaml?raw';
import onlyMain from './02-only-main.lesson.yaml?raw';
import commitSha from './03-commit-sha.lesson.yaml?raw';
import s3Upload from './04-s3-csv-upload.lesson.yaml?raw';
import nightly from './05-nightly-cleanup.lesson.yaml?raw';
import andOr from './06-and-or.lesson.yaml?raw';
import secret from './07-secret-reference.lesson.yaml?raw';

/** The shipped lesson files, in course order (their text is what a teacher copies to start one). */
export const LESSON_SOURCES: readonly string[] = [
  buildPipeline,
  onlyMain,
  commitSha,
  s3Upload,
  nightly,
  andOr,
  secret,
];

function read(source: string): Lesson {
  const parsed = parseLesson(source);
  if (!parsed.ok)
    throw new Error(
      `a shipped lesson does not parse: ${parsed.problems.map((p) => `${p.line}:${p.col} ${p.message}`).join('; ')}`,
    );
  return parsed.lesson;
}

export const LESSONS: readonly Lesson[] = LESSON_SOURCES.map(read);

/** A shipped lesson with the text it was read from (the text is what a design keeps). */
export function shippedLesson(id: string): { source: string; lesson: Lesson } | undefined {
  const i = LESSONS.findIndex((l) => l.id === id);
  return i < 0 ? undefined : { source: LESSON_SOURCES[i]!, lesson: LESSONS[i]! };
}

/** The next shipped lesson after this one, if any. */
export function nextLesson(id: string): Lesson | undefined {
  const i = LESSONS.findIndex((l) => l.id === id);
  return i < 0 ? undefined : LESSONS[i + 1];
}
