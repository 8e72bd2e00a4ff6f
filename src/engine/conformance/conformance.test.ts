import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVector } from './runVector';
import type { VectorFile } from './vectorTypes';

const file = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../fixtures/vectors/public.json'), 'utf8'),
) as VectorFile;

describe('public semantics vectors', () => {
  it('has all 120', () => {
    expect(file.vectors).toHaveLength(120);
  });
  it.each(file.vectors.map((v) => [v.name, v] as const))('%s', (_, v) => {
    const r = runVector(v);
    expect(r.actual).toEqual(r.expected);
  });
});
