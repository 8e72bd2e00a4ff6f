import { describe, expect, it } from 'vitest';
import { appliedParameters, changedValues } from './appliedParameters';

describe('appliedParameters', () => {
  it('reads each mapping back from the rendered resource and flags what is not there', () => {
    const spec = {
      parameters: [
        {
          src: { dependencyName: 'hook', dataKey: 'body.project' },
          dest: 'spec.arguments.parameters.0.value',
        },
        { src: { dependencyName: 'hook', value: 'x' }, dest: 'spec.nothing' },
      ],
    };
    const firing = {
      sensor: 's',
      trigger: 't',
      triggerType: 'argoWorkflow',
      events: {},
      notExecuted: false,
      notes: [],
      resource: { spec: { arguments: { parameters: [{ name: 'message', value: 'kubedojo' }] } } },
    };
    expect(appliedParameters(spec, firing)).toEqual([
      {
        dest: 'spec.arguments.parameters.0.value',
        source: 'hook · dataKey body.project',
        value: 'kubedojo',
      },
      { dest: 'spec.nothing', source: 'hook · value x', value: null },
    ]);
  });
});

describe('changedValues', () => {
  it('lists the leaves the parameters changed', () => {
    expect(
      changedValues({ a: { b: [1, { c: 'x' }] }, d: 1 }, { a: { b: [1, { c: 'y' }] }, d: 1, e: 2 }),
    ).toEqual([
      { path: 'a.b.1.c', before: 'x', after: 'y' },
      { path: 'e', before: undefined, after: 2 },
    ]);
  });
});
