import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  conditionCompletions,
  conditionsProblem,
  readParameters,
  setConditions,
  setParameters,
} from './triggerEdits';
import { listManifests, parseDesign } from '../design/design';

const SEED = readFileSync(
  join(import.meta.dirname, '../../examples/seed-build-pipeline.yaml'),
  'utf8',
);
const files = [{ path: 'd.yaml', text: SEED }];
const T = 'trigger:/build-sensor#trigger-workflow';

describe('trigger edits', () => {
  it('reads and writes parameter rows, changing only those lines', () => {
    const sensor = listManifests(parseDesign(files)).find((m) => m.kind === 'Sensor');
    const trigger =
      (sensor?.value.spec as { triggers: Record<string, unknown>[] }).triggers[0] ?? {};
    const rows = readParameters(trigger);
    expect(rows).toEqual([
      {
        dependencyName: 'webhook-build',
        from: 'dataKey',
        expression: 'body.project',
        dest: 'spec.arguments.parameters.0.value',
      },
    ]);
    const r = setParameters(files, T, [{ ...rows[0]!, expression: 'body.branch' }]);
    expect(r.ok && r.files[0]?.text).toBe(
      SEED.replace('dataKey: body.project', 'dataKey: body.branch'),
    );
  });

  it('refuses parameters from unknown dependencies', () => {
    expect(
      setParameters(files, T, [
        { dependencyName: 'nope', from: 'dataKey', expression: 'a', dest: 'b' },
      ]).ok,
    ).toBe(false);
  });

  it('sets, validates and clears conditions', () => {
    const r = setConditions(files, T, 'webhook_build');
    expect(r.ok && r.files[0]?.text).toContain('conditions: webhook_build');
    expect(setConditions(files, T, 'webhook-build && other')).toEqual({
      ok: false,
      reason: 'conditions: other is not a dependency of this sensor',
    });
    expect(setConditions(files, T, 'a and')).toMatchObject({ ok: false });
    const cleared = r.ok ? setConditions(r.files, T, '') : r;
    expect(cleared.ok && cleared.files[0]?.text).toBe(SEED);
  });
});

describe('dependency filter edits', () => {
  it('writes, reads back and removes data filters', async () => {
    const { setDataFilters, readDataFilters } = await import('./dependencyEdits');
    const D = 'dependency:/build-sensor#webhook-build';
    const r = setDataFilters(
      files,
      D,
      [{ path: 'body.branch', type: 'string', comparator: '=', values: ['^main$'] }],
      '',
    );
    expect(r.ok && r.files[0]?.text).toContain('filters:');
    const sensor = r.ok
      ? listManifests(parseDesign(r.files)).find((m) => m.kind === 'Sensor')
      : undefined;
    const dep =
      (sensor?.value.spec as { dependencies: Record<string, unknown>[] }).dependencies[0] ?? {};
    expect(readDataFilters(dep)).toEqual({
      rows: [{ path: 'body.branch', type: 'string', comparator: '=', values: ['^main$'] }],
      operator: '',
    });
    const cleared = r.ok ? setDataFilters(r.files, D, [], '') : r;
    expect(cleared.ok && cleared.files[0]?.text).toBe(SEED);
    expect(
      setDataFilters(files, D, [{ path: '', type: 'string', comparator: '=', values: ['x'] }], '')
        .ok,
    ).toBe(false);
  });
});

describe('conditions helpers', () => {
  it('reports syntax errors and unknown dependencies', () => {
    expect(conditionsProblem('a && b', ['a', 'b'])).toBeNull();
    expect(conditionsProblem('a && c', ['a', 'b'])).toBe('c is not a dependency of this sensor');
    expect(conditionsProblem('a &&', ['a'])).toMatch(/./);
  });

  it('completes the dependency name being typed at the caret', () => {
    expect(conditionCompletions('dep-a && de', 11, ['dep-a', 'dep-b', 'other'])).toEqual({
      from: 9,
      names: ['dep-a', 'dep-b'],
    });
    expect(conditionCompletions('', 0, ['x', 'y'])).toEqual({ from: 0, names: ['x', 'y'] });
    expect(conditionCompletions('x', 1, ['x', 'y'])).toEqual({ from: 0, names: [] });
  });
});
