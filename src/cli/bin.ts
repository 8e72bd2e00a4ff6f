// The `eventflow` program: the bundle's entry (dist/cli/eventflow.mjs) and, in a checkout, what
// bin/eventflow.js runs through tsx. Started as a worker thread with the engine role, the same file
// serves the simulation engine instead, so the package stays one JavaScript file.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ENGINE_WORKER_ROLE } from './engine/messages';
import { VERSION } from './version';
import { asRecord } from '../lib/jsonValue';

const isEngineWorker = !isMainThread && asRecord(workerData)?.role === ENGINE_WORKER_ROLE;

if (isEngineWorker) {
  const { serveEngine } = await import('./engine/engineWorker');
  serveEngine(parentPort!);
} else {
  process.exitCode = await runCli(process.argv.slice(2));
}

async function runCli(argv: string[]): Promise<number> {
  // A library's process warning (the yaml package's "Keys with collection values will be
  // stringified", on Helm templates) is not for the user: every problem with the input is a
  // finding in the report. This drops Node's default printer of process warnings.
  process.removeAllListeners('warning');
  const out = closedPipeSafe(process.stdout);
  const err = closedPipeSafe(process.stderr);
  // Answered before the commands (and the engine) are loaded: start-up time is what CI pays.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    out(`${VERSION}\n`);
    return 0;
  }
  const [{ main }, { workerEngine }, { readStreamBounded }] = await Promise.all([
    import('./main'),
    import('./engine/workerEngine'),
    import('./input/readBounded'),
  ]);
  // `tap` runs until stopped: the first Ctrl-C (or SIGTERM) lets it remove its consumer and say
  // what it followed; a second one ends the process at once. Other commands keep Node's default.
  const stop = new AbortController();
  if (argv[0] === 'tap') {
    const onSignal = () => (stop.signal.aborted ? process.exit(130) : stop.abort());
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  return main(argv, {
    stop: stop.signal,
    ...(process.stdin.isTTY && process.stderr.isTTY ? { confirm: askOnTerminal } : {}),
    out,
    err,
    cwd: process.cwd(),
    stdin: (limit) => readStreamBounded(process.stdin, limit),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb',
    engine: workerEngine(engineScript()),
  });
}

/** The file a worker runs to serve the engine: the bundle itself, or the dev entry in a checkout. */
function engineScript(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./engine/devWorker.mjs', import.meta.url)
    : new URL(import.meta.url);
}

/**
 * A writer that stops quietly when the reader goes away (`eventflow … | head -1`): later output is
 * dropped, no stack trace is printed, and the command still ends with its own exit code.
 */
function closedPipeSafe(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw e;
  });
  return (text) => {
    if (closed) return;
    try {
      stream.write(text);
    } catch {
      closed = true;
    }
  };
}

/** A yes/no question on the terminal; only "y" or "yes" is a yes. */
async function askOnTerminal(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const { escapeControl } = await import('./report/escape');
    const answer = await rl.question(`${escapeControl(question)} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
