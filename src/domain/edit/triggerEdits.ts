import { listManifests, parseDesign, type DesignFile } from '../design/design';
import { ensureObject, isJsonObject } from '../manifest/jsonValue';
import {
  findTrigger,
  sensorDependencies,
  triggerTypeSpec,
  type TriggerFields,
} from '../manifest/sensorManifest';
import { parseNodeId } from '../graph/ids';
import { readConditions, conditionKey } from '../sensor/conditionNames';
import { triggerTypeOf } from '../graph/resourceParts';
import { updateDocument } from './documentEdits';
import type { EditResult } from './designEdits';

/** Edits one trigger object (the list item, with `template` and `parameters`) of a Sensor. */
function updateTrigger(
  files: readonly DesignFile[],
  triggerId: string,
  fn: (trigger: TriggerFields, dependencyNames: string[]) => string | void,
): EditResult {
  const t = parseNodeId(triggerId);
  if (!t || t.kind !== 'trigger') return { ok: false, reason: 'select a trigger' };
  const sensor = listManifests(parseDesign(files)).find(
    (m) => m.kind === 'Sensor' && m.name === t.name && (m.namespace ?? '') === t.namespace,
  );
  if (!sensor) return { ok: false, reason: `no Sensor ${t.name}` };
  let refused: string | undefined;
  const next = updateDocument(
    files,
    { fileIndex: sensor.fileIndex, documentIndex: sensor.documentIndex },
    (v) => {
      const deps = sensorDependencies(v).map((d) => String(d.name ?? ''));
      const trigger = findTrigger(v, t.key);
      if (!trigger) {
        refused = `no trigger ${t.key ?? ''}`;
        return v;
      }
      refused = fn(trigger, deps) ?? undefined;
      return v;
    },
  );
  return refused ? { ok: false, reason: refused } : { ok: true, files: next };
}

/** Sets `conditions` (empty removes it: all dependencies); refuses text the sensor could not compile. */
export function setConditions(
  files: readonly DesignFile[],
  triggerId: string,
  text: string,
): EditResult {
  return updateTrigger(files, triggerId, (trigger, deps) => {
    // updateTrigger found the trigger by its template's name, so the template is a mapping.
    const template = ensureObject(trigger, 'template');
    const value = text.trim();
    if (value === '') {
      delete template.conditions;
      return;
    }
    const problem = conditionsProblem(value, deps);
    if (problem) return `conditions: ${problem}`;
    template.conditions = value;
  });
}

/** Why a conditions expression would be rejected, or null: a syntax error or an unknown dependency. */
export function conditionsProblem(text: string, dependencyNames: readonly string[]): string | null {
  if (text.trim() === '') return null;
  const r = readConditions(text.trim());
  if (!r.ok) return r.error;
  const unknown = r.names.filter(
    (n) => !dependencyNames.some((d) => conditionKey(d) === conditionKey(n)),
  );
  if (unknown.length)
    return `${unknown.join(', ')} ${unknown.length > 1 ? 'are not dependencies' : 'is not a dependency'} of this sensor`;
  return null;
}

/** The dependency names completing the word that ends at `caret`, and where that word starts. */
export function conditionCompletions(
  text: string,
  caret: number,
  dependencyNames: readonly string[],
): { from: number; names: string[] } {
  const before = text.slice(0, caret);
  const word = /[A-Za-z0-9_.\\-]*$/.exec(before)?.[0] ?? '';
  const from = caret - word.length;
  const names = dependencyNames.filter(
    (d) => d.toLowerCase().startsWith(word.toLowerCase()) && d !== word,
  );
  return { from, names };
}

export interface ParameterRow {
  dependencyName: string;
  /** Which selector the row uses. */
  from: 'dataKey' | 'dataTemplate' | 'contextKey' | 'value';
  expression: string;
  dest: string;
}

/** Where a trigger type's own parameters live: `parameters` (resource, spec) or `payload`. */
export function parameterListKey(type: string): 'parameters' | 'payload' {
  return [
    'http',
    'kafka',
    'nats',
    'awsLambda',
    'pulsar',
    'openWhisk',
    'azureEventHubs',
    'azureServiceBus',
    'custom',
  ].includes(type)
    ? 'payload'
    : 'parameters';
}

/** Replaces the trigger type's parameter list (or payload) with rows from the inspector. */
export function setParameters(
  files: readonly DesignFile[],
  triggerId: string,
  rows: readonly ParameterRow[],
): EditResult {
  return updateTrigger(files, triggerId, (trigger, deps) => {
    const type = triggerTypeOf(trigger);
    if (!type) return 'the trigger has no type yet';
    const spec = ensureObject(ensureObject(trigger, 'template'), type);
    const bad = rows.find((r) => !deps.includes(r.dependencyName));
    if (bad)
      return `parameter source ${JSON.stringify(bad.dependencyName)} is not a dependency of this sensor`;
    const key = parameterListKey(type);
    const list = rows.map((r) => ({
      src: { dependencyName: r.dependencyName, [r.from]: r.expression },
      dest: r.dest,
    }));
    if (list.length) spec[key] = list;
    else if (key === 'payload') spec[key] = [];
    else delete spec[key];
  });
}

/** Reads a trigger's parameter rows back for the inspector (rows it cannot show are left out). */
export function readParameters(trigger: TriggerFields): ParameterRow[] {
  const typed = triggerTypeSpec(trigger);
  const list = typed?.spec[parameterListKey(typed.type)];
  return (Array.isArray(list) ? list : []).flatMap((p) => {
    if (!isJsonObject(p) || !isJsonObject(p.src)) return [];
    const src = p.src;
    const from =
      (['dataTemplate', 'dataKey', 'contextKey', 'value'] as const).find(
        (k) => typeof src[k] === 'string',
      ) ?? 'dataKey';
    return [
      {
        dependencyName: String(src.dependencyName ?? ''),
        from,
        expression: String(src[from] ?? ''),
        dest: String(p.dest ?? ''),
      },
    ];
  });
}
