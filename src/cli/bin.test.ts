import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../test/exampleFiles';

const BIN = join(import.meta.dirname, '../../bin/eventflow.js');

describe('bin/eventflow.js', () => {
  it('in a checkout, runs the TypeScript sources from a plain node process and forwards the exit code', () => {
    const ok = spawnSync(
      process.execPath,
      [BIN, 'roundtrip', join(EXAMPLES_DIR, 'sensors/log.yaml')],
      { encoding: 'utf8', timeout: 60000 },
    );
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('1 passed, 0 failed');
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [BIN, 'validate'], {
      encoding: 'utf8',
      timeout: 60000,
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('usage: eventflow validate');
  });
});
