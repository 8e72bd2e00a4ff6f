import { parseGoDuration } from '../../../cron/goDuration';
import type { RangeTarget } from '../../../yaml/sourceRanges';
import type { Severity, ValuePath } from '../../diagnostic';
import { isSet, obj, present, quote, text } from '../../ruleKit';

/** One finding about an event, located relative to the event's settings. */
export interface EventFinding {
  code: string;
  severity: Severity;
  message: string;
  path: ValuePath;
  target: RangeTarget;
}

/**
 * What a per-type rule sees of one event (`spec.<type>.<name>`) and how it reports. Fields read as
 * the controller's Go structs do: `str` is `""` when unset, `has` is a non-nil pointer/slice/map,
 * `filled` a non-empty string or list.
 */
export class EventCheck {
  readonly findings: EventFinding[] = [];

  constructor(
    readonly type: string,
    readonly label: string,
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

  /** An error at the event: the controller (or the pod, when it starts) refuses the event without it. */
  need(what: string, why = '', at: ValuePath = []): void {
    this.report(
      'eventsource.missing-field',
      'error',
      `${this.label} event ${quote(this.name)} needs ${what}${why ? `: ${why}` : ''}`,
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
    this.report('eventsource.conflicting-fields', 'error', message, at.split('.'), 'key');
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
        'eventsource.invalid-duration',
      );
  }

  /** An error on one field's value. */
  invalid(at: string, message: string, code = 'eventsource.invalid-value'): void {
    this.report(code, 'error', message, at.split('.'));
  }
}

/** Where a missing dotted field is reported: its parent, when that exists. */
function parentOf(field: string): ValuePath {
  const parts = field.split('.');
  return parts.length > 1 ? parts.slice(0, -1) : [];
}
