import type { Diagnostic } from '../../domain/validation/diagnostic';
import { gjsonGet } from '../json/gjson';
import type { Scenario } from '../../domain/scenario/scenario';
import type { SimManifest } from '../simulate/simDesign';
import type { Lesson, LessonCheck, ResourceRule } from '../../domain/lesson/lesson';
import { asRecord } from '../../lib/jsonValue';

export interface CheckGrade {
  title: string;
  pass: boolean;
  /** Shown when the check fails. */
  hint: string;
  /** What exactly did not hold, one line each. */
  details: string[];
}

export interface ScenarioVerdict {
  pass: boolean;
  failures: string[];
}

/** Runs scenarios on a design: the worker in the app, the engine directly in tests and the CLI. */
export type ScenarioRunner = (scenarios: Scenario[]) => Promise<ScenarioVerdict[]>;

/** The checks that need no simulation, graded at once; scenario checks come back as null. */
export function gradeStaticChecks(
  lesson: Lesson,
  manifests: readonly SimManifest[],
  diagnostics: readonly Diagnostic[],
): (CheckGrade | null)[] {
  return lesson.checks.map((c) =>
    c.type === 'scenario' ? null : gradeStatic(c, manifests, diagnostics),
  );
}

/** Every check of the lesson, in order. */
export async function gradeLesson(
  lesson: Lesson,
  manifests: readonly SimManifest[],
  diagnostics: readonly Diagnostic[],
  run: ScenarioRunner,
): Promise<CheckGrade[]> {
  const graded = gradeStaticChecks(lesson, manifests, diagnostics);
  const scenarioChecks = lesson.checks.flatMap((c) => (c.type === 'scenario' ? [c] : []));
  const verdicts = scenarioChecks.length ? await run(scenarioChecks.map((c) => c.scenario)) : [];
  let next = 0;
  return lesson.checks.map((c, i) => graded[i] ?? gradeFromVerdict(c, verdicts[next++]));
}

export function gradeFromVerdict(
  check: LessonCheck,
  verdict: ScenarioVerdict | undefined,
): CheckGrade {
  return {
    title: check.title,
    hint: check.hint,
    pass: verdict?.pass ?? false,
    details: verdict?.failures ?? ['not run'],
  };
}

const EMPTY = 'the design has no resources yet';

function gradeStatic(
  check: LessonCheck,
  manifests: readonly SimManifest[],
  diagnostics: readonly Diagnostic[],
): CheckGrade {
  const grade = (details: string[]): CheckGrade => ({
    title: check.title,
    hint: check.hint,
    pass: details.length === 0,
    details,
  });
  switch (check.type) {
    case 'resource':
      return grade(resourceFailures(check.resource, manifests));
    // On an empty design "nothing is wrong" would pass without any work; these checks wait for a design.
    case 'noProblem':
      if (manifests.length === 0) return grade([EMPTY]);
      return grade(diagnostics.filter((d) => d.code === check.code).map((d) => d.message));
    case 'noErrors':
      if (manifests.length === 0) return grade([EMPTY]);
      return grade(
        diagnostics
          .filter((d) => d.severity === 'error')
          .map((d) => `${d.file}${d.range ? `:${d.range.line}` : ''}: ${d.message}`),
      );
    case 'scenario':
      return grade(['a scenario check is graded by the simulator']);
  }
}

const nameOf = (m: SimManifest) => String(asRecord(m.value.metadata)?.name ?? '');

/** Nothing when some resource satisfies the rule; else what the closest candidate lacks. */
function resourceFailures(rule: ResourceRule, manifests: readonly SimManifest[]): string[] {
  const label = `${rule.kind}${rule.name ? ` "${rule.name}"` : ''}`;
  const candidates = manifests.filter(
    (m) => m.kind === rule.kind && (rule.name === undefined || nameOf(m) === rule.name),
  );
  if (candidates.length === 0) {
    const others = manifests.filter((m) => m.kind === rule.kind).map(nameOf);
    return [
      `there is no ${label}${others.length ? ` (the design has ${others.map((n) => `"${n}"`).join(', ')})` : ''}`,
    ];
  }
  let best: string[] | null = null;
  for (const m of candidates) {
    const json = JSON.stringify(m.value);
    const failures: string[] = [];
    for (const [path, accepted] of Object.entries(rule.where)) {
      const found = gjsonGet(json, path);
      const got = found.exists ? (found.type === 'String' ? found.str : found.raw) : null;
      if (got === null || !accepted.includes(got))
        failures.push(
          `${label}: ${path} is ${got === null ? 'not set' : JSON.stringify(got)}, expected ${accepted.map((a) => JSON.stringify(a)).join(' or ')}`,
        );
    }
    for (const path of rule.has)
      if (!gjsonGet(json, path).exists) failures.push(`${label}: ${path} is not set`);
    for (const path of rule.lacks)
      if (gjsonGet(json, path).exists) failures.push(`${label}: ${path} should not be there`);
    if (failures.length === 0) return [];
    if (!best || failures.length < best.length) best = failures;
  }
  return best ?? [];
}
