import { describe, expect, it } from 'vitest';
import { listManifests, parseDesign, type DesignFile } from '../design/design';
import { isJsonObject } from '../manifest/jsonValue';
import { loadExampleFiles, seededRandom } from '../../test/exampleFiles';
import { wideMapping } from '../../test/bigDesigns';
import { setField } from './setField';
import { updateDocument } from './documentEdits';
import type { ValuePath } from '../validation/diagnostic';

/**
 * setField as it was before it edited only the field's place: the whole document copied, changed
 * and compared with its text. The place-only edit must give the very same text.
 */
function wholeDocumentSetField(
  files: DesignFile[],
  at: { fileIndex: number; documentIndex: number },
  path: ValuePath,
  value: unknown,
): DesignFile[] {
  return updateDocument(files, at, (v) => {
    let node: Record<string, unknown> | unknown[] = v;
    for (const seg of path.slice(0, -1)) {
      const next: unknown = Object.hasOwn(node, seg) ? Reflect.get(node, seg) : undefined;
      if (isJsonObject(next) || Array.isArray(next)) node = next;
      else {
        const created = {};
        Object.defineProperty(node, seg, {
          value: created,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        node = created;
      }
    }
    const last = path.at(-1)!;
    if (value === undefined && Array.isArray(node) && typeof last === 'number')
      node.splice(last, 1);
    else if (value === undefined) Reflect.deleteProperty(node, last);
    else
      Object.defineProperty(node, last, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return v;
  });
}

/** Every path to a value in `v` (mappings and lists too), up to `limit`. */
function pathsIn(
  v: unknown,
  limit: number,
  prefix: ValuePath = [],
  out: ValuePath[] = [],
): ValuePath[] {
  if (out.length >= limit) return out;
  if (prefix.length > 0) out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => pathsIn(x, limit, [...prefix, i], out));
  else if (isJsonObject(v))
    for (const [k, x] of Object.entries(v)) pathsIn(x, limit, [...prefix, k], out);
  return out;
}

describe('setField edits the text only where the field is', () => {
  it('gives the same text as a whole-document edit, on every upstream example', () => {
    const random = seededRandom(7);
    const values: unknown[] = [
      'changed',
      42,
      true,
      null,
      { a: 1, b: ['x'] },
      ['p', 'q'],
      'two\nlines',
      undefined,
    ];
    let checked = 0;
    for (const example of loadExampleFiles()) {
      const files = [{ path: example.path, text: example.text }];
      for (const m of listManifests(parseDesign(files))) {
        const resource = { kind: m.kind, name: m.name, namespace: m.namespace ?? '' };
        const paths = pathsIn(m.value, 400);
        // Existing places, new keys under existing ones, and new branches.
        const wanted = [
          ...paths,
          ...paths
            .filter((p) => typeof p.at(-1) === 'string')
            .map((p) => [...p.slice(0, -1), 'newKey']),
          ...paths.slice(0, 20).map((p) => [...p, 'deeper', 'still']),
          ['spec', 'brandNew', 'field'],
        ];
        for (const path of wanted) {
          const value = values[Math.floor(random() * values.length)];
          const place = setField(files, resource, path, value);
          const whole = wholeDocumentSetField(files, m, path, value);
          expect(place.ok).toBe(true);
          if (place.ok)
            expect(place.files[0]!.text, `${example.path} ${path.join('.')}`).toBe(whole[0]!.text);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  it('keeps comments, anchors and keys named like object members', () => {
    const text = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: EventSource',
      'metadata:',
      '  name: hooks # the name',
      'spec:',
      '  webhook:',
      '    __proto__: &port {port: "12000", endpoint: /a}',
      '    constructor: *port',
      '    # before b',
      '    toString:',
      '      port: "12000" # keep',
      '      endpoint: /b',
      '',
    ].join('\n');
    const files = [{ path: 'a.yaml', text }];
    const res = { kind: 'EventSource', name: 'hooks', namespace: '' };
    for (const [path, value] of [
      [['spec', 'webhook', 'toString', 'endpoint'], '/c'],
      [['spec', 'webhook', '__proto__', 'endpoint'], '/d'],
      [['spec', 'webhook', 'constructor', 'method'], 'POST'],
      [['spec', 'webhook', 'hasOwnProperty', 'port'], '1'],
      [['spec', 'webhook', 'toString', 'port'], undefined],
    ] as [ValuePath, unknown][]) {
      const place = setField(files, res, path, value);
      const whole = wholeDocumentSetField(files, { fileIndex: 0, documentIndex: 0 }, path, value);
      expect(place.ok && place.files[0]!.text).toBe(whole[0]!.text);
      expect(place.ok && place.files[0]!.text).toContain('# before b');
    }
  });

  it('gives back the very same files when the field already holds the value', () => {
    const files = [
      {
        path: 'a.yaml',
        text: 'apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata:\n  name: a\nspec:\n  x: 1\n',
      },
    ];
    const res = setField(
      files,
      { kind: 'EventSource', name: 'a', namespace: '' },
      ['spec', 'x'],
      1,
    );
    expect(res.ok && res.files).toBe(files);
  });

  it('changes one key of an 80,000-key mapping without comparing the others', () => {
    const files = [{ path: 'wide.yaml', text: wideMapping(80_000) }];
    const res = setField(
      files,
      { kind: 'EventSource', name: 'wide', namespace: '' },
      ['spec', 'webhook', 'example', 'metadata', 'key-5'],
      'changed',
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const before = files[0]!.text.split('\n');
    const after = res.files[0]!.text.split('\n');
    expect(after.length).toBe(before.length);
    const changed = after.filter((l, i) => l !== before[i]);
    expect(changed).toEqual([expect.stringMatching(/key-5: changed$/)]);
  });
});
