import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Root of the Argo Events example corpus shipped with the repo (Apache-2.0, see its README). */
export const EXAMPLES_DIR = join(import.meta.dirname, '../../third_party/argo-events/examples');

export interface ExampleFile {
  path: string;
  text: string;
}

/** Every example YAML file (`.yaml` and `.yml`), with paths relative to the examples folder. */
export function loadExampleFiles(root = EXAMPLES_DIR): ExampleFile[] {
  const out: ExampleFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(name))
        out.push({ path: relative(root, p), text: readFileSync(p, 'utf8') });
    }
  };
  walk(root);
  return out;
}

/** A small deterministic PRNG (mulberry32) so randomized tests replay identically. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
