import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asRecord } from '../lib/jsonValue';

/**
 * The folder of the installed package (or the checkout): data files the CLI ships, such as the
 * public semantics vectors, are found from here, never from the current directory.
 */
export function packageRoot(from: string = import.meta.url): string | null {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if (asRecord(JSON.parse(readFileSync(pkg, 'utf8')))?.name === 'eventflow-studio')
          return dir;
      } catch {
        // not ours: keep looking
      }
    }
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}
