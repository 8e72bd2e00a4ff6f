import {
  formatValuePath,
  type Diagnostic,
  type Severity,
} from '../../domain/validation/diagnostic';

/**
 * One located thing a command reports: a diagnostic, an unreadable input, a failed scenario, a
 * failed round trip. Every output format (text, json, github) is made from these.
 */
export interface Finding {
  severity: Severity;
  /** Stable identifier, e.g. `sensor.dependency.unknown-event`, `input.not-regular`. */
  code: string;
  message: string;
  /** File the finding is about, as the user named it; null when it concerns no file. */
  file: string | null;
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
  /** The resource it is about, as `Kind/name` or `Kind/namespace/name`. */
  resource?: string;
  /** Path inside the resource, e.g. `spec.triggers[0].template.name`. */
  path?: string;
}

export function fromDiagnostic(d: Diagnostic): Finding {
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    file: d.file,
    line: d.range?.line ?? 1,
    col: d.range?.col ?? 1,
    ...(d.range ? { endLine: d.range.endLine, endCol: d.range.endCol } : {}),
    ...(d.resource
      ? {
          resource: [d.resource.kind, d.resource.namespace, d.resource.name]
            .filter((x) => x)
            .join('/'),
        }
      : {}),
    ...(d.path.length ? { path: formatValuePath(d.path) } : {}),
  };
}

export function finding(
  severity: Severity,
  code: string,
  message: string,
  file: string | null = null,
  line = 1,
  col = 1,
): Finding {
  return { severity, code, message, file, line, col };
}
