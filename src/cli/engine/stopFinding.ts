import type { ManifestEntry, ParsedDesignFile } from '../../domain/design/design';
import { rangeOfPath } from '../../domain/yaml/sourceRanges';
import type { SimInput } from '../../engine/simulate/simInput';
import { isPlainObject } from '../../lib/deepEqual';
import { finding, type Finding } from '../report/finding';
import type { EngineStop } from './engine';

/** A piece of user code the engine runs (script, jq program, template), with where it is written. */
interface CodeSpot {
  what: string;
  file: string;
  line: number;
  col: number;
}

export interface StopContext {
  files: readonly ParsedDesignFile[];
  entries: readonly ManifestEntry[];
  inputs: readonly SimInput[];
  /** What ran, e.g. `the simulation`, `scenario "nightly"`. */
  subject: string;
  /** Where the step that ran is written (a scenario's step), when it is written somewhere. */
  stepAt?: (index: number) => { file: string; line: number; col: number } | null;
}

/**
 * The watchdog's verdict as a located finding: what was stopped, in which step, and the code that
 * was running — the jq program when the worker said so, else the scripts and templates the step's
 * event reaches (the finding points at the first of them).
 */
export function stopFinding(stop: EngineStop, ctx: StopContext): Finding {
  const input = stop.step === null ? undefined : ctx.inputs[stop.step];
  const stepText =
    stop.step === null
      ? ''
      : ` in step ${stop.step + 1}${input ? ` (${describeInput(input)})` : ''}`;
  const spots = stop.jq !== null ? jqSpots(ctx.entries, ctx.files, stop.jq) : codeSpots(ctx, input);
  const running =
    stop.jq !== null
      ? ` while running the jq program \`${short(stop.jq)}\`${spots.length ? ` (${spots.map((s) => s.what).join(', ')})` : ''}`
      : spots.length
        ? `; code that runs in this step: ${spots
            .slice(0, 3)
            .map((s) => `${s.what} at ${s.file}:${s.line}:${s.col}`)
            .join(', ')}${spots.length > 3 ? `, and ${spots.length - 3} more` : ''}`
        : '';
  const message =
    stop.why === 'time'
      ? `${ctx.subject} was stopped${stepText}: it ran past its time budget of ${stop.detail} per step${running} (a program that never ends, or a pattern or string that grows too large?)`
      : stop.why === 'memory'
        ? `${ctx.subject} was stopped${stepText}: it used more than its ${stop.detail} memory budget${running}`
        : `${ctx.subject} failed${stepText}: the engine stopped with an internal error (${stop.detail})${running}`;
  const at = spots[0] ?? (stop.step !== null ? (ctx.stepAt?.(stop.step) ?? null) : null);
  return finding(
    'error',
    stop.why === 'crash' ? 'engine.failed' : `engine.stopped-${stop.why}`,
    message,
    at?.file ?? null,
    at?.line ?? 1,
    at?.col ?? 1,
  );
}

function describeInput(input: SimInput): string {
  switch (input.type) {
    case 'event':
      return `send ${input.source}/${input.eventName}`;
    case 'sensor-event':
      return `event ${input.event.context.source}/${input.event.context.subject}`;
    case 'advance':
      return `advance ${input.ms} ms`;
    case 'set-time':
      return `set the time to ${new Date(input.ms).toISOString()}`;
    case 'set-outcomes':
      return `set the outcomes of ${input.outcomes.map((o) => o.trigger).join(', ') || 'no trigger'}`;
    case 'settle':
      return 'finish the pending trigger actions';
  }
}

function short(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}

function spotAt(
  files: readonly ParsedDesignFile[],
  m: ManifestEntry,
  path: (string | number)[],
  what: string,
): CodeSpot {
  const r = rangeOfPath(files[m.fileIndex]!.parsed, m.doc, path);
  return { what, file: m.file, line: r.line, col: r.col };
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Record<string, unknown> => (isPlainObject(v) ? v : {});

function jqSpots(
  entries: readonly ManifestEntry[],
  files: readonly ParsedDesignFile[],
  program: string,
): CodeSpot[] {
  const out: CodeSpot[] = [];
  for (const m of entries) {
    if (m.kind !== 'Sensor') continue;
    list(obj(m.value.spec).dependencies).forEach((d, i) => {
      if (obj(obj(d).transform).jq === program)
        out.push(
          spotAt(
            files,
            m,
            ['spec', 'dependencies', i, 'transform', 'jq'],
            `the jq transform of ${m.name}/${String(obj(d).name)}`,
          ),
        );
    });
  }
  return out;
}

/** Scripts and templates of the sensors an input can reach (every sensor for a clock move). */
function codeSpots(ctx: StopContext, input: SimInput | undefined): CodeSpot[] {
  const out: CodeSpot[] = [];
  const reaches = (d: Record<string, unknown>) =>
    input?.type !== 'event' ||
    (d.eventSourceName === input.source && d.eventName === input.eventName);
  for (const m of ctx.entries) {
    if (m.kind !== 'Sensor') continue;
    const spec = obj(m.value.spec);
    const deps = list(spec.dependencies).map(obj);
    const reached = new Set<string>();
    deps.forEach((d, i) => {
      if (!reaches(d)) return;
      reached.add(String(d.name));
      const name = `${m.name}/${String(d.name)}`;
      const base = ['spec', 'dependencies', i];
      if (typeof obj(d.filters).script === 'string')
        out.push(spotAt(ctx.files, m, [...base, 'filters', 'script'], `the Lua filter of ${name}`));
      if (typeof obj(d.transform).script === 'string')
        out.push(
          spotAt(ctx.files, m, [...base, 'transform', 'script'], `the Lua transform of ${name}`),
        );
      if (typeof obj(d.transform).jq === 'string')
        out.push(spotAt(ctx.files, m, [...base, 'transform', 'jq'], `the jq transform of ${name}`));
      list(obj(d.filters).exprs).forEach((_, j) =>
        out.push(
          spotAt(
            ctx.files,
            m,
            [...base, 'filters', 'exprs', j],
            `expression filter ${j + 1} of ${name}`,
          ),
        ),
      );
    });
    if (reached.size === 0) continue;
    list(spec.triggers).forEach((t, i) => {
      const template = obj(obj(t).template);
      const params: [unknown[], (string | number)[]][] = [
        [list(obj(t).parameters), ['spec', 'triggers', i, 'parameters']],
      ];
      for (const [type, spec] of Object.entries(template))
        if (isPlainObject(spec)) {
          params.push([
            list(spec.parameters),
            ['spec', 'triggers', i, 'template', type, 'parameters'],
          ]);
          params.push([list(spec.payload), ['spec', 'triggers', i, 'template', type, 'payload']]);
        }
      for (const [items, path] of params)
        items.forEach((p, j) => {
          const src = obj(obj(p).src);
          for (const key of ['dataTemplate', 'contextTemplate'])
            if (typeof src[key] === 'string')
              out.push(
                spotAt(
                  ctx.files,
                  m,
                  [...path, j, 'src', key],
                  `the ${key} of ${m.name}/${String(template.name)} parameter ${j + 1}`,
                ),
              );
        });
    });
  }
  return out;
}
