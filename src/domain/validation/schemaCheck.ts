import type { ArgoKind, ManifestEntry } from '../design/design';
import type { ParsedFile } from '../yaml/parseManifests';
import { rangeOfPath } from '../yaml/sourceRanges';
import { formatValuePath, type Diagnostic, type ValuePath } from './diagnostic';
import {
  validateEventBus,
  validateEventSource,
  validateSensor,
  type GeneratedValidator,
  type GeneratedValidatorError,
} from './schema/validators.generated';

const VALIDATORS: Record<ArgoKind, GeneratedValidator> = {
  EventBus: validateEventBus,
  EventSource: validateEventSource,
  Sensor: validateSensor,
};

/**
 * Structural check of one Argo Events resource against the published schema (precompiled).
 * Never throws. `required` errors are left to the controller rules, because the schema marks fields
 * required that the controller defaults. Unknown fields are warnings: the CRDs keep them, and the
 * controller silently ignores them, which is how typos such as `dataKeys` go unnoticed.
 */
export function schemaCheck(entry: ManifestEntry, file: ParsedFile): Diagnostic[] {
  const validate = VALIDATORS[entry.kind];
  if (validate(entry.value)) return [];
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const err of validate.errors ?? []) {
    if (err.keyword === 'required') continue;
    const d = toDiagnostic(err, entry, file);
    const key = `${d.code}|${formatValuePath(d.path)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

function toDiagnostic(
  err: GeneratedValidatorError,
  entry: ManifestEntry,
  file: ParsedFile,
): Diagnostic {
  const path = pointerToPath(err.instancePath);
  const at = formatValuePath(path) || 'the document';
  const value = valueAt(entry.value, path);
  let code = `schema.${kebab(err.keyword)}`;
  let message = `${at} ${err.message ?? 'is invalid'}`;
  let severity: Diagnostic['severity'] = 'error';
  let target: ValuePath = path;
  let rangeTarget: 'key' | 'value' = 'value';
  switch (err.keyword) {
    case 'additionalProperties': {
      const key = String(err.params.additionalProperty);
      code = 'schema.unknown-field';
      severity = 'warning';
      target = [...path, key];
      rangeTarget = 'key';
      message = `"${key}" is not a field of ${at}; the controller ignores it (a typo?)`;
      break;
    }
    case 'type':
      message = `${at} must be ${article(String(err.params.type))} (got ${describe(value)})`;
      break;
    case 'enum':
      message = `${at} must be one of ${allowedValues(err.params)
        .map((v) => JSON.stringify(v))
        .join(', ')} (got ${JSON.stringify(value)})`;
      break;
    case 'const':
      message = `${at} must be ${JSON.stringify(err.params.allowedValue)} (got ${JSON.stringify(value)})`;
      break;
    case 'format':
      message = `${at} must be a valid ${String(err.params.format)} (got ${JSON.stringify(value)})`;
      break;
  }
  return {
    code,
    severity,
    message,
    file: entry.file,
    documentIndex: entry.documentIndex,
    resource: { kind: entry.kind, name: entry.name, namespace: entry.namespace },
    path: target,
    range: rangeOfPath(file, entry.doc, target, rangeTarget),
  };
}

/** JSON pointer (`/spec/triggers/0`) to path segments; all-digit segments index arrays. */
function pointerToPath(pointer: string): ValuePath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

function valueAt(root: unknown, path: ValuePath): unknown {
  let v: unknown = root;
  for (const seg of path) v = v !== null && typeof v === 'object' ? Reflect.get(v, seg) : undefined;
  return v;
}

/** The values an `enum` error allows (ajv's `params.allowedValues`). */
function allowedValues(params: Record<string, unknown>): unknown[] {
  const values = params.allowedValues;
  return Array.isArray(values) ? values : [];
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${JSON.stringify(v)}`;
}

function article(type: string): string {
  const words: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
  };
  return type
    .split(',')
    .map((t) => words[t] ?? t)
    .join(' or ');
}

function kebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
