// Helpers for the CLI's tests: run a command in this process and capture what it prints, and make
// scratch folders. Not part of the bundle (nothing imports it but tests).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EngineFactory } from './engine/engine';
import type { CliIo } from './io';
import { main } from './main';

export interface RunResult {
  code: number;
  out: string;
  err: string;
}

export interface RunOptions {
  cwd?: string;
  /** Text (or bytes) on standard input; absent means there is none. */
  stdin?: string | Uint8Array;
  engine?: EngineFactory;
  color?: boolean;
}

export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (s) => (out += s),
    err: (s) => (err += s),
    cwd: options.cwd ?? process.cwd(),
    ...(options.color ? { color: true } : {}),
    ...(options.engine ? { engine: options.engine } : {}),
  };
  if (options.stdin !== undefined) {
    const bytes =
      typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : options.stdin;
    io.stdin = async (limit) =>
      bytes.length > limit
        ? {
            ok: false,
            problem: {
              code: 'input.too-large',
              message: 'more than the limit; nothing past it was read',
            },
          }
        : { ok: true, bytes };
  }
  const code = await main(argv, io);
  return { code, out, err };
}

/** A fresh folder outside the repository holding `files` (paths may have folders). */
export function scratch(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'eventflow-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export const SENSOR = `apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata:
  name: s
spec:
  dependencies:
    - name: dep
      eventSourceName: webhook
      eventName: build
  triggers:
    - template:
        name: t
        log: {}
`;

export const WEBHOOK = `apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata:
  name: webhook
spec:
  webhook:
    build:
      port: "12000"
      endpoint: /build
      method: POST
`;

export const SEED_PATH = join(import.meta.dirname, '../examples/seed-build-pipeline.yaml');
export const EXAMPLES = join(import.meta.dirname, '../examples');
