import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renameNode } from './renameNode';
import { patchDocument } from '../yaml/patchDocument';
import { parseManifests } from '../yaml/parseManifests';

const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  return after.split('\n').filter((l, i) => l !== a[i]);
};

describe('renames keep the comments of what they rename', () => {
  it('renaming the upstream webhook example changes its key line and nothing else', () => {
    const text = readFileSync(
      join(
        import.meta.dirname,
        '../../../third_party/argo-events/examples/event-sources/webhook.yaml',
      ),
      'utf8',
    );
    const r = renameNode([{ path: 'w.yaml', text }], 'event:/webhook#webhook%2Fexample', 'build');
    if (!r.ok) throw new Error(r.reason);
    expect(changedLines(text, r.files[0]!.text)).toEqual(['    build:']);
    expect(r.files[0]!.text.split('\n')).toHaveLength(text.split('\n').length);
  });

  it('a key renamed together with a change of its value keeps the comments that still apply', () => {
    const text = 'a:\n  # about one\n  one: 1 # trailing\n  two: 2\n';
    const parsed = parseManifests(text);
    const out = patchDocument(parsed, 0, { a: { uno: 1, two: 3 } });
    expect(out).toBe('a:\n  # about one\n  uno: 1 # trailing\n  two: 3\n');
  });

  it('a key that needs quotes is written quoted', () => {
    const out = patchDocument(parseManifests('events:\n  a: 1\n'), 0, { events: { 'x: y': 1 } });
    expect(parseManifests(out).documents[0]!.value).toEqual({ events: { 'x: y': 1 } });
  });
});

describe('names that are also Object.prototype properties are names like any other', () => {
  const source = [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: EventSource',
    'metadata:',
    '  name: hooks',
    'spec:',
    '  webhook:',
    '    example:',
    '      port: "12000"',
    '      endpoint: /example',
    '      method: POST',
    '',
  ].join('\n');

  it('renaming an event to constructor or toString is no clash', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty']) {
      const r = renameNode(
        [{ path: 'h.yaml', text: source }],
        'event:/hooks#webhook%2Fexample',
        name,
      );
      if (!r.ok) throw new Error(r.reason);
      expect(parseManifests(r.files[0]!.text).documents[0]!.value).toMatchObject({
        spec: { webhook: { [name]: { endpoint: '/example' } } },
      });
    }
  });

  it('renaming to the name of another event of the source is refused', () => {
    const text = source.replace('    example:', '    other:\n      port: "13000"\n    example:');
    const r = renameNode([{ path: 'h.yaml', text }], 'event:/hooks#webhook%2Fexample', 'other');
    expect(r).toEqual({ ok: false, reason: 'EventSource hooks already has an event named other' });
  });
});
