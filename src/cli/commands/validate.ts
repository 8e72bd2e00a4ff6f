import { dataKeyAdvice } from '../../engine/advice/dataKeyAdvice';
import { parseDesign } from '../../domain/design/design';
import type { Diagnostic } from '../../domain/validation/diagnostic';
import { validateDesign } from '../../domain/validation/validate';
import { lastOption, parseArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { readInputs } from '../readInputs';

export const VALIDATE_USAGE = 'eventflow validate FILE|DIR... [--format text|json]';

/**
 * Validates all given files as one design (cross-resource checks see every file). Prints
 * `path:line:col severity code message` per diagnostic, or a JSON report; exit 1 on any error.
 */
export function validateCommand(argv: readonly string[], io: CliIo): number {
  const parsed = parseArgs(argv, { format: { takesValue: true } });
  if (!parsed.ok) return usage(io, parsed.error);
  const format = lastOption(parsed.args, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json')
    return usage(io, `--format must be text or json, not ${format}`);
  if (parsed.args.positionals.length === 0) return usage(io, 'give at least one FILE or DIR');

  const inputs = readInputs(parsed.args.positionals, io.cwd);
  const diagnostics: Diagnostic[] = inputs.problems.map((p) => ({
    code: p.code,
    severity: 'error',
    message: p.message,
    file: p.path,
    documentIndex: null,
    resource: null,
    path: [],
    range: { start: 0, end: 0, line: 1, col: 1, endLine: 1, endCol: 1 },
  }));
  const design = parseDesign(inputs.files);
  diagnostics.push(...validateDesign(design), ...dataKeyAdvice(design));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (format === 'json') {
    io.out(
      `${JSON.stringify({ files: inputs.files.length, errors, warnings, diagnostics }, null, 2)}\n`,
    );
  } else {
    for (const d of diagnostics) {
      io.out(
        `${d.file}:${d.range?.line ?? 1}:${d.range?.col ?? 1} ${d.severity} ${d.code} ${oneLine(d.message)}\n`,
      );
    }
    io.out(`${inputs.files.length} file(s) checked: ${errors} error(s), ${warnings} warning(s)\n`);
  }
  return errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}

function usage(io: CliIo, error: string): number {
  io.err(`eventflow validate: ${error}\nusage: ${VALIDATE_USAGE}\n`);
  return EXIT_USAGE;
}
