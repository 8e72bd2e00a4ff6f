import { describe, expect, it } from 'vitest';
import { addEventSource, addTrigger, connectEventToSensor } from '../domain/edit/designEdits';
import { createDesignerStore, redo, undo } from './createDesignerStore';

const fresh = () => createDesignerStore([{ path: 'design.yaml', text: '' }]);

describe('designer store history', () => {
  it('makes each edit one undo step and undoes and redoes them in order', () => {
    const store = fresh();
    store.getState().applyEdit((f) => addEventSource(f, 'webhook'));
    store.getState().applyEdit((f) => addTrigger(f, 'log'));
    store
      .getState()
      .applyEdit((f) =>
        connectEventToSensor(f, 'event:/webhook#webhook%2Fexample', 'sensor:/sensor'),
      );
    expect(store.temporal.getState().pastStates).toHaveLength(3);
    undo(store);
    expect(store.getState().files[0]?.text).not.toContain('webhook-example');
    undo(store);
    undo(store);
    expect(store.getState().files[0]?.text).toBe('');
    redo(store);
    expect(store.getState().files[0]?.text).toContain('kind: EventSource');
  });

  it('does not record selection, notices or refused edits', () => {
    const store = fresh();
    store.getState().selectNode('eventSource:/x');
    store.getState().showNotice('hello');
    expect(store.getState().applyEdit(() => ({ ok: false, reason: 'nope' }))).toBe(false);
    expect(store.getState().notice?.text).toBe('nope');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('records a drag as one step however many nodes moved', () => {
    const store = fresh();
    store.getState().moveNodes({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 } });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    undo(store);
    expect(store.getState().positions).toEqual({});
  });

  it('keeps the last good design while the YAML does not parse', () => {
    const store = fresh();
    store.getState().applyEdit((f) => addEventSource(f, 'webhook'));
    const good = store.getState().files;
    store.getState().setFileText('design.yaml', 'kind: [broken');
    expect(store.getState().lastGood).toBe(good);
    undo(store);
    expect(store.getState().files).toBe(good);
  });

  it('loading a design clears history', () => {
    const store = fresh();
    store.getState().applyEdit((f) => addEventSource(f, 'webhook'));
    store.getState().loadDesign({ files: [{ path: 'x.yaml', text: '' }], positions: {} });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.getState().activeFile).toBe('x.yaml');
  });
});
