import { useContext, useRef, useState, type KeyboardEvent } from 'react';
import { filterPalette, paletteAction, type PaletteItem } from './paletteItems';
import { DesignerStoreContext } from '../../state/useDesignerStore';

export const PALETTE_MIME = 'application/x-eventflow-palette';

const NOUN: Record<PaletteItem['kind'], string> = {
  eventSource: 'EventSource',
  eventBus: 'EventBus',
  sensor: '',
  trigger: 'trigger',
};

const GROUPS = ['EventSources', 'EventBus', 'Sensors', 'Triggers'] as const;

/**
 * Searchable list of everything that can be added; click or Enter adds, dragging drops it on the
 * canvas. The palette is one Tab stop: the search field; Arrow Down moves into the list, where the
 * arrows, Home and End move (roving focus), Enter adds, and typing goes back to the search.
 */
export function Palette() {
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const designer = useContext(DesignerStoreContext);
  const add = (item: PaletteItem) =>
    designer?.getState().dispatch(paletteAction(item, designer.getState().selection.primary));
  const items = filterPalette(query);
  // The list in the order it is shown (grouped), which is the order the arrows walk.
  const shown = GROUPS.flatMap((g) => items.filter((i) => i.group === g));
  const focusItem = (i: number) => {
    const at = Math.max(0, Math.min(i, shown.length - 1));
    setCurrent(at);
    list.current?.querySelectorAll<HTMLElement>('.palette-item')[at]?.focus();
  };
  const onListKey = (e: KeyboardEvent, i: number) => {
    if (e.key === 'ArrowDown') focusItem(i + 1);
    else if (e.key === 'ArrowUp') {
      if (i === 0) search.current?.focus();
      else focusItem(i - 1);
    } else if (e.key === 'Home') focusItem(0);
    else if (e.key === 'End') focusItem(shown.length - 1);
    else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Typing on an item searches: the key lands in the search field.
      search.current?.focus();
      return;
    } else return;
    e.preventDefault();
  };
  let index = 0;
  return (
    <aside className="palette" aria-label="Palette">
      <input
        ref={search}
        className="palette-search"
        type="search"
        placeholder="Search sources, buses, sensors, triggers"
        aria-label="Search the palette"
        aria-description="Arrow Down moves into the list; Enter adds the item."
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setCurrent(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && shown.length) {
            e.preventDefault();
            focusItem(Math.min(current, shown.length - 1));
          } else if (e.key === 'Enter' && query && shown[0]) {
            e.preventDefault();
            add(shown[0]);
          }
        }}
      />
      {/* Not a Tab stop of its own either (Chromium makes a scroller focusable when nothing in it is). */}
      <div className="palette-list" ref={list} tabIndex={-1}>
        {GROUPS.map((g) => {
          const inGroup = items.filter((i) => i.group === g);
          if (inGroup.length === 0) return null;
          return (
            <section key={g} aria-label={g}>
              <h3>{g}</h3>
              <ul>
                {inGroup.map((item) => {
                  const i = index++;
                  return (
                    <li key={item.id}>
                      <button
                        type="button"
                        className="palette-item"
                        data-testid={`palette.item.${item.kind}.${item.type}`}
                        aria-label={`Add ${item.label}${NOUN[item.kind] ? ` ${NOUN[item.kind]}` : ''}`}
                        title={item.description}
                        // One Tab stop for the whole palette (the search field); arrows move here.
                        tabIndex={-1}
                        draggable
                        onDragStart={(e) => {
                          e.dataTransfer.setData(PALETTE_MIME, item.id);
                          e.dataTransfer.effectAllowed = 'copy';
                        }}
                        onFocus={() => setCurrent(i)}
                        onKeyDown={(e) => onListKey(e, i)}
                        onClick={() => add(item)}
                      >
                        <span className="palette-item-label">{item.label}</span>
                        <span className="palette-item-description">{item.description}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
        {items.length === 0 && <p className="palette-empty">Nothing matches “{query}”.</p>}
      </div>
    </aside>
  );
}
