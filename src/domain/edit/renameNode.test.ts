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

  // Upstream-shaped design (examples/event-sources/webhook.yaml and examples/sensors/webhook.yaml):
  // comments before, on, inside, at the end of and after each renamed entry, for an EventSource event,
  // a Sensor dependency and a trigger. Every comment must survive, and only the renamed names change.
  const ES = `apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata:
  name: webhook
spec:
  webhook:
    # event-source can run multiple HTTP servers
    example: # the first server
      # port to run HTTP server on
      port: "12000"
      # endpoint to listen to
      endpoint: /example
      method: POST # only POST
      # end of example
    # between the events
    other:
      port: "13000"
      endpoint: /other
      method: POST
    # after the last event
#    example-foo:
#      port: "12000"
`;
  const SENSOR = `apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata:
  name: webhook
spec:
  dependencies:
    # the first dependency
    - name: test-dep # listens to example
      # which event
      eventSourceName: webhook
      eventName: example
      # end of test-dep
    # between the dependencies
    - name: other-dep
      eventSourceName: webhook
      eventName: other
  triggers:
    # the first trigger
    - template:
        # its name
        name: webhook-workflow-trigger # renamed below
        # only when both arrive
        conditions: test-dep && other-dep
        log: {}
      # after the template
      parameters:
        - src:
            # the payload of test-dep
            dependencyName: test-dep
            dataKey: body
          dest: message
    # after the triggers
`;
  const comments = (t: string) =>
    t
      .split('\n')
      .filter((l) => l.includes('#'))
      .map((l) => l.slice(l.indexOf('#')));
  const files = [
    { path: 'event-sources/webhook.yaml', text: ES },
    { path: 'sensors/webhook.yaml', text: SENSOR },
  ];
  it.each([
    ['an EventSource event', 'event:/webhook#webhook%2Fexample', 'build', 2],
    ['a dependency', 'dependency:/webhook#test-dep', 'build-dep', 3],
    ['a trigger', 'trigger:/webhook#webhook-workflow-trigger', 'build-trigger', 1],
  ])(
    'renaming %s keeps every comment inside and around it (upstream webhook example shape)',
    (_what, id, name, changes) => {
      const r = renameNode(files, id, name);
      if (!r.ok) throw new Error(r.reason);
      r.files.forEach((f, i) => {
        expect(comments(f.text)).toEqual(comments(files[i]!.text));
        expect(f.text.split('\n')).toHaveLength(files[i]!.text.split('\n').length);
      });
      const changed = r.files.flatMap((f, i) => changedLines(files[i]!.text, f.text));
      expect(changed).toHaveLength(changes);
      for (const line of changed) expect(line).toContain(name);
    },
  );

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
