import { conformanceCommand, CONFORMANCE_USAGE } from './commands/conformance';
import { roundtripCommand, ROUNDTRIP_USAGE } from './commands/roundtrip';
import { simulateCommand, SIMULATE_USAGE } from './commands/simulate';
import { testCommand, TEST_USAGE } from './commands/test';
import { exportCommand, EXPORT_USAGE } from './commands/export';
import { shareCommand, SHARE_USAGE } from './commands/share';
import { lessonCommand, LESSON_USAGE } from './commands/lesson';
import { validateCommand, VALIDATE_USAGE } from './commands/validate';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './io';

type Command = (argv: readonly string[], io: CliIo) => number | Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string; summary: string }> = {
  validate: {
    run: validateCommand,
    usage: VALIDATE_USAGE,
    summary: 'check manifests against the schema and the controller rules',
  },
  roundtrip: {
    run: roundtripCommand,
    usage: ROUNDTRIP_USAGE,
    summary: 'import and re-export files, compare bytes',
  },
  simulate: {
    run: simulateCommand,
    usage: SIMULATE_USAGE,
    summary: 'send events through the sensors and explain what fires',
  },
  test: {
    run: testCommand,
    usage: TEST_USAGE,
    summary: 'run test scenarios (events, clock moves, expected firings) and report pass/fail',
  },
  export: {
    run: exportCommand,
    usage: EXPORT_USAGE,
    summary: 'lay a design out for Git: eventbus/, event-sources/, sensors/, kustomization.yaml',
  },
  share: {
    run: shareCommand,
    usage: SHARE_USAGE,
    summary: 'print a share link that opens the design in the app',
  },
  lesson: {
    run: lessonCommand,
    usage: LESSON_USAGE,
    summary: 'check workshop lesson files, grade a design against a lesson, or print a lesson link',
  },
  conformance: {
    run: conformanceCommand,
    usage: CONFORMANCE_USAGE,
    summary: 'run Argo Events semantics vectors through the simulator',
  },
};

function help(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage}\n      ${c.summary}`);
  return `eventflow: design, check and simulate Argo Events pipelines\n\nusage:\n${lines.join('\n')}\n`;
}

/**
 * Entry point shared by `bin/eventflow.js` and the tests. Never throws: an unexpected failure is
 * reported in one line (no stack trace) with exit code 2.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`eventflow: unknown command '${name}'\n\n${help()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    io.err(`eventflow ${name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_USAGE;
  }
}
