import { dirname, join } from 'node:path';
import { listManifests, parseDesign } from '../../domain/design/design';
import { checkScenario } from '../../engine/scenario/checkScenario';
import { parseScenarioFile } from '../../engine/scenario/scenario';
import { compileSimDesign } from '../../engine/simulate/simDesign';
import { parseArgs } from '../args';
import { EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { readInputs } from '../readInputs';

export const TEST_USAGE = 'eventflow test FILE|DIR...';
const EXIT_FAILED = 1;

const isScenarioText = (text: string) => /^kind:\s*Scenarios\s*$/m.test(text);

/**
 * Runs scenario files (`kind: Scenarios`) against their manifests: those the file lists under
 * `design`, else every other YAML file in its directory and below. One line per scenario, then
 * `N passed, M failed`; exit 1 when any failed, 2 on bad input.
 */
export async function testCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, {});
  if (!parsed.ok) return usage(io, parsed.error);
  if (parsed.args.positionals.length === 0)
    return usage(io, 'give at least one scenarios FILE or a DIR holding some');
  const inputs = readInputs(parsed.args.positionals, io.cwd);
  if (inputs.problems.length) {
    for (const p of inputs.problems) io.err(`${p.path}:1:1 error ${p.code} ${p.message}\n`);
    return EXIT_USAGE;
  }
  const scenarioFiles = inputs.files.filter((f) => isScenarioText(f.text));
  if (scenarioFiles.length === 0)
    return usage(io, 'no scenarios file (kind: Scenarios) among the inputs');
  let passed = 0;
  let failed = 0;
  for (const sf of scenarioFiles) {
    const read = parseScenarioFile(sf.text);
    if (!read.ok) {
      for (const p of read.problems)
        io.err(`${sf.path}:${p.line}:${p.col} error scenario.invalid ${p.message}\n`);
      return EXIT_USAGE;
    }
    const dir = dirname(sf.path);
    const manifestInputs = read.file.design.length
      ? readInputs(
          read.file.design.map((d) => join(dir, d)),
          io.cwd,
        )
      : readInputs([dir], io.cwd);
    if (manifestInputs.problems.length) {
      for (const p of manifestInputs.problems)
        io.err(`${p.path}:1:1 error ${p.code} ${p.message}\n`);
      return EXIT_USAGE;
    }
    const manifests = parseDesign(
      manifestInputs.files.filter(
        (f) => !isScenarioText(f.text) && !/(^|\/)kustomization\.ya?ml$/.test(f.path),
      ),
    );
    const broken = manifests.flatMap((f) =>
      [...f.parsed.problems, ...f.parsed.documents.flatMap((d) => d.problems)].map(
        (p) => `${f.path}:${p.line}:${p.col} error ${p.code} ${p.message}`,
      ),
    );
    if (broken.length) {
      io.err(`${broken.join('\n')}\n`);
      return EXIT_USAGE;
    }
    const design = compileSimDesign(
      listManifests(manifests).map((m) => ({ kind: m.kind, value: m.value })),
    );
    io.out(`${sf.path}\n`);
    for (const scenario of read.file.scenarios) {
      const check = await checkScenario(design, scenario);
      if (check.pass) passed++;
      else failed++;
      io.out(`  ${check.pass ? '✓' : '✗'} ${scenario.name}\n`);
      for (const f of check.failures) io.out(`      ${f}\n`);
    }
  }
  io.out(`${passed} passed, ${failed} failed\n`);
  return failed ? EXIT_FAILED : EXIT_OK;
}

function usage(io: CliIo, error: string): number {
  io.err(`eventflow test: ${error}\nusage: ${TEST_USAGE}\n`);
  return EXIT_USAGE;
}
