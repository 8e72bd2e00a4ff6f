import { parseGoDuration } from '../cron/goDuration';
import type { RangeTarget } from '../yaml/sourceRanges';
import type { Severity, ValuePath } from './diagnostic';
import { isSet, obj, present, text } from './ruleKit';

/** One finding, located relative to the checked settings. */
export interface FieldFinding {
  code: string;
  severity: Severity;
  message: string;
  path: ValuePath;
  target: RangeTarget;
}

/**
 * What a per-type rule sees of one part of a resource (an event's settings `spec.<type>.<name>`, a
 * trigger's `template.<type>`) and how it reports. Fields read as the controller's Go structs do:
 * `str` is `""` when unset, `has` is a non-nil pointer/slice/map, `filled` a non-empty string or
 * list. Codes start with `kind` (`eventsource.missing-field`, `sensor.trigger.missing-field`).
 */
export class FieldCheck {
  readonly findings: FieldFinding[] = [];

  constructor(
    readonly kind: 'eventsource' | 'sensor.trigger',
    /** The spec key: `webhook`, `kafka`, `http`… */
    readonly type: string,
    /** How messages name it: `GitHub event "push"`, `http trigger "notify"`. */
    readonly subject: string,
    readonly name: string,
    readonly config: Record<string, unknown>,
  ) {}

  value(path: string): unknown {
    let v: unknown = this.config;
    for (const k of path.split('.')) v = obj(v)?.[k];
    return v;
  }
  str(path: string): string {
    return text(this.value(path));
  }
  has(path: string): boolean {
    return present(this.value(path));
  }
  filled(path: string): boolean {
    return isSet(this.value(path));
  }

  report(
    code: string,
    severity: Severity,
    message: string,
    path: ValuePath = [],
    target: RangeTarget = path.length === 0 ? 'key' : 'value',
  ): void {
    this.findings.push({ code, severity, message, path, target });
  }

  /** An error: the controller (or the pod, when it starts) refuses it without this field. */
  need(what: string, why = '', at: ValuePath = [], severity: Severity = 'error'): void {
    this.report(
      severity === 'error' ? `${this.kind}.missing-field` : `${this.kind}.incomplete`,
      severity,
      `${this.subject} needs ${what}${why ? `: ${why}` : ''}`,
      at,
      'key',
    );
  }

  /** `need` for each field of the list that is not set (`filled`). */
  needAll(...fields: string[]): void {
    for (const f of fields) if (!this.filled(f)) this.need(f, '', parentOf(f));
  }

  /** An error: two settings the controller refuses together, located at the second one. */
  conflict(message: string, at: string): void {
    this.report(`${this.kind}.conflicting-fields`, 'error', message, at.split('.'), 'key');
  }

  /** A Go `time.ParseDuration` field: the controller refuses one it cannot read. */
  goDuration(at: string): void {
    const value = this.str(at);
    if (value === '') return;
    const read = parseGoDuration(value);
    if (!read.ok)
      this.invalid(
        at,
        `${at} must be a Go duration such as 30s or 5m (${read.error})`,
        `${this.kind}.invalid-duration`,
      );
  }

  /** An error on one field's value. */
  invalid(at: string, message: string, code = `${this.kind}.invalid-value`): void {
    this.report(code, 'error', message, at.split('.'));
  }
}

/** Where a missing dotted field is reported: its parent, when that exists. */
function parentOf(field: string): ValuePath {
  const parts = field.split('.');
  return parts.length > 1 ? parts.slice(0, -1) : [];
}
