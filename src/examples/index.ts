import seedBuildPipeline from './seed-build-pipeline.yaml?raw';
import seedScenarios from './seed-build-pipeline.scenarios.yaml?raw';
import { parseScenarioFile, type Scenario } from '../engine/scenario/scenario';
import type { DesignFile } from '../domain/design/design';

/** A shipped design: the templates gallery and the e2e seeds read this list. */
export interface Example {
  id: string;
  title: string;
  files: DesignFile[];
  /** Its test scenarios (run by `npm test` through `eventflow test src/examples`). */
  scenarios: Scenario[];
}

function scenariosOf(text: string): Scenario[] {
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) throw new Error(`shipped scenarios do not parse: ${parsed.problems.map((p) => `${p.line}:${p.col} ${p.message}`).join('; ')}`);
  return parsed.file.scenarios;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'build-pipeline',
    title: 'Event-driven build pipeline',
    files: [{ path: 'build-pipeline.yaml', text: seedBuildPipeline }],
    scenarios: scenariosOf(seedScenarios),
  },
];

export const SEED_EXAMPLE_ID = 'build-pipeline';

export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
