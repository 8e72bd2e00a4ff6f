import { parseDuration } from '../domain/cron/goDuration';
import { lastOption, UsageError, type OptionSpec, type ParsedArgs } from './args';
import { DEFAULT_BUDGET, type Engine } from './engine/engine';
import { inProcessEngine } from './engine/inProcess';
import { readInputs, type InputContext, type Inputs } from './input/inputs';
import type { CliIo } from './io';
import type { Report } from './report/report';

/** What a command gets to work with. */
export interface CommandContext {
  args: ParsedArgs;
  io: CliIo;
  report: Report;
  /** The engine (started on first use, closed by main). */
  engine: () => Engine;
}

/** One `eventflow` command: its help, its options (beyond the common ones) and how it runs. */
export interface Command {
  name: string;
  summary: string;
  /** Synopsis after `eventflow `, e.g. `validate FILE|DIR|-...`. */
  usage: string;
  /** Paragraphs shown by `eventflow help CMD`. */
  details: string;
  options: OptionSpec[];
  /** Problems are reported on `context.report`; throwing UsageError exits 2 with the usage. */
  run: (context: CommandContext) => Promise<void> | void;
}

/** Options every command has: output format, quiet, warning limit, help. */
export const COMMON_OPTIONS: OptionSpec[] = [
  {
    name: 'output',
    short: 'o',
    value: 'FORMAT',
    help: 'text (default), json (see README "JSON output") or github (workflow annotations)',
  },
  { name: 'format', value: 'FORMAT', help: 'same as --output', hidden: true },
  { name: 'quiet', short: 'q', help: 'print errors and results only (no warnings, infos, passes)' },
  { name: 'max-warnings', value: 'N', help: 'exit 1 when there are more than N warnings' },
  { name: 'help', short: 'h', help: 'show this help' },
];

export const EXCLUDE_OPTION: OptionSpec = {
  name: 'exclude',
  value: 'GLOB',
  help: 'skip matching files in folders (gitignore syntax, relative to the folder; repeatable)',
};

export const TIMEOUT_OPTION: OptionSpec = {
  name: 'timeout',
  value: 'DURATION',
  help: `time budget of one simulation step before it is stopped (default ${DEFAULT_BUDGET.stepTimeoutMs / 1000}s)`,
};

/** Reads the inputs with the command's `--exclude` patterns and the CLI's standard input. */
export function readCommandInputs(
  context: CommandContext,
  paths: readonly string[],
  extra: Partial<InputContext> = {},
): Promise<Inputs> {
  if (paths.filter((p) => p === '-').length > 1)
    throw new UsageError('standard input (-) can be read only once');
  return readInputs(paths, {
    cwd: context.io.cwd,
    ...(context.io.stdin ? { stdin: context.io.stdin } : {}),
    exclude: context.args.options.get('exclude') ?? [],
    ...extra,
  });
}

/**
 * Reports what reading found: unreadable paths (exit 2) and the walk's notes. Returns false when
 * anything could not be read, so the command stops before working on half a design.
 */
export function reportInputs(report: Report, inputs: Inputs): boolean {
  for (const p of inputs.problems) report.addUnreadable(p);
  for (const n of inputs.notes) report.add(n);
  return inputs.problems.length === 0;
}

export function requirePaths(args: ParsedArgs, what = 'FILE, DIR or -'): string[] {
  if (args.positionals.length === 0) throw new UsageError(`give at least one ${what}`);
  return args.positionals;
}

/** `--timeout` as milliseconds. */
export function stepTimeout(args: ParsedArgs): number {
  const text = lastOption(args, 'timeout');
  if (text === undefined) return DEFAULT_BUDGET.stepTimeoutMs;
  const ms = parseDuration(text);
  if (ms === null || ms <= 0)
    throw new UsageError(
      `--timeout ${JSON.stringify(text)} is not a duration such as 500ms, 10s or 1m`,
    );
  return ms;
}

export function defaultEngine(context: Pick<CommandContext, 'io' | 'args'>): Engine {
  const budget = { ...DEFAULT_BUDGET, stepTimeoutMs: stepTimeout(context.args) };
  return context.io.engine ? context.io.engine(budget) : inProcessEngine();
}
