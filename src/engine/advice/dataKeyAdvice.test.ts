import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../domain/design/design';
import { dataKeyAdvice } from './dataKeyAdvice';

const SEED = readFileSync(
  join(import.meta.dirname, '../../examples/seed-build-pipeline.yaml'),
  'utf8',
);
const advise = (text: string) => dataKeyAdvice(parseDesign([{ path: 'd.yaml', text }]));

describe('dataKeyAdvice', () => {
  it('is quiet when the dataKey is in the sample event', () => {
    expect(advise(SEED)).toEqual([]);
  });

  it('flags a dataKey the event does not have, suggests the closest path and a log trigger, and offers the fix', () => {
    const [d, ...rest] = advise(SEED.replace('dataKey: body.project', 'dataKey: project'));
    expect(rest).toEqual([]);
    expect(d!.code).toBe('sensor.parameter.datakey-not-in-sample');
    expect(d!.severity).toBe('warning');
    expect(d!.message).toMatch(/did you mean|log trigger/);
    expect(d!.message).toContain('log trigger');
    expect(d!.range?.line).toBeGreaterThan(50);
  });

  it('leaves paths it cannot judge alone: queries, and fields inside a free-form webhook body', () => {
    expect(advise(SEED.replace('dataKey: body.project', 'dataKey: body.items.#'))).toEqual([]);
    expect(advise(SEED.replace('dataKey: body.project', 'dataKey: body.version'))).toEqual([]);
  });

  it('checks whole paths for sources with a fixed payload, such as GitHub', () => {
    const gh = readFileSync(
      join(import.meta.dirname, '../../examples/github-push-build.yaml'),
      'utf8',
    );
    expect(advise(gh)).toEqual([]);
    const [d] = advise(gh.replace('dataKey: body.after', 'dataKey: body.aftr'));
    expect(d).toMatchObject({ fix: { title: 'Use body.after', value: 'body.after' } });
    expect(d!.message).toContain('is not in a github event');
  });
});
