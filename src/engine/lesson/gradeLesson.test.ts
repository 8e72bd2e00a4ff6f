import { describe, expect, it } from 'vitest';
import { gradeStaticChecks } from './gradeLesson';
import type { Lesson } from '../../domain/lesson/lesson';

const lesson: Lesson = {
  id: 't',
  title: 't',
  goal: 'g',
  start: [],
  solution: [],
  events: [],
  checks: [
    { type: 'noErrors', title: 'no errors', hint: 'h' },
    {
      type: 'noProblem',
      code: 'security.inline-credential',
      title: 'no inline credential',
      hint: 'h',
    },
  ],
};

describe('gradeStaticChecks', () => {
  it('does not pass "nothing is wrong" checks on an empty design', () => {
    const grades = gradeStaticChecks(lesson, [], []);
    expect(grades.map((g) => [g?.pass, g?.details])).toEqual([
      [false, ['the design has no resources yet']],
      [false, ['the design has no resources yet']],
    ]);
  });

  it('passes them on a design without those problems, and fails with the messages otherwise', () => {
    const bus = [
      { kind: 'EventBus', value: { metadata: { name: 'default' }, spec: { jetstream: {} } } },
    ];
    expect(gradeStaticChecks(lesson, bus, []).map((g) => g?.pass)).toEqual([true, true]);
    const problem = {
      code: 'security.inline-credential',
      severity: 'warning' as const,
      message: 'inline password',
      file: 'd.yaml',
      documentIndex: 0,
      resource: null,
      path: [],
      range: null,
    };
    expect(gradeStaticChecks(lesson, bus, [problem]).map((g) => g?.details)).toEqual([
      [],
      ['inline password'],
    ]);
  });
});
