import { formatOptions, lastOption, parseArgs, UsageError, wantsHelp } from './args';
import { COMMON_OPTIONS, defaultEngine, stepTimeout, type Command } from './command';
import { conformanceCommand } from './commands/conformance';
import { exportCommand } from './commands/export';
import { lessonCommand } from './commands/lesson';
import { roundtripCommand } from './commands/roundtrip';
import { shareCommand } from './commands/share';
import { simulateCommand } from './commands/simulate';
import { publishCommand } from './commands/publish';
import { tapCommand } from './commands/tap';
import { testCommand } from './commands/test';
import { validateCommand } from './commands/validate';
import type { Engine } from './engine/engine';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io';
import { escapeControl } from './report/escape';
import { isOutputFormat, Report } from './report/report';
import { VERSION } from './version';

export const COMMANDS: ReadonlyMap<string, Command> = new Map(
  [
    validateCommand,
    roundtripCommand,
    simulateCommand,
    testCommand,
    exportCommand,
    shareCommand,
    lessonCommand,
    conformanceCommand,
    tapCommand,
    publishCommand,
  ].map((c) => [c.name, c]),
);

const EXIT_CODES =
  'exit codes: 0 clean, 1 findings (errors, failures, more warnings than --max-warnings),\n' +
  '            2 usage mistake or unreadable input';

export function overview(): string {
  const width = Math.max(...[...COMMANDS.keys()].map((n) => n.length));
  const lines = [...COMMANDS.values()].map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `eventflow ${VERSION}: design, check and simulate Argo Events pipelines`,
    '',
    'usage: eventflow COMMAND [options]',
    '',
    'commands:',
    ...lines,
    '',
    "Run 'eventflow help COMMAND' (or 'eventflow COMMAND --help') for its options.",
    'Every command takes -o text|json|github, -q/--quiet and --max-warnings N.',
    EXIT_CODES,
    '',
  ].join('\n');
}

export function commandHelp(c: Command): string {
  return [
    `usage: eventflow ${c.usage}`,
    '',
    c.summary.charAt(0).toUpperCase() + c.summary.slice(1) + '.',
    '',
    c.details.trim(),
    '',
    'options:',
    formatOptions([...c.options, ...COMMON_OPTIONS]),
    '',
    EXIT_CODES,
    '',
  ].join('\n');
}

/**
 * Entry point shared by the `eventflow` binary and the tests. Never throws: an unexpected failure is
 * reported in one line (no stack trace) with exit code 2.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    io.out(`${VERSION}\n`);
    return EXIT_OK;
  }
  if (name === undefined) {
    io.err(overview());
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h') {
    io.out(overview());
    return EXIT_OK;
  }
  if (name === 'help') {
    if (rest[0] === undefined) {
      io.out(overview());
      return EXIT_OK;
    }
    const c = COMMANDS.get(rest[0]);
    if (!c) return unknownCommand(io, rest[0]);
    io.out(commandHelp(c));
    return EXIT_OK;
  }
  const command = COMMANDS.get(name);
  if (!command) return unknownCommand(io, name);
  if (wantsHelp(rest)) {
    io.out(commandHelp(command));
    return EXIT_OK;
  }
  // A holder, not a let: the engine is made inside a callback, which narrowing does not see.
  const engine: { current: Engine | null } = { current: null };
  try {
    const parsed = parseArgs(rest, [...command.options, ...COMMON_OPTIONS]);
    if (!parsed.ok) throw new UsageError(parsed.error);
    const args = parsed.args;
    const format = lastOption(args, 'output') ?? lastOption(args, 'format') ?? 'text';
    if (!isOutputFormat(format))
      throw new UsageError(`-o must be text, json or github, not ${JSON.stringify(format)}`);
    const maxText = lastOption(args, 'max-warnings');
    if (maxText !== undefined && !/^\d+$/.test(maxText))
      throw new UsageError(`--max-warnings needs a whole number, not ${JSON.stringify(maxText)}`);
    if (args.options.has('timeout')) stepTimeout(args);
    const report = new Report(io, command.name, {
      format,
      quiet: args.options.has('quiet'),
      maxWarnings: maxText === undefined ? null : Number(maxText),
      color: io.color ?? false,
    });
    await command.run({
      args,
      io,
      report,
      engine: () => (engine.current ??= defaultEngine({ io, args })),
    });
    return report.finish();
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(
        `eventflow ${command.name}: ${escapeControl(e.message)}\nusage: eventflow ${command.usage}\nRun 'eventflow help ${command.name}' for the options.\n`,
      );
      return EXIT_USAGE;
    }
    io.err(
      `eventflow ${command.name}: internal error: ${escapeControl(e instanceof Error ? e.message : String(e))}\n`,
    );
    return EXIT_USAGE;
  } finally {
    engine.current?.close();
  }
}

function unknownCommand(io: CliIo, name: string): number {
  io.err(`eventflow: unknown command '${escapeControl(name)}'\n\n${overview()}`);
  return EXIT_USAGE;
}
