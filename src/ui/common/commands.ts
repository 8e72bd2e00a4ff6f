import { redo, undo, type DesignerStore } from '../../state/createDesignerStore';
import { elkLayout } from '../canvas/elkLayout';
import { selectGraph } from '../../state/selectors';
import { bundleText } from '../../domain/design/bundleText';
import { downloadFile, fileBase } from './download';
import { designText } from '../../state/designLibrary';
import { requestCanvas } from '../canvas/canvasRequests';
import { parseNodeId, resourceNodeId } from '../../domain/graph/ids';

/** A named action the toolbar, the keyboard, the command palette and tests all run the same way. */
export interface Command {
  id: string;
  title: string;
  shortcut?: string;
  run: (store: DesignerStore) => void | Promise<void>;
}

/** The selected nodes, or a notice saying there are none. */
const selected = (store: DesignerStore): readonly string[] | null => {
  const { ids } = store.getState().selection;
  if (ids.length === 0) store.getState().showNotice('select a node first');
  return ids.length ? ids : null;
};

/** Every command of the designer, in the order the palette lists them. */
export const COMMANDS: readonly Command[] = [
  { id: 'designer:undo', title: 'Undo', shortcut: 'Ctrl+Z', run: (s) => undo(s) },
  { id: 'designer:redo', title: 'Redo', shortcut: 'Ctrl+Shift+Z', run: (s) => redo(s) },
  {
    id: 'designer:auto-layout',
    title: 'Auto-layout the canvas',
    shortcut: 'Ctrl+Shift+L',
    run: async (s) => {
      const positions = await elkLayout(selectGraph(s.getState()));
      if (s.getState().dispatch({ type: 'moveNodes', positions })) requestCanvas({ type: 'fit' });
    },
  },
  {
    id: 'designer:go-to-resource',
    title: 'Go to resource…',
    shortcut: 'Ctrl+F',
    run: () => requestCanvas({ type: 'goTo' }),
  },
  {
    id: 'designer:fit-view',
    title: 'Fit the whole design in view',
    run: () => requestCanvas({ type: 'fit' }),
  },
  {
    id: 'designer:add-dependency',
    title: 'Add a dependency to the selected Sensor…',
    run: (s) => {
      const id = s.getState().selection.primary;
      const sensor = id ? resourceNodeId(id) : null;
      if (sensor && parseNodeId(sensor)?.kind === 'sensor')
        requestCanvas({ type: 'addDependency', sensorId: sensor });
      else s.getState().showNotice('select a Sensor first');
    },
  },
  {
    id: 'designer:delete-selection',
    title: 'Delete the selected nodes',
    shortcut: 'Delete',
    run: (s) => {
      const ids = selected(s);
      if (ids) s.getState().dispatch({ type: 'deleteNodes', ids });
    },
  },
  {
    id: 'designer:duplicate-selection',
    title: 'Duplicate the selected node',
    shortcut: 'Ctrl+D',
    run: (s) => {
      const id = selected(s) && s.getState().selection.primary;
      if (id) s.getState().dispatch({ type: 'duplicateNode', id });
    },
  },
  {
    id: 'design:download',
    title: 'Download the design as YAML',
    shortcut: 'Ctrl+S',
    run: (s) => downloadDesign(s),
  },
  {
    id: 'designer:clear-positions',
    title: 'Reset node positions to the automatic layout',
    run: (s) => void s.getState().dispatch({ type: 'resetPositions' }),
  },
];

export function findCommand(id: string): Command | undefined {
  return COMMANDS.find((c) => c.id === id);
}

/** Saves the design as one multi-document YAML file; what was downloaded is the new baseline for the close warning. */
function downloadDesign(store: DesignerStore): void {
  const { files, design } = store.getState();
  downloadFile(`${fileBase(design?.name ?? 'design')}.yaml`, bundleText(files), 'application/yaml');
  store.getState().dispatch({ type: 'setDesignMeta', patch: { baseline: designText(files) } });
}
