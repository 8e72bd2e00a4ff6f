import { describe, expect, it } from 'vitest';
import { gjsonGet } from './gjson';
const getRaw = (json: string, path: string) => gjsonGet(json, path).raw;
import { closestPath, listPayloadPaths } from './payloadPaths';

describe('listPayloadPaths', () => {
  const data = {
    body: { project: 'kubedojo', 'a.b': 1, items: [{ id: 7 }] },
    header: { 'X-Hub*': ['x'] },
  };

  it('lists every field as a path gjson reads back to the same value', () => {
    const paths = listPayloadPaths(data);
    expect(paths).toContain('body.project');
    expect(paths).toContain('body.items.0.id');
    expect(paths).toContain('body.a\\.b');
    const json = JSON.stringify(data);
    expect(getRaw(json, 'body.a\\.b')).toBe('1');
    expect(getRaw(json, 'header.X-Hub\\*.0')).toBe('"x"');
    expect(getRaw(json, 'body.items.0.id')).toBe('7');
  });

  it('stops at the limit', () => {
    expect(listPayloadPaths({ a: Array.from({ length: 100 }, (_, i) => i) }, 10)).toHaveLength(10);
  });
});

describe('closestPath', () => {
  it('suggests the likely intended path and nothing for unrelated text', () => {
    const paths = ['body', 'body.project', 'body.branch', 'header'];
    expect(closestPath('body.projct', paths)).toBe('body.project');
    expect(closestPath('data.project', paths)).toBe('body.project');
    expect(closestPath('status.code', paths)).toBeUndefined();
  });
});

// gjson.go Get: a path starting with `[`/`{` is a multipath, `!x` a literal, `@x` a modifier.
describe('escapeGjsonKey', () => {
  it.each(['[a]', '{a}', '!true', '@this', '..x', 'a(b)', 'a|b', ''])('%j reads back', (k) => {
    const json = JSON.stringify({ [k]: 'v', a: 1 });
    expect(gjsonGet(json, listPayloadPaths({ [k]: 'v' })[0] ?? '').str).toBe('v');
  });
});
