import { isPlainObject } from '../../lib/deepEqual';
import { setOwn } from '../../lib/setOwn';
import { listManifests, parseDesign, type ParsedDesignFile } from '../design/design';
import { fileDiagnostics } from './fileChecks';
import { compareDiagnostics, formatValuePath, type Diagnostic } from './diagnostic';
import type { Rule, RuleContext } from './ruleKit';
import { schemaCheck } from './schemaCheck';
import { dependencyFilters } from './rules/dependencyFilters';
import { dependencyTargets } from './rules/dependencyTargets';
import { documentKinds } from './rules/documentKinds';
import { duplicateResources } from './rules/duplicateResources';
import { eventBusReferences } from './rules/eventBusReferences';
import { eventBusSpec } from './rules/eventBusSpec';
import { eventSourceFilter } from './rules/eventSourceFilter';
import { eventSourceStructure } from './rules/eventSourceStructure';
import { inlineCredentials } from './rules/inlineCredentials';
import { natsBusDependencies } from './rules/natsBusDependencies';
import { sensorStructure } from './rules/sensorStructure';
import { triggerConditions } from './rules/triggerConditions';
import { triggerOptions } from './rules/triggerOptions';
import { triggerParameters } from './rules/triggerParameters';
import { triggerTemplates } from './rules/triggerTemplates';
import { webhookCollisions } from './rules/webhookCollisions';
import { commonMistakes } from './rules/commonMistakes';
import { conditionsReset } from './rules/conditionsReset';

/** Every rule, in reporting order. Adding one: a file in rules/, a line here, a test beside it. */
const RULES: Readonly<Record<string, Rule>> = {
  documentKinds,
  duplicateResources,
  sensorStructure,
  dependencyTargets,
  dependencyFilters,
  triggerConditions,
  conditionsReset,
  triggerTemplates,
  triggerParameters,
  triggerOptions,
  eventSourceStructure,
  eventSourceFilter,
  webhookCollisions,
  eventBusSpec,
  eventBusReferences,
  natsBusDependencies,
  inlineCredentials,
  commonMistakes,
};

/** Diagnostics that say another resource of the design is missing. */
const REFERENCE_CODES = new Set([
  'sensor.dependency.unknown-event-source',
  'sensor.dependency.unknown-event',
  'eventbus.no-default',
  'eventbus.unresolved',
]);

/**
 * Validates a whole design: YAML problems, the schema, the controller's rules and cross-resource
 * references. Never throws (a failing rule becomes an `internal.rule-failed` diagnostic). Sorted by
 * file, position and severity.
 */
export function validateDesign(files: readonly ParsedDesignFile[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of files) guard('files', () => fileDiagnostics(f), out, f.path);
  // Null is "not set" everywhere, as the controller's Go decoding reads it (`kubectl get -o yaml`
  // writes `loggingFields: null`); rules and the schema never see null-valued fields.
  const manifests = listManifests(files).map((m) => ({ ...m, value: withoutNullFields(m.value) }));
  const ctx: RuleContext = { files, manifests };
  for (const m of ctx.manifests) {
    const file = files[m.fileIndex];
    if (file) guard('schema', () => schemaCheck(m, file.parsed), out, m.file);
  }
  for (const [name, rule] of Object.entries(RULES))
    guard(name, () => rule(ctx), out, files[0]?.path ?? '');
  // While a document cannot be read, "X is not in this design" may just mean X is in that document:
  // the syntax error is the problem to show, not a wrong reference.
  const unreadable = out.some((d) => d.code.startsWith('yaml.'));
  const kept = unreadable ? out.filter((d) => !REFERENCE_CODES.has(d.code)) : out;
  return dropSchemaDuplicates(kept).sort(compareDiagnostics);
}

/** Validates one file's text on its own. */
export function validateText(path: string, text: string): Diagnostic[] {
  return validateDesign(parseDesign([{ path, text }]));
}

function guard(name: string, run: () => Diagnostic[], out: Diagnostic[], file: string): void {
  try {
    out.push(...run());
  } catch (e) {
    out.push({
      code: 'internal.rule-failed',
      severity: 'warning',
      message: `check ${name} failed: ${e instanceof Error ? e.message : String(e)}`,
      file,
      documentIndex: null,
      resource: null,
      path: [],
      range: null,
    });
  }
}

/** Rules that explain a schema finding better than the schema does (one message per problem is enough). */
const SPECIFIC = new Set(['security.inline-credential', 'sensor.trigger.renamed-field']);

/**
 * Drops schema findings that a specific rule explains at the same place. The specific message stays,
 * with the schema finding's severity when that is higher: a literal token where the controller reads
 * a Secret reference is an error (it cannot decode the object), not only an insecure practice.
 */
function dropSchemaDuplicates(ds: Diagnostic[]): Diagnostic[] {
  const at = (d: Diagnostic) => `${d.file}|${d.documentIndex}|${formatValuePath(d.path)}`;
  const explained = new Set(ds.filter((d) => SPECIFIC.has(d.code)).map(at));
  const errors = new Set(
    ds.filter((d) => d.code.startsWith('schema.') && d.severity === 'error').map(at),
  );
  return ds
    .filter((d) => !d.code.startsWith('schema.') || !explained.has(at(d)))
    .map((d) =>
      SPECIFIC.has(d.code) && d.severity !== 'error' && errors.has(at(d))
        ? { ...d, severity: 'error' as const }
        : d,
    );
}

/** A copy without null-valued mapping entries (list items stay, so paths keep their indices). */
/**
 * The value with null-valued fields left out, at any depth. What has no null below it is returned
 * as it is, not copied: copying every manifest whole on each validation was most of the garbage a
 * big design made (rules only read the manifests).
 */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    value.forEach((v, i) => {
      const w = withoutNulls(v);
      if (w !== v && !out) out = value.slice(0, i);
      out?.push(w);
    });
    return out ?? value;
  }
  return isPlainObject(value) ? withoutNullFields(value) : value;
}

function withoutNullFields(value: Record<string, unknown>): Record<string, unknown> {
  const entries = Object.entries(value);
  let changed = false;
  const kept: [string, unknown][] = [];
  for (const [k, v] of entries) {
    if (v === null) {
      changed = true;
      continue;
    }
    const w = withoutNulls(v);
    if (w !== v) changed = true;
    kept.push([k, w]);
  }
  if (!changed) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of kept) setOwn(out, k, v);
  return out;
}
