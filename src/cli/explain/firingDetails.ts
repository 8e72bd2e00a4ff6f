import type { ManifestEntry } from '../../domain/design/design';
import { appliedParameters, type AppliedParameter } from '../../engine/triggers/appliedParameters';
import { predictWorkflowOutput } from '../../engine/triggers/workflowOutput';
import type { Firing } from '../../engine/trace';
import { isPlainObject } from '../../lib/deepEqual';

const obj = (v: unknown): Record<string, unknown> => (isPlainObject(v) ? v : {});

/** The trigger's manifest part for its type (`template.argoWorkflow`…), found by sensor and trigger name. */
export function triggerTypeSpec(
  entries: readonly ManifestEntry[],
  sensor: string,
  trigger: string,
  type: string,
): unknown {
  const m = entries.find((e) => e.kind === 'Sensor' && e.name === sensor);
  const triggers = obj(m?.value.spec).triggers;
  const list = (Array.isArray(triggers) ? triggers : []).map(obj);
  // A dead-letter trigger is found by its own name inside the trigger that hands over to it.
  const t =
    list.find((x) => obj(x.template).name === trigger) ??
    list.map((x) => obj(x.dlqTrigger)).find((d) => obj(d.template).name === trigger);
  return obj(t?.template)[type];
}

/** What a firing explains, as data: the JSON report carries it, the text output prints it. */
export interface FiringExplanation {
  parameters: AppliedParameter[];
  /** `create Workflow build-`, `POST https://…`: what would happen, in brief. */
  brief: string;
  /** Predicted container output of a Workflow, or a log trigger's lines; null when not predictable. */
  output: string[] | null;
  /** Why the output could not be predicted. */
  outputNote?: string;
  /** The Workflow entrypoint's input values. */
  inputs?: Record<string, string>;
  /** The argo command an argoWorkflow trigger runs. */
  command?: string[];
}

export function explainFiring(f: Firing, typeSpec: unknown): FiringExplanation {
  const parameters = appliedParameters(typeSpec, f);
  const brief = briefOf(f);
  if (f.triggerType === 'argoWorkflow') {
    const p = predictWorkflowOutput(f.resource);
    return {
      parameters,
      brief,
      output: p?.output ?? null,
      ...(p?.note ? { outputNote: p.note } : {}),
      ...(p && Object.keys(p.inputs).length ? { inputs: p.inputs } : {}),
      ...(f.command ? { command: f.command } : {}),
    };
  }
  return { parameters, brief, output: f.log ?? null };
}

function briefOf(f: Firing): string {
  if (f.resource !== undefined) {
    const r = obj(f.resource);
    const meta = obj(r.metadata);
    const name =
      typeof meta.name === 'string'
        ? meta.name
        : typeof meta.generateName === 'string'
          ? `${meta.generateName}…`
          : '(no name)';
    const ns = typeof meta.namespace === 'string' ? ` in namespace ${meta.namespace}` : '';
    return `${f.operation ?? 'create'} ${typeof r.kind === 'string' ? r.kind : 'resource'} ${name}${ns}`;
  }
  if (f.request) {
    const q = f.request;
    const head = [q.method, q.url ?? q.target].filter(Boolean).join(' ') || f.triggerType;
    return q.body !== undefined ? `${head} with body ${clip(q.body, 200)}` : head;
  }
  if (f.log) return `log ${f.log.length} line(s)`;
  return f.triggerType;
}

function clip(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** The explanation as indented lines under the firing's line. */
export function firingLines(e: FiringExplanation, notes: readonly string[]): string[] {
  const out = [`    would ${e.brief}`];
  if (e.command) out.push(`    runs: ${e.command.join(' ')}`);
  if (e.parameters.length) {
    out.push('    parameters:');
    for (const p of e.parameters)
      out.push(
        `      ${p.dest || '(whole body)'} = ${p.value === null ? 'not set: nothing resolved at this dest' : JSON.stringify(p.value)}   (${p.source})`,
      );
  }
  if (e.inputs)
    out.push(
      `    entrypoint inputs: ${Object.entries(e.inputs)
        .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
        .join(', ')}`,
    );
  // One line, as the app's Output view shows it; the JSON report keeps the lines apart.
  if (e.output && e.output.length)
    out.push(
      `    predicted output: ${e.output.join(' ')}${e.output.length > 1 ? `   (${e.output.length} lines)` : ''}`,
    );
  else if (e.outputNote) out.push(`    output not predicted: ${e.outputNote}`);
  for (const n of notes) out.push(`    note: ${n}`);
  return out;
}
