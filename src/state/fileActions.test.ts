import { describe, expect, it } from 'vitest';
import { createDesignerStore, undo, redo } from './createDesignerStore';
import { reduceDesign } from './reduceDesign';

const ES = (name: string) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata:\n  name: ${name}\nspec:\n  webhook:\n    a: {port: "1", endpoint: /a}\n`;
const repo = () => [
  { path: 'deploy/event-sources/aws-sns.yaml', text: ES('sns') },
  { path: 'deploy/sensors/aws-sns.yaml', text: '# empty\n' },
];
const paths = (s: { files: { path: string }[] }) => s.files.map((f) => f.path);

describe('file actions: rename, move and delete through dispatch, undoable', () => {
  it('renames a file as one undo step; its tab follows, and undo brings the old name back', () => {
    const store = createDesignerStore(repo());
    store.getState().setActiveFile('deploy/sensors/aws-sns.yaml');
    expect(
      store.getState().dispatch({
        type: 'renameFile',
        path: 'deploy/sensors/aws-sns.yaml',
        to: 'deploy/sensors/sns.yaml',
      }),
    ).toBe(true);
    expect(paths(store.getState())).toEqual([
      'deploy/event-sources/aws-sns.yaml',
      'deploy/sensors/sns.yaml',
    ]);
    expect(store.getState().activeFile).toBe('deploy/sensors/sns.yaml');
    expect(store.getState().openFiles).toEqual([
      'deploy/event-sources/aws-sns.yaml',
      'deploy/sensors/sns.yaml',
    ]);
    undo(store);
    expect(paths(store.getState())).toEqual(repo().map((f) => f.path));
    expect(store.getState().activeFile).toBe('deploy/sensors/aws-sns.yaml');
    expect(store.getState().openFiles).toContain('deploy/sensors/aws-sns.yaml');
    redo(store);
    expect(store.getState().activeFile).toBe('deploy/sensors/sns.yaml');
  });

  it('refuses a rename onto an existing path with a notice, and records nothing', () => {
    const store = createDesignerStore(repo());
    const ok = store.getState().dispatch({
      type: 'moveFile',
      path: 'deploy/sensors/aws-sns.yaml',
      folder: 'deploy/event-sources',
    });
    expect(ok).toBe(false);
    expect(store.getState().notice?.text).toBe(
      'deploy/event-sources/aws-sns.yaml already exists: choose another name',
    );
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(paths(store.getState())).toEqual(repo().map((f) => f.path));
  });

  it('deletes a file with its resources; undo restores it', () => {
    const store = createDesignerStore(repo());
    store.getState().dispatch({ type: 'deleteFile', path: 'deploy/event-sources/aws-sns.yaml' });
    expect(paths(store.getState())).toEqual(['deploy/sensors/aws-sns.yaml']);
    expect(store.getState().activeFile).toBe('deploy/sensors/aws-sns.yaml');
    expect(store.getState().goodAnalysis.graph.nodes).toHaveLength(0);
    undo(store);
    expect(store.getState().files).toEqual(repo());
    expect(store.getState().goodAnalysis.graph.nodes.length).toBeGreaterThan(0);
  });

  it('the reducer leaves an unchanged design untouched (a rename to the same path)', () => {
    const doc = { files: repo(), positions: {}, scenarios: [], savedEvents: [] };
    const r = reduceDesign(doc, {
      type: 'renameFile',
      path: doc.files[0]!.path,
      to: doc.files[0]!.path,
    });
    expect(r).toEqual({ ok: true, doc });
  });
});

describe('the YAML panel follows the selection across files', () => {
  it('selecting a node in another file shows that file; a file chosen by hand afterwards stays', () => {
    const files = [
      { path: 'event-sources/a.yaml', text: ES('a') },
      { path: 'event-sources/b.yaml', text: ES('b') },
    ];
    const store = createDesignerStore(files);
    store.getState().selectNode('eventSource:/b');
    expect(store.getState().activeFile).toBe('event-sources/b.yaml');
    expect(store.getState().openFiles).toEqual(['event-sources/a.yaml', 'event-sources/b.yaml']);
    store.getState().setActiveFile('event-sources/a.yaml');
    store.getState().select(['eventSource:/b']);
    expect(store.getState().activeFile).toBe('event-sources/a.yaml');
    store.getState().closeFile('event-sources/a.yaml');
    expect(store.getState().activeFile).toBe('event-sources/b.yaml');
    expect(store.getState().openFiles).toEqual(['event-sources/b.yaml']);
  });
});

describe('new resources go to a file the user sees and chooses', () => {
  it('in a design of several files, by default to a file of their own in the export layout, shown at once', () => {
    const store = createDesignerStore(repo());
    store.getState().dispatch({ type: 'addEventSource', sourceType: 'calendar' });
    expect(paths(store.getState())).toContain('deploy/event-sources/calendar.yaml');
    expect(store.getState().activeFile).toBe('deploy/event-sources/calendar.yaml');
    expect(store.getState().openFiles).toContain('deploy/event-sources/calendar.yaml');
  });

  it('to the selected node’s file when one is selected', () => {
    const store = createDesignerStore(repo());
    store.getState().selectNode('eventSource:/sns');
    store.getState().dispatch({ type: 'addTrigger', triggerType: 'log' });
    expect(paths(store.getState())).toEqual(repo().map((f) => f.path));
    expect(store.getState().files[0]!.text).toContain('kind: Sensor');
    expect(store.getState().activeFile).toBe('deploy/event-sources/aws-sns.yaml');
  });

  it('to the file the user chose, and in a one-file design to that file', () => {
    const store = createDesignerStore(repo());
    store.getState().setAddTarget({ file: 'deploy/sensors/aws-sns.yaml' });
    store.getState().dispatch({ type: 'addEventBus', busKind: 'jetstream' });
    expect(store.getState().files[1]!.text).toContain('kind: EventBus');
    const one = createDesignerStore([{ path: 'design.yaml', text: '' }]);
    one.getState().dispatch({ type: 'addEventSource', sourceType: 'webhook' });
    expect(paths(one.getState())).toEqual(['design.yaml']);
  });

  it('a Sensor’s new trigger stays in the Sensor, wherever new resources go', () => {
    const store = createDesignerStore(repo());
    store.getState().setAddTarget('own-file');
    store.getState().dispatch({ type: 'addTrigger', triggerType: 'log' });
    store.getState().dispatch({
      type: 'addTrigger',
      triggerType: 'log',
      sensor: { name: 'sensor', namespace: '' },
    });
    expect(paths(store.getState())).toEqual([
      ...repo().map((f) => f.path),
      'deploy/sensors/sensor.yaml',
    ]);
  });
});
