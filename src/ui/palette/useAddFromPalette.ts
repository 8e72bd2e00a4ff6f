import { useContext } from 'react';
import { parseNodeId } from '../../domain/graph/ids';
import { addEventBus, addEventSource, addTrigger } from '../../domain/edit/designEdits';
import { DesignerStoreContext } from '../../state/useDesignerStore';
import type { PaletteItem } from './paletteItems';
import type { XY } from '../../state/createDesignerStore';

/** Adds a palette item: a trigger goes into the selected Sensor if there is one, else into a new Sensor. */
export function useAddFromPalette(): (item: PaletteItem, at?: XY) => void {
  const store = useContext(DesignerStoreContext);
  return (item, at) => {
    if (!store) return;
    const s = store.getState();
    const selected = s.selectedNodeId ? parseNodeId(s.selectedNodeId) : null;
    const sensor =
      selected &&
      (selected.kind === 'sensor' || selected.kind === 'dependency' || selected.kind === 'trigger')
        ? selected
        : null;
    const ok = s.applyEdit((files) =>
      item.kind === 'eventSource'
        ? addEventSource(files, item.type)
        : item.kind === 'eventBus'
          ? addEventBus(files, item.type)
          : addTrigger(files, item.type, sensor?.name, sensor?.namespace ?? ''),
    );
    const placed = store.getState().selectedNodeId;
    if (ok && at && placed && !sensor) {
      // A dropped trigger arrives inside a new Sensor: place the Sensor where it was dropped.
      const id = placed.startsWith('trigger:')
        ? placed.replace(/^trigger:/, 'sensor:').replace(/#.*$/, '')
        : placed;
      store.temporal.getState().pause();
      store.getState().moveNodes({ [id]: at });
      store.temporal.getState().resume();
    }
  };
}
