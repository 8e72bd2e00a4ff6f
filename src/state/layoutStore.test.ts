import { describe, expect, it } from 'vitest';
import {
  createLayoutStore,
  isShown,
  readSaved,
  togglePanel,
  type LayoutStorage,
} from './layoutStore';

function memory(initial?: string): LayoutStorage & { text: () => string | null } {
  let value: string | null = initial ?? null;
  return {
    getItem: () => value,
    setItem: (_k, v) => void (value = v),
    text: () => value,
  };
}

const NONE = { palette: false, side: false, inspector: false, yaml: false, bottom: false };

describe('layout store', () => {
  it('remembers sizes, hidden panels and the bottom tab across a reload', () => {
    const storage = memory();
    const a = createLayoutStore(storage);
    a.getState().saveGroup('columns', { 'pane-palette': 20, 'pane-canvas': 45, 'pane-side': 35 });
    a.getState().toggle('bottom');
    a.getState().showBottomTab('simulator');
    const b = createLayoutStore(storage).getState();
    expect(b.groups.columns).toEqual({ 'pane-palette': 20, 'pane-canvas': 45, 'pane-side': 35 });
    expect(b.collapsed.bottom).toBe(true);
    expect(b.bottomTab).toBe('simulator');
  });

  it('drops a damaged or foreign saved layout instead of trusting it', () => {
    expect(readSaved(memory('not json'))).toEqual({});
    expect(readSaved(memory('null'))).toEqual({});
    const saved = readSaved(
      memory(
        JSON.stringify({
          groups: {
            columns: { a: 'wide' },
            rows: { x: 150 },
            side: { i: 40, y: 60 },
            other: { a: 1 },
          },
          collapsed: { palette: 'yes', inspector: true, yaml: true },
        }),
      ),
    );
    expect(Object.keys(saved.groups ?? {})).toEqual(['side']);
    expect(saved.collapsed).toEqual({ ...NONE, inspector: true });
  });

  it('keeps panel ids such as __proto__ and toString as plain keys', () => {
    const saved = readSaved(memory('{"groups":{"rows":{"__proto__":50,"toString":50}}}'));
    expect(Object.keys(saved.groups?.rows ?? {})).toEqual(['__proto__', 'toString']);
    expect(saved.groups?.rows?.['__proto__']).toBe(50);
  });
});

describe('togglePanel', () => {
  it('hides and shows the palette and the bottom panel', () => {
    expect(togglePanel(NONE, 'palette')).toEqual({ ...NONE, palette: true });
    expect(togglePanel({ ...NONE, bottom: true }, 'bottom')).toEqual(NONE);
  });

  it('hides the side column rather than leave it with both halves hidden', () => {
    const noInspector = togglePanel(NONE, 'inspector');
    expect(noInspector).toEqual({ ...NONE, inspector: true });
    const neither = togglePanel(noInspector, 'yaml');
    expect(neither.side).toBe(true);
    expect(isShown(neither, 'yaml')).toBe(false);
    expect(isShown(neither, 'inspector')).toBe(false);
    // Showing one brings back the column with that one only.
    const yamlOnly = togglePanel(neither, 'yaml');
    expect(isShown(yamlOnly, 'yaml')).toBe(true);
    expect(isShown(yamlOnly, 'inspector')).toBe(false);
  });
});
