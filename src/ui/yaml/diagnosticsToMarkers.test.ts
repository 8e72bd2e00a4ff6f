import { describe, expect, it } from 'vitest';
import { diagnosticsToMarkers } from './diagnosticsToMarkers';
import type { Diagnostic } from '../../domain/validation/diagnostic';

const d = (
  file: string,
  line: number,
  col: number,
  endLine: number,
  endCol: number,
): Diagnostic => ({
  code: 'x.y',
  severity: 'warning',
  message: 'm',
  file,
  documentIndex: 0,
  resource: null,
  path: [],
  range: { start: 0, end: 0, line, col, endLine, endCol },
});

describe('diagnosticsToMarkers', () => {
  it('keeps only the file shown and widens empty ranges to one character', () => {
    expect(
      diagnosticsToMarkers([d('a.yaml', 3, 5, 3, 5), d('b.yaml', 1, 1, 1, 2)], 'a.yaml'),
    ).toEqual([
      {
        severity: 4,
        message: 'm',
        code: 'x.y',
        startLineNumber: 3,
        startColumn: 5,
        endLineNumber: 3,
        endColumn: 6,
      },
    ]);
  });
});
