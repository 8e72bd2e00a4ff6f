import type { ReadResult } from './input/readBounded';
import type { EngineFactory } from './engine/engine';

/** What a command may do to the outside world; tests pass their own to capture output. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  /** Reads standard input up to `limit` bytes; absent when there is none (tests, a worker). */
  stdin?: (limit: number) => Promise<ReadResult>;
  /** Colours in text output: the entry point decides (a terminal, and no NO_COLOR). */
  color?: boolean;
  /**
   * Runs the simulation engine. The entry point passes one that runs it in a worker thread under
   * a watchdog; without one, it runs in this thread (unit tests).
   */
  engine?: EngineFactory;
  /** Ends a command that runs until stopped (`tap`): Ctrl-C or SIGTERM in the binary, the test's own. */
  stop?: AbortSignal;
  /** Asks a yes/no question on the terminal (`publish`); absent without one, so nothing is assumed. */
  confirm?: (question: string) => Promise<boolean>;
}

/** Exit codes, the same for every command: 0 clean, 1 findings, 2 usage or unreadable input. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
