import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { runVector } from '../../engine/conformance/runVector';
import type { Vector, VectorFile } from '../../engine/conformance/vectorTypes';
import { parseArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from '../io';

export const CONFORMANCE_USAGE = 'eventflow conformance [VECTORS.json...]';
const DEFAULT_FILE = 'fixtures/vectors/public.json';

/**
 * Runs semantics vectors (format argo-events-semantics-vectors/1) through the engine: one line per
 * vector, `PASS name` or `FAIL name` with expected and actual, then `N passed, M failed`.
 */
export function conformanceCommand(argv: readonly string[], io: CliIo): number {
  const parsed = parseArgs(argv, {});
  if (!parsed.ok) return usage(io, parsed.error);
  const files = parsed.args.positionals.length ? parsed.args.positionals : [DEFAULT_FILE];
  let passed = 0;
  let failed = 0;
  for (const path of files) {
    const vectors = load(path, io);
    if (!vectors) return EXIT_USAGE;
    for (const v of vectors) {
      let line: string;
      try {
        const r = runVector(v);
        line = r.pass
          ? `PASS ${r.name}`
          : `FAIL ${r.name}\n  expected: ${JSON.stringify(r.expected)}\n  actual:   ${JSON.stringify(r.actual)}`;
        if (r.pass) passed++;
        else failed++;
      } catch (e) {
        failed++;
        line = `FAIL ${v.name}\n  engine error: ${e instanceof Error ? e.message : String(e)}`;
      }
      io.out(`${line}\n`);
    }
  }
  io.out(`${passed} passed, ${failed} failed\n`);
  return failed > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function load(path: string, io: CliIo): Vector[] | null {
  let file: VectorFile;
  try {
    file = JSON.parse(
      readFileSync(isAbsolute(path) ? path : join(io.cwd, path), 'utf8'),
    ) as VectorFile;
  } catch (e) {
    io.err(
      `eventflow conformance: ${path}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`,
    );
    return null;
  }
  if (
    !file ||
    !Array.isArray(file.vectors) ||
    !String(file.format ?? '').startsWith('argo-events-semantics-vectors/')
  ) {
    io.err(
      `eventflow conformance: ${path}: not a vectors file (expected "format": "argo-events-semantics-vectors/1" and a "vectors" list)\n`,
    );
    return null;
  }
  return file.vectors;
}

function usage(io: CliIo, error: string): number {
  io.err(`eventflow conformance: ${error}\nusage: ${CONFORMANCE_USAGE}\n`);
  return EXIT_USAGE;
}
