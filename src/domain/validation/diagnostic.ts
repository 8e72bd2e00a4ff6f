/** Diagnostics: what validation reports. Plain JSON so they cross worker and CLI boundaries unchanged. */

export type Severity = 'error' | 'warning' | 'info';

/** A span of source text: [start, end) offsets plus 1-based line/column of both ends. */
export interface SourceRange {
  start: number;
  end: number;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** The Kubernetes resource a diagnostic is about. */
interface ResourceRef {
  kind: string;
  name: string;
  namespace: string | null;
}

/** A path into a document's JSON value, e.g. `['spec', 'triggers', 0, 'template', 'name']`. */
export type ValuePath = (string | number)[];

export interface Diagnostic {
  /** Stable identifier, e.g. `sensor.dependency.duplicate-name`; never reworded once released. */
  code: string;
  severity: Severity;
  message: string;
  /** Path of the file in the design (as given to the parser). */
  file: string;
  /** Index of the YAML document in the file; null for whole-file problems. */
  documentIndex: number | null;
  resource: ResourceRef | null;
  path: ValuePath;
  range: SourceRange | null;
  /** A one-click repair the app offers (data only: the app applies it with its own edit functions). */
  fix?: DiagnosticFix;
}

export type DiagnosticFix =
  /** Set (or with `value` undefined, remove) one field of a resource. */
  | { title: string; kind: 'set'; resource: ResourceRef; path: ValuePath; value: unknown }
  /** Add a resource to the design. */
  | { title: string; kind: 'append'; value: Record<string, unknown> };

/** Renders a path the way users read it: `spec.triggers[0].template.name`. */
export function formatValuePath(path: ValuePath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts by file, then position, then severity; stable for equal keys. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const pa = a.range?.start ?? -1;
  const pb = b.range?.start ?? -1;
  if (pa !== pb) return pa - pb;
  return ORDER[a.severity] - ORDER[b.severity];
}
