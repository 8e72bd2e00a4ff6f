import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples/templates';
import { formatLesson, parseLesson } from '../../domain/lesson/lesson';
import { gradeFiles } from './gradeFiles';
import { lessonFromDesign, slug } from './lessonFromDesign';

describe('lessonFromDesign', () => {
  it.each(EXAMPLES.map((e) => [e.id, e] as const))(
    '%s: the draft passes on its own design and fails on an empty one',
    async (_id, example) => {
      const lesson = lessonFromDesign({
        name: example.title,
        files: example.files,
        scenarios: example.scenarios,
        events: [],
        startEmpty: true,
      });
      const own = await gradeFiles(lesson, lesson.solution);
      expect(own.filter((g) => !g.pass).map((g) => `${g.title}: ${g.details.join('; ')}`)).toEqual(
        [],
      );
      const empty = await gradeFiles(lesson, lesson.start);
      expect(empty.some((g) => !g.pass)).toBe(true);
      expect(lesson.checks.filter((c) => c.type === 'scenario')).toHaveLength(
        example.scenarios.length,
      );
    },
  );

  it('writes a lesson file that reads back as the same lesson', () => {
    const example = EXAMPLES[0]!;
    const lesson = lessonFromDesign({
      name: 'My lesson',
      files: example.files,
      scenarios: example.scenarios,
      events: [{ name: 'try', send: 'webhook/build', body: { project: 'x' } }],
      startEmpty: false,
    });
    const read = parseLesson(formatLesson(lesson));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.lesson.checks).toEqual(lesson.checks);
    expect(read.lesson.events).toEqual(lesson.events);
    expect(read.lesson.id).toBe('my-lesson');
  });

  it('names the draft with a valid id', () => {
    expect(slug('GitHub push → build (v2)')).toBe('github-push-build-v2');
    expect(slug('→')).toBe('my-lesson');
  });

  it('matches an event name with a dot literally', async () => {
    const files = [
      {
        path: 'd.yaml',
        text: 'apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata: {name: hooks}\nspec:\n  webhook:\n    a.b: {port: "12000", endpoint: /a, method: POST}\n',
      },
    ];
    const lesson = lessonFromDesign({
      name: 'dots',
      files,
      scenarios: [],
      events: [],
      startEmpty: true,
    });
    const grades = await gradeFiles(lesson, files);
    expect(grades[0]).toMatchObject({ pass: true });
  });
});
