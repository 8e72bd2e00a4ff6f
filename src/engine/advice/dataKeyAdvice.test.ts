import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../domain/design/design';
import { dataKeyAdvice } from './dataKeyAdvice';

const SEED = readFileSync(join(import.meta.dirname, '../../examples/seed-build-pipeline.yaml'), 'utf8');
const advise = (text: string) => dataKeyAdvice(parseDesign([{ path: 'd.yaml', text }]));

describe('dataKeyAdvice', () => {
  it('is quiet when the dataKey is in the sample event', () => {
    expect(advise(SEED)).toEqual([]);
  });

  it('flags a dataKey the event does not have, suggests the closest path and a log trigger, and offers the fix', () => {
    const [d, ...rest] = advise(SEED.replace('dataKey: body.project', 'dataKey: body.projct'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'sensor.parameter.datakey-not-in-sample', severity: 'warning', fix: { title: 'Use body.project', value: 'body.project' } });
    expect(d!.message).toContain('did you mean "body.project"?');
    expect(d!.message).toContain('log trigger');
    expect(d!.range?.line).toBeGreaterThan(50);
  });

  it('leaves paths it cannot judge alone (queries, transforms)', () => {
    expect(advise(SEED.replace('dataKey: body.project', 'dataKey: body.items.#'))).toEqual([]);
  });
});
