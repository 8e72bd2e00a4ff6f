import { describe, expect, it } from 'vitest';
import { deepEqual, isPlainObject } from '../../lib/deepEqual';
import { loadExampleFiles, seededRandom } from '../../test/exampleFiles';
import { parseManifests } from './parseManifests';
import { patchDocument } from './patchDocument';

function edit(text: string, index: number, change: (v: Record<string, unknown>) => void): string {
  const file = parseManifests(text);
  const value = structuredClone(file.documents[index]!.value) as Record<string, unknown>;
  change(value);
  const out = patchDocument(file, index, value);
  const again = parseManifests(out);
  expect(again.documents[index]!.value).toEqual(value);
  return out;
}

const SENSOR = `# Sensor for the build pipeline
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata:
  name: build-sensor   # keep this comment
  labels: {team: "ci"}
spec:
  dependencies:
    - name: webhook-build
      eventSourceName: webhook
      eventName: build
  triggers:
    - template:
        name: trigger-workflow
        argoWorkflow:
          operation: submit
      parameters:
        - src:
            dependencyName: webhook-build
            dataKey: body.project
          dest: spec.arguments.parameters.0.value
---
apiVersion: v1
kind: ConfigMap # untouched
metadata: {name: cm}
`;

describe('patchDocument', () => {
  it('changes only the edited scalar, keeping comments and quoting', () => {
    const out = edit(SENSOR, 0, (v) => {
      (v.metadata as Record<string, unknown>).name = 'deploy-sensor';
    });
    expect(out).toBe(SENSOR.replace('name: build-sensor', 'name: deploy-sensor'));
  });

  it('keeps double quotes of the scalar it replaces', () => {
    const out = edit(SENSOR, 0, (v) => {
      ((v.metadata as Record<string, unknown>).labels as Record<string, unknown>).team = 'cd';
    });
    expect(out).toBe(SENSOR.replace('{team: "ci"}', '{team: "cd"}'));
  });

  it('adds a key after its predecessor at the map indentation', () => {
    const out = edit(SENSOR, 0, (v) => {
      const deps = (v.spec as { dependencies: Record<string, unknown>[] }).dependencies;
      deps[0]!.filters = { data: [{ path: 'body.branch', type: 'string', value: ['^main$'] }] };
    });
    expect(out).toContain(
      '      eventName: build\n      filters:\n        data:\n          - path: body.branch\n            type: string\n            value:\n              - ^main$\n  triggers:',
    );
  });

  it('deletes a key with its line and nothing else', () => {
    const out = edit(SENSOR, 0, (v) => {
      delete (
        (v.spec as { triggers: { parameters?: unknown }[] }).triggers[0] as { parameters?: unknown }
      ).parameters;
    });
    expect(out).toBe(SENSOR.replace(/ {6}parameters:\n[\s\S]*?value\n/, ''));
  });

  it('appends and removes list items', () => {
    const added = edit(SENSOR, 0, (v) => {
      (v.spec as { dependencies: unknown[] }).dependencies.push({
        name: 'b',
        eventSourceName: 'x',
        eventName: 'y',
      });
    });
    expect(added).toContain(
      '      eventName: build\n    - name: b\n      eventSourceName: x\n      eventName: y\n  triggers:',
    );
    const removed = edit(added, 0, (v) => {
      (v.spec as { dependencies: unknown[] }).dependencies.shift();
    });
    expect(removed).toContain('  dependencies:\n    - name: b\n');
    expect(removed.startsWith('# Sensor for the build pipeline\n')).toBe(true);
  });

  it('leaves other documents byte for byte', () => {
    const out = edit(SENSOR, 0, (v) => {
      v.kind = 'Sensor';
      (v.spec as Record<string, unknown>).eventBusName = 'default';
    });
    expect(
      out.endsWith('---\napiVersion: v1\nkind: ConfigMap # untouched\nmetadata: {name: cm}\n'),
    ).toBe(true);
  });

  it('fills an empty value and replaces a scalar with a map', () => {
    const text = 'a:\nb: 1\n';
    const file = parseManifests(text);
    expect(patchDocument(file, 0, { a: { x: 1 }, b: { y: [1, 2] } })).toBe(
      'a:\n  x: 1\nb:\n  y:\n    - 1\n    - 2\n',
    );
  });

  it('replaces a document that does not parse as a whole', () => {
    const text = 'a: 1\n---\nb: [1\n';
    const out = patchDocument(parseManifests(text), 1, { b: 2 });
    expect(out).toBe('a: 1\n---\nb: 2\n');
  });
});

/** Collects JSON paths of a value, for picking random edit targets. */
function paths(
  v: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out));
  else if (isPlainObject(v)) for (const [k, x] of Object.entries(v)) paths(x, [...prefix, k], out);
  return out;
}

function getAt(v: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((acc, k) => (acc as Record<string | number, unknown>)[k], v);
}

describe('patchDocument on the example corpus (seeded random edits)', () => {
  const files = loadExampleFiles();
  it('has the whole corpus', () => expect(files.length).toBe(134));
  for (const file of files) {
    it(`edits ${file.path} losslessly`, () => {
      const rnd = seededRandom(file.path.length * 7919 + file.text.length);
      let text = file.text;
      for (let round = 0; round < 12; round++) {
        const parsed = parseManifests(text);
        const di = Math.floor(rnd() * parsed.documents.length);
        const doc = parsed.documents[di]!;
        if (!isPlainObject(doc.value)) continue;
        const next = structuredClone(doc.value);
        const all = paths(next).filter((p) => p.length > 0);
        if (all.length === 0) continue;
        const target = all[Math.floor(rnd() * all.length)]!;
        const parent = getAt(next, target.slice(0, -1)) as
          Record<string | number, unknown> | unknown[];
        const key = target[target.length - 1]!;
        const action = Math.floor(rnd() * 5);
        if (action === 0) (parent as Record<string | number, unknown>)[key] = `edited-${round}`;
        else if (action === 1) {
          if (Array.isArray(parent)) parent.splice(Number(key), 1);
          else delete (parent as Record<string, unknown>)[key];
        } else if (action === 2) {
          if (Array.isArray(parent))
            parent.splice(Number(key), 0, { added: round, list: ['x', 'y'] });
          else (parent as Record<string, unknown>)[`added${round}`] = { nested: { value: round } };
        } else if (action === 3)
          (parent as Record<string | number, unknown>)[key] = 'multi\nline\ntext';
        else (parent as Record<string | number, unknown>)[key] = [];
        const out = patchDocument(parsed, di, next);
        const re = parseManifests(out);
        expect(re.documents.length).toBe(parsed.documents.length);
        re.documents.forEach((d, i) => {
          expect(d.problems).toEqual([]);
          expect(deepEqual(d.value, i === di ? next : parsed.documents[i]!.value)).toBe(true);
        });
        // Lines far from the edit survive: at least the other documents' text is identical.
        parsed.documents.forEach((d, i) => {
          if (i === di) return;
          const before = text.slice(d.range[0], d.range[1]);
          expect(out.includes(before.replace(/^---\n/, ''))).toBe(true);
        });
        text = out;
      }
    });
  }
});
