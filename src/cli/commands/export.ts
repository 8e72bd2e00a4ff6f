import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { gitLayout, readBundle } from '../../domain/bundle/gitLayout';
import { zipFiles } from '../../domain/bundle/zipBundle';
import { lastOption, parseArgs } from '../args';
import { EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { readInputs } from '../readInputs';
import { formatScenarioFile, parseScenarioFile } from '../../engine/scenario/scenario';

export const EXPORT_USAGE = 'eventflow export FILE|DIR... (--out DIR | --zip FILE)';

/**
 * Lays a design out for Git (eventbus/, event-sources/, sensors/, kustomization.yaml, scenarios.yaml)
 * into a directory or a zip. Same input, same bytes: resource files keep their documents' text.
 */
export async function exportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, { out: { takesValue: true }, zip: { takesValue: true } });
  if (!parsed.ok) return usage(io, parsed.error);
  const out = lastOption(parsed.args, 'out');
  const zip = lastOption(parsed.args, 'zip');
  if (!out === !zip) return usage(io, 'give exactly one of --out DIR or --zip FILE');
  if (parsed.args.positionals.length === 0) return usage(io, 'give at least one FILE or DIR');
  const inputs = readInputs(parsed.args.positionals, io.cwd);
  if (inputs.problems.length) {
    for (const p of inputs.problems) io.err(`${p.path}:1:1 error ${p.code} ${p.message}\n`);
    return EXIT_USAGE;
  }
  const bundle = readBundle(inputs.files);
  for (const p of bundle.problems) io.err(`warning ${p}\n`);
  const layout = gitLayout(bundle.files, gitScenarios(bundle.scenarios[0]));
  const abs = (p: string) => (isAbsolute(p) ? p : join(io.cwd, p));
  if (zip) {
    writeFileSync(abs(zip), zipFiles(layout));
    io.out(`${zip}: ${layout.length} files\n`);
  } else {
    for (const f of layout) {
      const target = join(abs(out!), f.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, f.text);
      io.out(`${join(out!, f.path)}\n`);
    }
  }
  return EXIT_OK;
}

function usage(io: CliIo, error: string): number {
  io.err(`eventflow export: ${error}\nusage: ${EXPORT_USAGE}\n`);
  return EXIT_USAGE;
}

/** In the Git layout the scenarios file runs against the manifests beside it, so it lists none. */
export function gitScenarios(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const parsed = parseScenarioFile(text);
  return parsed.ok ? formatScenarioFile({ design: [], scenarios: parsed.file.scenarios }) : text;
}
