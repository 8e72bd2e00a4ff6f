import { describe, expect, it } from 'vitest';
import { createDesignerStore, redo, undo } from './createDesignerStore';
import type { Scenario } from '../domain/scenario/scenario';
import { manyResources } from '../test/bigDesigns';

const fresh = () => createDesignerStore([{ path: 'design.yaml', text: '' }]);
const scenario = (name: string): Scenario => ({
  name,
  start: '2026-01-01T09:00:00Z',
  steps: [],
  expect: [],
});

describe('designer store: every change is a typed action with its history policy', () => {
  it('makes each edit one undo step and undoes and redoes them in order', () => {
    const store = fresh();
    const { dispatch } = store.getState();
    dispatch({ type: 'addEventSource', sourceType: 'webhook' });
    dispatch({ type: 'addTrigger', triggerType: 'log' });
    dispatch({
      type: 'connect',
      source: 'event:/webhook#webhook%2Fexample',
      target: 'sensor:/sensor',
    });
    expect(store.temporal.getState().pastStates).toHaveLength(3);
    undo(store);
    expect(store.getState().files[0]?.text).not.toContain('webhook-example');
    undo(store);
    undo(store);
    expect(store.getState().files[0]?.text).toBe('');
    redo(store);
    expect(store.getState().files[0]?.text).toContain('kind: EventSource');
  });

  it('selects what an edit created, and records neither selection, notices nor refusals', () => {
    const store = fresh();
    store.getState().dispatch({ type: 'addEventSource', sourceType: 'webhook' });
    expect(store.getState().selection).toEqual({
      ids: ['eventSource:/webhook'],
      primary: 'eventSource:/webhook',
    });
    store.temporal.getState().clear();
    store.getState().selectNode('eventSource:/x');
    store.getState().showNotice('hello');
    expect(store.getState().dispatch({ type: 'connect', source: 'x', target: 'y' })).toBe(false);
    expect(store.getState().notice?.text).toBe('that connection does not mean anything');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('refuses every design change of a read-only design once, in one place', () => {
    const store = createDesignerStore([{ path: 'a.yaml', text: '' }], {}, null, [], true);
    for (const ok of [
      store.getState().dispatch({ type: 'addEventSource', sourceType: 'webhook' }),
      store.getState().dispatch({ type: 'setFileText', path: 'a.yaml', text: 'x: 1\n' }),
      store.getState().dispatch({ type: 'moveNodes', positions: { a: { x: 1, y: 1 } } }),
      store.getState().dispatch({ type: 'setScenarios', scenarios: [scenario('s')] }),
    ])
      expect(ok).toBe(false);
    expect(store.getState().notice?.text).toMatch(/read-only/);
    expect(store.getState().files[0]?.text).toBe('');
  });

  it('records a drag as one step however many nodes moved', () => {
    const store = fresh();
    store
      .getState()
      .dispatch({ type: 'moveNodes', positions: { a: { x: 1, y: 2 }, b: { x: 3, y: 4 } } });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    undo(store);
    expect(store.getState().positions).toEqual({});
  });

  it('a node dropped from the palette lands where it was dropped, in the same undo step', () => {
    const store = fresh();
    store.getState().dispatch({ type: 'addTrigger', triggerType: 'log', at: { x: 300, y: 40 } });
    expect(store.getState().positions).toEqual({ 'sensor:/sensor': { x: 300, y: 40 } });
    expect(store.getState().selectedNodeId).toBe('trigger:/sensor#log-trigger');
    undo(store);
    expect(store.getState().positions).toEqual({});
    expect(store.getState().files[0]?.text).toBe('');
  });

  it('deletes every selected node as one step', () => {
    const store = fresh();
    const { dispatch } = store.getState();
    dispatch({ type: 'addEventSource', sourceType: 'webhook' });
    dispatch({ type: 'addEventSource', sourceType: 'calendar' });
    store.getState().select(['eventSource:/webhook', 'eventSource:/calendar']);
    dispatch({ type: 'deleteNodes', ids: store.getState().selection.ids });
    expect(store.getState().files[0]?.text.trim()).toBe('');
    expect(store.getState().selection.ids).toEqual([]);
    undo(store);
    expect(store.getState().files[0]?.text).toContain('name: calendar');
  });

  it('keeps the last good design while the YAML does not parse', () => {
    const store = fresh();
    store.getState().dispatch({ type: 'addEventSource', sourceType: 'webhook' });
    const good = store.getState().files;
    store.getState().dispatch({ type: 'setFileText', path: 'design.yaml', text: 'kind: [broken' });
    expect(store.getState().lastGood).toBe(good);
    undo(store);
    expect(store.getState().files).toBe(good);
  });

  it('undoing an import that replaced the design brings back its files and its scenarios', () => {
    const store = createDesignerStore([{ path: 'mine.yaml', text: 'a: 1\n' }], {}, null, [
      scenario('mine'),
    ]);
    store.getState().dispatch({
      type: 'replaceDesign',
      files: [{ path: 'theirs.yaml', text: 'b: 2\n' }],
      scenarios: [scenario('theirs')],
    });
    expect(store.getState().activeFile).toBe('theirs.yaml');
    undo(store);
    expect(store.getState().files).toEqual([{ path: 'mine.yaml', text: 'a: 1\n' }]);
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(['mine']);
    expect(store.getState().activeFile).toBe('mine.yaml');
  });

  it('merging an import adds files under new paths and scenarios under new names', () => {
    const store = createDesignerStore([{ path: 'a.yaml', text: 'a: 1\n' }], {}, null, [
      scenario('s'),
    ]);
    store.getState().dispatch({
      type: 'mergeDesign',
      files: [{ path: 'a.yaml', text: 'b: 2\n' }],
      scenarios: [scenario('s'), scenario('t')],
    });
    expect(store.getState().files.map((f) => f.path)).toEqual(['a.yaml', 'a-2.yaml']);
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(['s', 't']);
  });

  it('removing a scenario or a saved event is undoable', () => {
    const store = createDesignerStore([{ path: 'a.yaml', text: '' }], {}, null, [scenario('s')]);
    store.getState().dispatch({ type: 'setScenarios', scenarios: [] });
    store.getState().dispatch({
      type: 'setSavedEvents',
      events: [{ name: 'e', event: 'a/b', body: '{}', headers: '' }],
    });
    undo(store);
    expect(store.getState().savedEvents).toEqual([]);
    undo(store);
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(['s']);
  });

  it('design metadata (a save’s revision) is never an undo step', () => {
    const store = createDesignerStore(
      [{ path: 'a.yaml', text: '' }],
      {},
      {
        id: 'd',
        name: 'D',
        revision: 1,
        baseline: '',
      },
    );
    store.getState().dispatch({ type: 'setDesignMeta', patch: { revision: 2 } });
    expect(store.getState().design?.revision).toBe(2);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('a merge policy folds an action into the step before', () => {
    const store = fresh();
    store.getState().dispatch({ type: 'addEventSource', sourceType: 'webhook' });
    store
      .getState()
      .dispatch(
        { type: 'moveNodes', positions: { 'eventSource:/webhook': { x: 5, y: 5 } } },
        'merge',
      );
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    undo(store);
    expect(store.getState().positions).toEqual({});
    expect(store.getState().files[0]?.text).toBe('');
  });

  it('selection: Ctrl+click adds and removes, the last picked is the primary', () => {
    const store = fresh();
    store.getState().selectNode('a');
    store.getState().toggleSelected('b');
    expect(store.getState().selection).toEqual({ ids: ['a', 'b'], primary: 'b' });
    store.getState().toggleSelected('b');
    expect(store.getState().selection).toEqual({ ids: ['a'], primary: 'a' });
    expect(store.getState().selectedNodeId).toBe('a');
  });

  it('loading a design clears history', () => {
    const store = fresh();
    store.getState().dispatch({ type: 'addEventSource', sourceType: 'webhook' });
    store.getState().loadDesign({ files: [{ path: 'x.yaml', text: '' }], positions: {} });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.getState().activeFile).toBe('x.yaml');
  });
});

describe('big designs are read off the page', () => {
  const big = () => manyResources(2_000);

  it('reads a big design in the background with progress, then shows it', async () => {
    const store = createDesignerStore(big());
    // The page answers at once; the analysis follows.
    expect(store.getState().reading).toEqual({ done: 0, total: 5 });
    expect(store.getState().goodAnalysis.graph.nodes).toEqual([]);
    await waitFor(() => store.getState().reading === null);
    expect(store.getState().goodAnalysis.graph.nodes.length).toBeGreaterThan(2_000);
    expect(store.getState().lastGood).toBe(store.getState().files);
  });

  it('stopping keeps the text open and says the canvas is not current; reading again finishes', async () => {
    const store = createDesignerStore(big());
    store.getState().stopReading();
    expect(store.getState()).toMatchObject({ reading: null, readingStopped: true });
    await new Promise((r) => setTimeout(r, 50));
    expect(store.getState().goodAnalysis.graph.nodes).toEqual([]);
    store.getState().reanalyze();
    await waitFor(() => store.getState().reading === null);
    expect(store.getState().readingStopped).toBe(false);
    expect(store.getState().goodAnalysis.graph.nodes.length).toBeGreaterThan(2_000);
  });

  it('an edit made while reading replaces the reading under way', async () => {
    const store = createDesignerStore(big());
    store.getState().dispatch({
      type: 'setFileText',
      path: 'resources-0.yaml',
      text: `${store.getState().files[0]!.text}# edited\n`,
    });
    await waitFor(() => store.getState().reading === null);
    expect(store.getState().lastGood[0]!.text).toMatch(/# edited\n$/);
  });
});

async function waitFor(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(ok()).toBe(true);
}
