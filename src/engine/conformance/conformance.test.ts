import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVector } from './runVector';
import type { VectorFile } from './vectorTypes';

const load = (name: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../fixtures/vectors', name), 'utf8'),
  ) as VectorFile;
const file = load('public.json');
// Our own vectors, each derived from the upstream code (pkg/sensors/**, govaluate, expr, gopher-lua).
const edge = load('edge.json');

describe('public semantics vectors', () => {
  it('has all 120', () => {
    expect(file.vectors).toHaveLength(120);
  });
  it.each(file.vectors.map((v) => [v.name, v] as const))('%s', (_, v) => {
    const r = runVector(v);
    expect(r.actual).toEqual(r.expected);
  });
});

describe('edge semantics vectors (fixtures/vectors/edge.json)', () => {
  it('has as many vectors as it says', () => {
    expect(edge.vectors).toHaveLength(edge.count ?? -1);
  });
  it.each(edge.vectors.map((v) => [v.name, v] as const))('%s', (_, v) => {
    const r = runVector(v);
    expect(r.actual).toEqual(r.expected);
  });
});
