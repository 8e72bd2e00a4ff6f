import { deleteNode, type EditResult } from '../domain/edit/designEdits';
import { duplicateNode } from '../domain/edit/duplicateNode';
import { redo, undo, type DesignerStore } from '../state/createDesignerStore';
import { elkLayout } from '../ui/canvas/elkLayout';
import { derivedGraph } from '../state/selectors';
import { bundleText } from '../domain/design/bundleText';
import { downloadFile, fileBase } from '../ui/common/download';
import { designText } from '../state/designLibrary';

/** A named action the toolbar, the keyboard, the command palette and tests all run the same way. */
export interface Command {
  id: string;
  title: string;
  shortcut?: string;
  run: (store: DesignerStore) => void | Promise<void>;
}

const onSelection = (
  store: DesignerStore,
  edit: (id: string) => (files: Parameters<typeof deleteNode>[0]) => EditResult,
) => {
  const id = store.getState().selectedNodeId;
  if (!id) store.getState().showNotice('select a node first');
  else store.getState().applyEdit(edit(id));
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
      const positions = await elkLayout(derivedGraph(s.getState()));
      s.getState().moveNodes(positions);
    },
  },
  {
    id: 'designer:delete-selection',
    title: 'Delete the selected node',
    shortcut: 'Delete',
    run: (s) => onSelection(s, (id) => (f) => deleteNode(f, id)),
  },
  {
    id: 'designer:duplicate-selection',
    title: 'Duplicate the selected node',
    shortcut: 'Ctrl+D',
    run: (s) => onSelection(s, (id) => (f) => duplicateNode(f, id)),
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
    run: (s) => s.getState().resetPositions(),
  },
];

export function findCommand(id: string): Command | undefined {
  return COMMANDS.find((c) => c.id === id);
}

/** Saves the design as one multi-document YAML file; what was downloaded is the new baseline for the close warning. */
function downloadDesign(store: DesignerStore): void {
  const { files, design } = store.getState();
  downloadFile(`${fileBase(design?.name ?? 'design')}.yaml`, bundleText(files), 'application/yaml');
  store.getState().setDesignMeta({ baseline: designText(files) });
}
