import type { ManifestEntry, ParsedDesignFile } from '../design/design';
import { isPlainObject } from '../../lib/deepEqual';
import { rangeOfPath, type RangeTarget } from '../yaml/sourceRanges';
import type { Diagnostic, Severity, ValuePath } from './diagnostic';

/** What every rule sees: the design's files and its Argo Events resources. */
export interface RuleContext {
  files: readonly ParsedDesignFile[];
  manifests: readonly ManifestEntry[];
}

/** A validation rule: pure, total, one concern, stable codes. */
export type Rule = (ctx: RuleContext) => Diagnostic[];

/** Builds a diagnostic about `path` in a resource, located in the source text. */
export function diag(
  ctx: RuleContext,
  entry: ManifestEntry,
  code: string,
  severity: Severity,
  message: string,
  path: ValuePath,
  target: RangeTarget = 'value',
): Diagnostic {
  const file = ctx.files[entry.fileIndex]?.parsed;
  return {
    code,
    severity,
    message,
    file: entry.file,
    documentIndex: entry.documentIndex,
    resource: { kind: entry.kind, name: entry.name, namespace: entry.namespace },
    path,
    range: file ? rangeOfPath(file, entry.doc, path, target) : null,
  };
}

export function obj(v: unknown): Record<string, unknown> | null {
  return isPlainObject(v) ? v : null;
}

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/**
 * True when a field is there at all (Go: a non-nil pointer, slice or map). `events: []` and `{}`
 * count: the controller's `== nil` checks accept them. Null is never "there".
 */
export function present(v: unknown): boolean {
  return v !== undefined && v !== null;
}

/**
 * True when a field is present with a usable value: not null, not an empty string or list (Go's
 * `!= ""` and `len(x) > 0`). A mapping, even `{}`, is set (a non-nil pointer).
 */
export function isSet(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

export function sensors(ctx: RuleContext): ManifestEntry[] {
  return ctx.manifests.filter((m) => m.kind === 'Sensor');
}

export function eventSources(ctx: RuleContext): ManifestEntry[] {
  return ctx.manifests.filter((m) => m.kind === 'EventSource');
}

export function eventBuses(ctx: RuleContext): ManifestEntry[] {
  return ctx.manifests.filter((m) => m.kind === 'EventBus');
}

export function specOf(entry: ManifestEntry): Record<string, unknown> {
  return obj(entry.value.spec) ?? {};
}

/** Each dependency of a sensor with its index (mappings only). */
export function dependenciesOf(
  entry: ManifestEntry,
): { dep: Record<string, unknown>; i: number }[] {
  return list(specOf(entry).dependencies).flatMap((d, i) => {
    const dep = obj(d);
    return dep ? [{ dep, i }] : [];
  });
}

/** Each trigger of a sensor with its index and template (mappings only). */
export function triggersOf(
  entry: ManifestEntry,
): { trigger: Record<string, unknown>; template: Record<string, unknown>; i: number }[] {
  return list(specOf(entry).triggers).flatMap((t, i) => {
    const trigger = obj(t);
    return trigger ? [{ trigger, template: obj(trigger.template) ?? {}, i }] : [];
  });
}

/** A trigger of a sensor, or a `dlqTrigger` below one (validated like a trigger, recursively). */
export interface TriggerAt {
  trigger: Record<string, unknown>;
  template: Record<string, unknown>;
  /** Path of the trigger object: `spec.triggers[0]`, `spec.triggers[0].dlqTrigger`… */
  path: ValuePath;
  /** How messages name it: the template name, else `#1` or `the dlqTrigger of "x"`. */
  name: string;
  /** The trigger this one is the dead-letter queue of, or null for a sensor's own trigger. */
  parent: TriggerAt | null;
}

/**
 * Every trigger of a sensor with its dlqTriggers (pkg/reconciler/sensor/validate.go
 * validateDlqTrigger validates them as triggers). Depth is bounded: a dlqTrigger chain is written
 * by hand and never deep, but the walk must end on any input.
 */
export function triggerTree(entry: ManifestEntry): TriggerAt[] {
  const out: TriggerAt[] = [];
  const walk = (raw: unknown, path: ValuePath, parent: TriggerAt | null, fallback: string) => {
    const trigger = obj(raw);
    if (!trigger || out.length > 10_000) return;
    const template = obj(trigger.template) ?? {};
    const at: TriggerAt = {
      trigger,
      template,
      path,
      name: text(template.name) || fallback,
      parent,
    };
    out.push(at);
    if (path.length < 40 && trigger.dlqTrigger !== undefined)
      walk(trigger.dlqTrigger, [...path, 'dlqTrigger'], at, `the dlqTrigger of ${quote(at.name)}`);
  };
  list(specOf(entry).triggers).forEach((t, i) =>
    walk(t, ['spec', 'triggers', i], null, `#${i + 1}`),
  );
  return out;
}

export function quote(s: string): string {
  return JSON.stringify(s);
}
