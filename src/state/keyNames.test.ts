// Issue 23 "names that are object keys" in the app's state: the store's actions, a stored design
// record and lesson progress treat `__proto__`, `constructor`, `toString` and `hasOwnProperty` as
// names like any other (each run next to a control word of the same shape, see src/test/keyNames).
import { describe, expect, it } from 'vitest';
import { createDesignerStore } from './createDesignerStore';
import { readDesignRecord } from './designRecord';
import { readProgress, recordProgress } from './lessonProgress';
import { manifestsToGraph } from '../domain/graph/manifestsToGraph';
import { parseDesign } from '../domain/design/design';
import { readScenario } from '../domain/scenario/scenario';
import { asWord, keyNameBody, keyNameDesign, KEY_NAMES } from '../test/keyNames';

const memory = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  };
};

/** Every kind of action, on every node, with the word as the name; the state after each. */
function storeRun(w: string) {
  const files = [{ path: 'd.yaml', text: keyNameDesign(w) }];
  const ids = manifestsToGraph(parseDesign(files)).nodes.map((n) => n.id);
  const store = createDesignerStore(files);
  const { dispatch } = store.getState();
  const log: unknown[] = [];
  const snap = () => {
    const s = store.getState();
    log.push({
      files: s.files,
      positions: s.positions,
      scenarios: s.scenarios,
      savedEvents: s.savedEvents,
      nodes: s.analysis.graph.nodes.map((n) => n.id),
      findings: s.analysis.diagnostics.map((d) => [d.code, d.message]),
      notice: s.notice?.text ?? null,
    });
  };
  dispatch({
    type: 'moveNodes',
    positions: Object.fromEntries(ids.map((id, i) => [id, { x: i, y: i }])),
  });
  snap();
  for (const id of ids) {
    dispatch({ type: 'renameNode', id, name: `${w}-2` });
    dispatch({ type: 'duplicateNode', id });
  }
  snap();
  dispatch({
    type: 'setField',
    resource: { kind: 'EventSource', name: w, namespace: w },
    path: ['spec', 'webhook', w, 'filter'],
    value: { expression: `body.${w} == "${w}"` },
  });
  dispatch({ type: 'addEventSource', sourceType: w });
  dispatch({ type: 'addTrigger', triggerType: w });
  snap();
  dispatch({
    type: 'setScenarios',
    scenarios: [{ name: w, start: '2026-01-01T09:00:00Z', steps: [], expect: [] }],
  });
  dispatch({
    type: 'setSavedEvents',
    events: [{ name: w, event: `${w}/${w}`, body: keyNameBody(w), headers: `${w}: ${w}` }],
  });
  dispatch({
    type: 'setFileText',
    path: 'd.yaml',
    text: keyNameDesign(w).replace('eventBusName', 'x'),
  });
  snap();
  return log;
}

describe.each(KEY_NAMES)('%s as a name in the app state behaves like %s', (word, control) => {
  it("the designer store's actions (move, rename, duplicate, setField, add, scenarios, saved events, text)", () => {
    expect(JSON.parse(JSON.stringify(storeRun(word)))).toEqual(
      asWord(storeRun(control), word, control),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a stored design record keeps node positions, scenarios and saved events of that name', () => {
    const scenario = { name: word, start: '2026-01-01T09:00:00Z', steps: [], expect: [] };
    const raw = JSON.parse(
      JSON.stringify({
        version: 2,
        name: word,
        files: [{ path: `${word}.yaml`, text: keyNameDesign(word) }],
        positions: {
          [word]: { x: 1, y: 2 },
          [`event:${word}/${word}#webhook%2F${word}`]: { x: 3, y: 4 },
        },
        revision: 1,
        updatedAt: 5,
        scenarios: [scenario],
        savedEvents: [{ name: word, event: `${word}/${word}`, body: '{}', headers: '' }],
        lesson: word,
      }),
    ) as unknown;
    const r = readDesignRecord(word, raw);
    expect(r?.repaired).toEqual([]);
    expect(Object.keys(r!.design.positions)).toEqual([
      word,
      `event:${word}/${word}#webhook%2F${word}`,
    ]);
    expect(Object.getOwnPropertyDescriptor(r!.design.positions, word)?.value).toEqual({
      x: 1,
      y: 2,
    });
    expect(Object.getPrototypeOf(r!.design.positions)).not.toEqual({ x: 1, y: 2 });
    expect(r!.design.scenarios).toEqual([readScenario(scenario, () => {})]);
    expect(r!.design.savedEvents?.[0]?.name).toBe(word);
    // A record without positions has none of that name (nothing inherited is read as a position).
    const bare = readDesignRecord(word, { version: 2, files: [], revision: 1 });
    expect(Object.hasOwn(bare!.design.positions, word)).toBe(false);
  });

  it('lesson progress is kept per lesson id, and a lesson never started has none', () => {
    const s = memory();
    expect(readProgress(s)[word]).toBeUndefined();
    recordProgress(s, word, { designId: 'd1', passed: 1, total: 2 });
    recordProgress(s, 'other', { designId: 'd2', passed: 2, total: 2 });
    const all = readProgress(s);
    expect(Object.keys(all).sort()).toEqual([word, 'other'].sort());
    expect(all[word]).toEqual({ designId: 'd1', passed: 1, total: 2 });
    recordProgress(s, word, { designId: 'd1', passed: 2, total: 2 });
    expect(readProgress(s)[word]?.passed).toBe(2);
  });
});
