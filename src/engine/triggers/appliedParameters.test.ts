import { describe, expect, it } from 'vitest';
import { testFiring } from '../../test/simulation';
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
    const firing = testFiring({
      sensor: 's',
      trigger: 't',
      triggerType: 'argoWorkflow',
      resource: { spec: { arguments: { parameters: [{ name: 'message', value: 'kubedojo' }] } } },
    });
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

// pkg/sensors/triggers/params.go ResolveParamValue: Go would finish the template, so the simulator
// reports its stop on the parameter instead of falling back to `value`.
describe('a parameter whose template the simulator stops', () => {
  it('fails with a located message instead of using value', async () => {
    const { applyParameters } = await import('../params/parameters');
    const events = {
      d: {
        context: {
          id: '1',
          source: 's',
          specversion: '1.0',
          type: 'webhook',
          subject: 'e',
          time: '2024-07-15T10:00:00Z',
          datacontenttype: 'application/json',
        },
        data: '{"a":1}',
      },
    };
    const params = [
      {
        src: {
          dependencyName: 'd',
          dataTemplate: '{{ range until 90000 }}x{{ end }}',
          value: 'v',
        },
        dest: 'spec.x',
      },
    ];
    const r = applyParameters({ spec: {} }, params, events, 0);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatch(/^parameters\[0\] \(dest spec\.x\): dataTemplate .*step budget/);
  });
});
