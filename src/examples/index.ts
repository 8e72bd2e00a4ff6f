import seedBuildPipeline from './seed-build-pipeline.yaml?raw';
import type { DesignFile } from '../domain/design/design';

/** A shipped design: the templates gallery and the e2e seeds read this list. */
export interface Example {
  id: string;
  title: string;
  files: DesignFile[];
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'build-pipeline',
    title: 'Event-driven build pipeline',
    files: [{ path: 'build-pipeline.yaml', text: seedBuildPipeline }],
  },
];

export const SEED_EXAMPLE_ID = 'build-pipeline';

export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
