import { describe, expect, it } from 'vitest';
import { listManifests, parseDesign } from '../design/design';
import { loadExampleFiles } from '../../test/exampleFiles';
import { schemaCheck } from './schemaCheck';

function check(text: string) {
  const files = parseDesign([{ path: 'x.yaml', text }]);
  const f = files[0];
  if (!f) throw new Error('no file');
  return listManifests(files).flatMap((m) => schemaCheck(m, f.parsed));
}

describe('schemaCheck', () => {
  it('accepts every Argo Events resource in the upstream examples with no error', () => {
    const errors: string[] = [];
    for (const file of loadExampleFiles()) {
      for (const d of check(file.text))
        if (d.severity === 'error')
          errors.push(`${file.path}:${d.range?.line}: ${d.code} ${d.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('reports a wrong type with its location and the value found', () => {
    const text =
      'apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata: {name: w}\nspec:\n  webhook:\n    build:\n      port: 12000\n      endpoint: /build\n';
    const [d] = check(text);
    expect(d).toMatchObject({
      code: 'schema.type',
      severity: 'error',
      message: 'spec.webhook.build.port must be a string (got number 12000)',
      path: ['spec', 'webhook', 'build', 'port'],
      resource: { kind: 'EventSource', name: 'w', namespace: null },
    });
    expect(d?.range).toMatchObject({ line: 7, col: 13 });
  });

  it('reports an unknown field as a warning pointing at the key', () => {
    const text =
      'apiVersion: argoproj.io/v1alpha1\nkind: Sensor\nmetadata: {name: s}\nspec:\n  dependencies:\n    - name: d\n      eventSourceName: e\n      eventName: x\n      dataKeys: oops\n';
    const [d] = check(text);
    expect(d).toMatchObject({
      code: 'schema.unknown-field',
      severity: 'warning',
      path: ['spec', 'dependencies', 0, 'dataKeys'],
    });
    expect(d?.range).toMatchObject({ line: 9, col: 7 });
  });

  it('reports a wrong constant', () => {
    const text = 'apiVersion: argoproj.io/v1beta1\nkind: Sensor\nmetadata: {name: s}\nspec: {}\n';
    expect(check(text).map((d) => d.code)).toContain('schema.const');
  });

  it('ignores fields the schema lists as required but the controller defaults', () => {
    expect(
      check(
        'apiVersion: argoproj.io/v1alpha1\nkind: EventBus\nmetadata: {name: default}\nspec: {jetstream: {}}\n',
      ),
    ).toEqual([]);
  });
});
