import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fuzzOptions, jsonValue, mutate, yamlishText } from '../../test/fuzz';
import { LESSON_SOURCES } from '../../lessons/shippedLessons';
import { parseLesson } from '../../domain/lesson/lesson';
import { parseScenarioFile } from '../../domain/scenario/scenario';

const lessonish = fc
  .record({
    apiVersion: fc.constant('eventflow.dev/v1alpha1'),
    kind: fc.constant('Lesson'),
    id: jsonValue,
    title: jsonValue,
    goal: jsonValue,
    start: jsonValue,
    solution: jsonValue,
    events: jsonValue,
    checks: fc.array(
      fc.dictionary(
        fc.constantFrom('title', 'hint', 'resource', 'scenario', 'noProblem', 'noErrors'),
        jsonValue,
      ),
      { maxLength: 3 },
    ),
  })
  .map((v) => stringify(v));

describe('lesson and scenario files (property tests)', () => {
  it('never throw; every refusal has a line and a column', () => {
    fc.assert(
      fc.property(
        fc.oneof(yamlishText, lessonish, fc.constantFrom(...LESSON_SOURCES).chain(mutate)),
        (text) => {
          for (const r of [parseLesson(text), parseScenarioFile(text)]) {
            if (r.ok) continue;
            for (const p of r.problems) expect(p.line).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      fuzzOptions(5000),
    );
  });
});
