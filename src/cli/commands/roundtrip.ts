import { roundtripFiles } from '../../domain/design/roundtrip';
import { parseManifests } from '../../domain/yaml/parseManifests';
import { parseArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { readInputs } from '../readInputs';

export const ROUNDTRIP_USAGE = 'eventflow roundtrip FILE|DIR...';

/**
 * For each file: import into the model, build the manifests back, write them out and compare bytes.
 * One line per file, then `N passed, M failed`; exit 1 if any failed. A file that cannot be read or
 * parsed fails with its location.
 */
export function roundtripCommand(argv: readonly string[], io: CliIo): number {
  const parsed = parseArgs(argv, {});
  if (!parsed.ok) return usage(io, parsed.error);
  if (parsed.args.positionals.length === 0) return usage(io, 'give at least one FILE or DIR');
  const inputs = readInputs(parsed.args.positionals, io.cwd);
  let passed = 0;
  let failed = 0;
  for (const p of inputs.problems) {
    io.out(`FAIL ${p.path}:1:1 ${p.code} ${p.message}\n`);
    failed++;
  }
  for (const file of inputs.files) {
    const problem = firstYamlProblem(file.text);
    if (problem) {
      io.out(
        `FAIL ${file.path}:${problem.line}:${problem.col} ${problem.code} ${problem.message}\n`,
      );
      failed++;
      continue;
    }
    const [result] = roundtripFiles([file]);
    if (result?.ok) {
      io.out(`PASS ${file.path}\n`);
      passed++;
    } else {
      const at = result?.firstDifference;
      io.out(
        `FAIL ${file.path}:${at?.line ?? 1}:${at?.col ?? 1} roundtrip.changed output differs from the input here\n`,
      );
      failed++;
    }
  }
  io.out(`${passed} passed, ${failed} failed\n`);
  return failed > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function firstYamlProblem(text: string) {
  const parsed = parseManifests(text);
  return parsed.problems[0] ?? parsed.documents.flatMap((d) => d.problems)[0] ?? null;
}

function usage(io: CliIo, error: string): number {
  io.err(`eventflow roundtrip: ${error}\nusage: ${ROUNDTRIP_USAGE}\n`);
  return EXIT_USAGE;
}
