import { checkDesign } from '../checkDesign';
import { listManifests, parseDesign, type DesignFile } from '../../domain/design/design';
import { checkScenario } from '../scenario/checkScenario';
import { compileSimDesign, type SimManifest } from '../simulate/simDesign';
import { gradeLesson, type CheckGrade, type ScenarioRunner } from './gradeLesson';
import type { Lesson } from '../../domain/lesson/lesson';

/** Runs scenarios on the engine in this thread (tests and the CLI; the app uses its worker). */
function localRunner(manifests: readonly SimManifest[]): ScenarioRunner {
  const design = compileSimDesign(manifests);
  return async (scenarios) => Promise.all(scenarios.map((s) => checkScenario(design, s)));
}

/** Grades design files against a lesson, with the same diagnostics the app shows. */
export async function gradeFiles(
  lesson: Lesson,
  files: readonly DesignFile[],
): Promise<CheckGrade[]> {
  const parsed = parseDesign(files);
  const manifests = listManifests(parsed).map((m) => ({ kind: m.kind, value: m.value }));
  const diagnostics = checkDesign(parsed);
  return gradeLesson(lesson, manifests, diagnostics, localRunner(manifests));
}
