import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/design';
import { manifestsToGraph } from './manifestsToGraph';
import { nodeAtOffset, nodeRanges } from './nodeRanges';

const SEED = readFileSync(
  join(import.meta.dirname, '../../examples/seed-build-pipeline.yaml'),
  'utf8',
);

describe('node ranges', () => {
  const files = parseDesign([{ path: 'seed.yaml', text: SEED }]);
  const ranges = nodeRanges(files, manifestsToGraph(files));

  it('locates resources and their parts', () => {
    expect(ranges.get('event:/webhook#webhook%2Fbuild')?.range.line).toBe(20);
    expect(ranges.get('sensor:/build-sensor')?.range.line).toBe(24);
  });

  it('maps a cursor position to the most specific node', () => {
    expect(nodeAtOffset(ranges, 'seed.yaml', SEED.indexOf('dataKey: body.project'))).toBe(
      'trigger:/build-sensor#trigger-workflow',
    );
    expect(nodeAtOffset(ranges, 'seed.yaml', SEED.indexOf('eventSourceName: webhook'))).toBe(
      'dependency:/build-sensor#webhook-build',
    );
    expect(nodeAtOffset(ranges, 'seed.yaml', SEED.indexOf('replicas: 3'))).toBe(
      'eventBus:/default',
    );
  });
});
