import { describe, expect, it } from 'vitest';
import { formatHeaders, isJsonText, parseHeaders, parseJsonBody } from './eventText';

describe('event composer input', () => {
  it('locates JSON mistakes by line and column', () => {
    const r = parseJsonBody('{\n  "a": 1,\n  "b": \n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^not valid JSON at line 4, column 1/);
  });

  it('reads and writes header lines', () => {
    expect(parseHeaders('Content-Type: application/json\nX-A: 1:2\n')).toEqual({
      ok: true,
      headers: { 'Content-Type': 'application/json', 'X-A': '1:2' },
    });
    expect(parseHeaders('oops')).toEqual({
      ok: false,
      error: 'header line 1 should be "Name: value"',
    });
    expect(formatHeaders({ A: ['1', '2'] })).toBe('A: 1, 2');
  });
});

describe('isJsonText', () => {
  it('tells JSON bodies from form bodies', () => {
    expect(isJsonText('{"a":1}')).toBe(true);
    expect(isJsonText('Action=Publish&Version=2010-03-31')).toBe(false);
  });
});
