import { describe, expect, it } from 'vitest';
import { parseDesign } from '../design/design';
import { validateDesign } from '../validation/validate';
import {
  addEventBus,
  addEventSource,
  addTrigger,
  connectBus,
  connectDependencyToTrigger,
  connectEventToSensor,
  deleteNode,
  dropTerm,
} from './designEdits';
import { renameNode } from './renameNode';
import type { DesignFile } from '../design/design';

const ok = (r: ReturnType<typeof addEventSource>): DesignFile[] => {
  if (!r.ok) throw new Error(r.reason);
  return r.files;
};
const errorsOf = (files: DesignFile[]) =>
  validateDesign(parseDesign(files))
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.code} ${d.message}`);

describe('building the hands-on pipeline from nothing with edits', () => {
  it('palette adds, wiring and renames give a valid design', () => {
    let files: DesignFile[] = [{ path: 'design.yaml', text: '' }];
    files = ok(addEventBus(files, 'jetstream'));
    files = ok(addEventSource(files, 'webhook'));
    files = ok(renameNode(files, 'eventSource:/webhook', 'webhook'));
    files = ok(renameNode(files, 'event:/webhook#webhook%2Fexample', 'build'));
    files = ok(addTrigger(files, 'argoWorkflow'));
    files = ok(renameNode(files, 'sensor:/sensor', 'build-sensor'));
    files = ok(
      connectEventToSensor(files, 'event:/webhook#webhook%2Fbuild', 'sensor:/build-sensor'),
    );
    files = ok(renameNode(files, 'dependency:/build-sensor#webhook-build', 'webhook-build'));
    expect(errorsOf(files)).toEqual([]);
    const text = files[0]?.text ?? '';
    expect(text).toContain('kind: EventBus');
    expect(text).toContain('    build:\n');
    expect(text).toMatch(/- name: webhook-build\n\s+eventSourceName: webhook\n\s+eventName: build/);
  });
});

describe('wiring', () => {
  const base = (): DesignFile[] => {
    let f: DesignFile[] = [{ path: 'd.yaml', text: '' }];
    f = ok(addEventSource(f, 'webhook'));
    f = ok(addTrigger(f, 'log'));
    f = ok(addTrigger(f, 'http', 'sensor'));
    f = ok(connectEventToSensor(f, 'event:/webhook#webhook%2Fexample', 'sensor:/sensor'));
    return f;
  };

  it('refuses a second dependency on the same event, with a reason', () => {
    const r = connectEventToSensor(base(), 'event:/webhook#webhook%2Fexample', 'sensor:/sensor');
    expect(r).toEqual({ ok: false, reason: 'sensor already depends on webhook/example' });
  });

  it("adds a dependency to a trigger's conditions", () => {
    let f = base();
    f = ok(addEventSource(f, 'github'));
    f = ok(connectEventToSensor(f, 'event:/github#github%2Fexample', 'sensor:/sensor'));
    // Without conditions a trigger already uses every dependency.
    expect(
      connectDependencyToTrigger(
        f,
        'dependency:/sensor#github-example',
        'trigger:/sensor#log-trigger',
      ),
    ).toEqual({ ok: false, reason: 'log-trigger already uses github-example' });
    f = f.map((x) => ({
      ...x,
      text: x.text.replace(
        'name: log-trigger\n',
        'name: log-trigger\n        conditions: webhook-example\n',
      ),
    }));
    f = ok(
      connectDependencyToTrigger(
        f,
        'dependency:/sensor#github-example',
        'trigger:/sensor#log-trigger',
      ),
    );
    expect(f[0]?.text).toContain('conditions: webhook-example && github-example');
  });

  it('refuses a dependency of another sensor', () => {
    const r = connectDependencyToTrigger(
      base(),
      'dependency:/other#x',
      'trigger:/sensor#log-trigger',
    );
    expect(r.ok).toBe(false);
  });

  it('sets eventBusName, and leaves it out for default', () => {
    let f = base();
    f = ok(addEventBus(f, 'jetstream'));
    f = ok(addEventBus(f, 'kafka'));
    f = ok(connectBus(f, 'eventBus:/default-2', 'sensor:/sensor'));
    expect(f[0]?.text).toContain('eventBusName: default-2');
    f = ok(connectBus(f, 'eventBus:/default', 'sensor:/sensor'));
    expect(f[0]?.text).not.toContain('eventBusName');
  });
});

describe('rename follows references', () => {
  it('renaming a dependency updates conditions and parameters', () => {
    const text = `apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata: {name: s}
spec:
  dependencies:
    - name: dep-a
      eventSourceName: e
      eventName: x
    - name: b
      eventSourceName: e
      eventName: y
  triggers:
    - template:
        name: t
        conditions: "dep_a || b"
        http:
          url: http://x
          payload:
            - src: {dependencyName: dep-a, dataKey: body}
              dest: a
      parameters:
        - src: {dependencyName: dep-a, dataKey: body.u}
          dest: http.url
`;
    const r = renameNode([{ path: 's.yaml', text }], 'dependency:/s#dep-a', 'first');
    const out = r.ok ? r.files[0]?.text : '';
    expect(out).toContain('conditions: "first || b"');
    expect(out).toContain('- src: {dependencyName: first, dataKey: body}');
    expect(out).toContain('- src: {dependencyName: first, dataKey: body.u}');
  });

  it('renaming an EventSource or an event updates dependencies; names are checked', () => {
    let f: DesignFile[] = [{ path: 'd.yaml', text: '' }];
    f = ok(addEventSource(f, 'webhook'));
    f = ok(addTrigger(f, 'log'));
    f = ok(connectEventToSensor(f, 'event:/webhook#webhook%2Fexample', 'sensor:/sensor'));
    f = ok(renameNode(f, 'eventSource:/webhook', 'hooks'));
    f = ok(renameNode(f, 'event:/hooks#webhook%2Fexample', 'push'));
    expect(f[0]?.text).toMatch(/eventSourceName: hooks\n\s+eventName: push/);
    expect(renameNode(f, 'eventSource:/hooks', 'Bad Name').ok).toBe(false);
  });
});

describe('delete', () => {
  it('removes a dependency and its condition terms, and whole resources', () => {
    expect(dropTerm('(a && b) || c', 'b')).toBe('(a) || c');
    expect(dropTerm('a && b', 'a')).toBe('b');
    let f: DesignFile[] = [{ path: 'd.yaml', text: '' }];
    f = ok(addEventSource(f, 'webhook'));
    f = ok(addTrigger(f, 'log'));
    f = ok(connectEventToSensor(f, 'event:/webhook#webhook%2Fexample', 'sensor:/sensor'));
    f = ok(deleteNode(f, 'dependency:/sensor#webhook-example'));
    expect(f[0]?.text).not.toContain('webhook-example');
    f = ok(deleteNode(f, 'eventSource:/webhook'));
    expect(f[0]?.text).not.toContain('kind: EventSource');
    expect(parseDesign(f)[0]?.parsed.documents.every((d) => d.problems.length === 0)).toBe(true);
  });
});

describe('duplicate', () => {
  it('copies resources, events, dependencies and triggers under unique names', async () => {
    const { duplicateNode } = await import('./duplicateNode');
    let f: DesignFile[] = [{ path: 'd.yaml', text: '' }];
    f = ok(addEventSource(f, 'webhook'));
    f = ok(addTrigger(f, 'log'));
    f = ok(connectEventToSensor(f, 'event:/webhook#webhook%2Fexample', 'sensor:/sensor'));
    f = ok(duplicateNode(f, 'eventSource:/webhook'));
    f = ok(duplicateNode(f, 'event:/webhook#webhook%2Fexample'));
    f = ok(duplicateNode(f, 'dependency:/sensor#webhook-example'));
    f = ok(duplicateNode(f, 'trigger:/sensor#log-trigger'));
    const text = f[0]?.text ?? '';
    expect(text).toContain('name: webhook-copy');
    expect(text).toContain('example-copy:');
    expect(text).toContain('- name: webhook-example-copy');
    expect(text).toContain('name: log-trigger-copy');
  });
});
