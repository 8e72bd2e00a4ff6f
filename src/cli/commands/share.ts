import { basename } from 'node:path';
import { readBundle } from '../../domain/bundle/gitLayout';
import { encodeShareFragment } from '../../domain/share/shareLink';
import { lastOption, parseArgs } from '../args';
import { EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { readInputs } from '../readInputs';

export const SHARE_USAGE = 'eventflow share FILE|DIR... [--name NAME] [--base URL]';
const DEFAULT_BASE = 'http://127.0.0.1:4173/';

/** Prints the share link the app's "Copy share link" would make for these files (and their scenarios). */
export async function shareCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, { name: { takesValue: true }, base: { takesValue: true } });
  if (!parsed.ok) return usage(io, parsed.error);
  if (parsed.args.positionals.length === 0) return usage(io, 'give at least one FILE or DIR');
  const inputs = readInputs(parsed.args.positionals, io.cwd);
  if (inputs.problems.length) {
    for (const p of inputs.problems) io.err(`${p.path}:1:1 error ${p.code} ${p.message}\n`);
    return EXIT_USAGE;
  }
  const bundle = readBundle(inputs.files);
  const name =
    lastOption(parsed.args, 'name') ??
    basename(parsed.args.positionals[0]!).replace(/\.(ya?ml|json)$/i, '');
  const enc = encodeShareFragment({
    name,
    files: bundle.files.map((f) => ({ path: basename(f.path), text: f.text })),
    ...(bundle.scenarios[0] ? { scenarios: bundle.scenarios[0] } : {}),
  });
  if (!enc.ok) {
    io.err(`eventflow share: ${enc.message}\n`);
    return EXIT_USAGE;
  }
  io.out(`${lastOption(parsed.args, 'base') ?? DEFAULT_BASE}#${enc.fragment}\n`);
  return EXIT_OK;
}

function usage(io: CliIo, error: string): number {
  io.err(`eventflow share: ${error}\nusage: ${SHARE_USAGE}\n`);
  return EXIT_USAGE;
}
