import type { Diagnostic } from '../../domain/validation/diagnostic';

/** Monaco's marker shape, restated so this module stays pure and testable without Monaco. */
export interface MarkerData {
  severity: number;
  message: string;
  code: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** Monaco's MarkerSeverity values. */
const MARKER_SEVERITY = { error: 8, warning: 4, info: 2 } as const;

/** Turns the diagnostics of one file into editor markers (a zero-width range still gets one character). */
export function diagnosticsToMarkers(
  diagnostics: readonly Diagnostic[],
  file: string,
): MarkerData[] {
  return diagnostics
    .filter((d) => d.file === file && d.range)
    .map((d) => {
      const r = d.range ?? { line: 1, col: 1, endLine: 1, endCol: 1 };
      const sameSpot = r.endLine === r.line && r.endCol <= r.col;
      return {
        severity: MARKER_SEVERITY[d.severity],
        message: d.message,
        code: d.code,
        startLineNumber: r.line,
        startColumn: r.col,
        endLineNumber: sameSpot ? r.line : r.endLine,
        endColumn: sameSpot ? r.col + 1 : r.endCol,
      };
    });
}
