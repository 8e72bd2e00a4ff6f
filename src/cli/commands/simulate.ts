import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { listManifests, parseDesign } from '../../domain/design/design';
import { parseDuration } from '../../engine/clock/clock';
import { explainTrace } from '../../engine/explainTrace';
import { compileSimDesign } from '../../engine/simulate/simDesign';
import type { SimInput } from '../../engine/simulate/simInput';
import { runScenario } from '../../engine/simulate/runScenario';
import { lastOption, parseArgs } from '../args';
import { EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { readInputs } from '../readInputs';

export const SIMULATE_USAGE =
  'eventflow simulate FILE|DIR... --event SOURCE/EVENT=BODY [--event ...] [--at ISO-TIME] [--advance DURATION] [--format text|json]';
/** Default start time, so runs are reproducible in CI. */
export const DEFAULT_START = '2026-01-01T00:00:00Z';

/**
 * Sends events through the design's sensors and reports what fired and why the rest did not.
 * BODY is JSON text or @file: what the source receives (a webhook's HTTP body). Exit 0 whether or
 * not anything fired; 2 on bad input.
 */
export async function simulateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, {
    event: { takesValue: true },
    at: { takesValue: true },
    advance: { takesValue: true },
    format: { takesValue: true },
  });
  if (!parsed.ok) return usage(io, parsed.error);
  const format = lastOption(parsed.args, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json')
    return usage(io, `--format must be text or json, not ${format}`);
  if (parsed.args.positionals.length === 0) return usage(io, 'give at least one FILE or DIR');
  const at = lastOption(parsed.args, 'at') ?? DEFAULT_START;
  const startMs = Date.parse(at);
  if (Number.isNaN(startMs))
    return usage(io, `--at ${JSON.stringify(at)} is not an ISO time such as 2026-03-01T09:30:00Z`);
  const advanceText = lastOption(parsed.args, 'advance');
  const advance = advanceText === undefined ? null : parseDuration(advanceText);
  if (advanceText !== undefined && (advance === null || advance < 0))
    return usage(
      io,
      `--advance ${JSON.stringify(advanceText)} is not a duration such as 90s, 15m or 2h`,
    );

  const inputs = readInputs(parsed.args.positionals, io.cwd);
  if (inputs.problems.length) {
    for (const p of inputs.problems) io.err(`${p.path}:1:1 error ${p.code} ${p.message}\n`);
    return EXIT_USAGE;
  }
  const files = parseDesign(inputs.files);
  const broken = files.flatMap((f) =>
    [...f.parsed.problems, ...f.parsed.documents.flatMap((d) => d.problems)].map(
      (p) => `${f.path}:${p.line}:${p.col} error ${p.code} ${p.message}`,
    ),
  );
  if (broken.length) {
    io.err(`${broken.join('\n')}\n`);
    return EXIT_USAGE;
  }
  const design = compileSimDesign(
    listManifests(files).map((m) => ({ kind: m.kind, value: m.value })),
  );
  if (design.sensors.length === 0) return usage(io, 'the design has no Sensor to simulate');

  const scenario: SimInput[] = [];
  for (const spec of parsed.args.options.get('event') ?? []) {
    const m = /^([^/=]+)\/([^=]+)=([\s\S]*)$/.exec(spec);
    if (!m) return usage(io, `--event ${JSON.stringify(spec)} must look like SOURCE/EVENT=BODY`);
    const body = readBody(m[3] ?? '', io);
    if (body.error) return usage(io, body.error);
    scenario.push({
      type: 'event',
      source: m[1] ?? '',
      eventName: m[2] ?? '',
      payload: {
        headers: { 'Content-Type': 'application/json' },
        ...(body.text !== '' ? { body: body.text } : {}),
      },
    });
  }
  if (advance !== null) scenario.push({ type: 'advance', ms: advance });
  if (scenario.length === 0) return usage(io, 'give at least one --event or an --advance');

  const result = await runScenario(design, scenario, startMs);
  if (format === 'json') {
    const firings = result.firings.map((f) => ({
      sensor: f.sensor,
      trigger: f.trigger,
      type: f.triggerType,
      ...(f.resource !== undefined ? { resource: f.resource } : {}),
      ...(f.request !== undefined ? { request: f.request } : {}),
      ...(f.log !== undefined ? { log: f.log } : {}),
    }));
    io.out(`${JSON.stringify({ firings, trace: result.trace }, null, 2)}\n`);
  } else {
    io.out(`${explainTrace(result.trace).join('\n')}\n`);
    io.out(`${result.firings.length} trigger firing(s).\n`);
  }
  return EXIT_OK;
}

function readBody(spec: string, io: CliIo): { text: string; error?: string } {
  if (!spec.startsWith('@')) return { text: spec };
  const path = spec.slice(1);
  try {
    return { text: readFileSync(isAbsolute(path) ? path : join(io.cwd, path), 'utf8') };
  } catch (e) {
    return {
      text: '',
      error: `cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

function usage(io: CliIo, error: string): number {
  io.err(`eventflow simulate: ${error}\nusage: ${SIMULATE_USAGE}\n`);
  return EXIT_USAGE;
}
