import { useContext, useState } from 'react';
import { filterPalette, paletteAction, type PaletteItem } from './paletteItems';
import { DesignerStoreContext } from '../../state/useDesignerStore';

export const PALETTE_MIME = 'application/x-eventflow-palette';

const NOUN: Record<PaletteItem['kind'], string> = {
  eventSource: 'EventSource',
  eventBus: 'EventBus',
  trigger: 'trigger',
};

/** Searchable list of everything that can be added; click or Enter adds, dragging drops it on the canvas. */
export function Palette() {
  const [query, setQuery] = useState('');
  const designer = useContext(DesignerStoreContext);
  const add = (item: PaletteItem) =>
    designer?.getState().dispatch(paletteAction(item, designer.getState().selection.primary));
  const items = filterPalette(query);
  const groups = ['EventSources', 'EventBus', 'Triggers'] as const;
  return (
    <aside className="palette" aria-label="Palette">
      <input
        className="palette-search"
        type="search"
        placeholder="Search sources, buses, triggers"
        aria-label="Search the palette"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="palette-list">
        {groups.map((g) => {
          const inGroup = items.filter((i) => i.group === g);
          if (inGroup.length === 0) return null;
          return (
            <section key={g} aria-label={g}>
              <h3>{g}</h3>
              <ul>
                {inGroup.map((item) => (
                  <li key={item.id}>
                    <button
                      type="button"
                      className="palette-item"
                      data-testid={`palette.item.${item.kind}.${item.type}`}
                      aria-label={`Add ${item.label} ${NOUN[item.kind]}`}
                      title={item.description}
                      draggable
                      onDragStart={(e) => {
                        e.dataTransfer.setData(PALETTE_MIME, item.id);
                        e.dataTransfer.effectAllowed = 'copy';
                      }}
                      onClick={() => add(item)}
                    >
                      <span className="palette-item-label">{item.label}</span>
                      <span className="palette-item-description">{item.description}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
        {items.length === 0 && <p className="palette-empty">Nothing matches “{query}”.</p>}
      </div>
    </aside>
  );
}
