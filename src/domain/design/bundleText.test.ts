import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { bundleText } from './bundleText';

describe('bundleText', () => {
  it('keeps a single file byte for byte', () => {
    const text = '# comment\nkind: Sensor  \n';
    expect(bundleText([{ path: 'a.yaml', text }])).toBe(text);
  });

  it('joins several files into documents that parse back to the same values', () => {
    const out = bundleText([
      { path: 'a.yaml', text: '---\nkind: EventBus' },
      { path: 'b.yaml', text: 'kind: Sensor\n---\nkind: EventSource\n' },
      { path: 'empty.yaml', text: '\n' },
    ]);
    expect(parseAllDocuments(out).map((d) => d.toJS())).toEqual([
      { kind: 'EventBus' },
      { kind: 'Sensor' },
      { kind: 'EventSource' },
    ]);
  });
});
