import { describe, expect, it } from 'vitest';
import { parseDesign, listManifests, type DesignFile } from '../design/design';
import {
  checkClockTime,
  formatExprFields,
  parseExprFields,
  readExprFilters,
  setDependencyFilters,
} from './dependencyEdits';

const files: DesignFile[] = [
  {
    path: 's.yaml',
    text: `apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata:
  name: s
spec:
  dependencies:
    - name: d
      eventSourceName: hooks
      eventName: build
      filters:
        time:
          start: "09:00:00"
          stop: "17:00:00"
  triggers: []
`,
  },
];

const dep = (f: readonly DesignFile[]) =>
  (listManifests(parseDesign(f))[0]!.value as { spec: { dependencies: Record<string, unknown>[] } })
    .spec.dependencies[0]!;

describe('setDependencyFilters', () => {
  it('adds a family without touching the others and removes filters once empty', () => {
    const added = setDependencyFilters(files, 'dependency:/s#d', {
      exprs: [{ expr: 'a == "x"', fields: [{ name: 'a', path: 'body.a' }] }],
    });
    if (!added.ok) throw new Error(added.reason);
    expect(readExprFilters(dep(added.files))).toEqual([
      { expr: 'a == "x"', fields: [{ name: 'a', path: 'body.a' }] },
    ]);
    expect(added.files[0]!.text).toContain('start: "09:00:00"');
    const cleared = setDependencyFilters(added.files, 'dependency:/s#d', {
      exprs: undefined,
      time: undefined,
    });
    if (!cleared.ok) throw new Error(cleared.reason);
    expect(dep(cleared.files).filters).toBeUndefined();
  });
});

describe('expr fields text', () => {
  it('round-trips name=path lists and reports a missing =', () => {
    const parsed = parseExprFields('a=body.a, b = body.b');
    expect(parsed).toEqual({
      fields: [
        { name: 'a', path: 'body.a' },
        { name: 'b', path: 'body.b' },
      ],
    });
    expect(formatExprFields((parsed as { fields: { name: string; path: string }[] }).fields)).toBe(
      'a=body.a, b=body.b',
    );
    expect(parseExprFields('a')).toEqual({ error: '"a" should be name=path' });
  });

  it('checks clock times', () => {
    expect(checkClockTime('09:00:00')).toBeNull();
    expect(checkClockTime('9:00')).toMatch(/hh:mm:ss/);
  });
});
