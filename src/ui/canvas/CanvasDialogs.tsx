import { useContext, useEffect, useState } from 'react';
import { DesignerStoreContext } from '../../state/useDesignerStore';
import { selectGraph } from '../../state/selectors';
import { KIND_LABEL } from '../../domain/graph/kindLabels';
import { parseNodeId } from '../../domain/graph/ids';
import { onCanvasRequest, requestCanvas } from './canvasRequests';
import { PickerDialog } from './PickerDialog';
import { dependencyOptions, goToOptions } from './pickerOptions';

type Open = { type: 'goTo' } | { type: 'addDependency'; sensorId: string } | null;

/** The canvas's own dialogs: "Go to resource" and "Add dependency…", opened by canvas requests. */
export function CanvasDialogs() {
  const designer = useContext(DesignerStoreContext)!;
  const [open, setOpen] = useState<Open>(null);
  useEffect(
    () =>
      onCanvasRequest((r) => {
        if (r.type === 'goTo') setOpen({ type: 'goTo' });
        if (r.type === 'addDependency') setOpen({ type: 'addDependency', sensorId: r.sensorId });
      }),
    [],
  );
  if (!open) return null;
  const close = () => setOpen(null);
  const graph = selectGraph(designer.getState());
  if (open.type === 'goTo')
    return (
      <PickerDialog
        title="Go to resource"
        placeholder="Name of a resource, event, dependency or trigger"
        options={goToOptions(graph)}
        empty="Nothing in the design matches."
        onPick={(id) => requestCanvas({ type: 'focus', id })}
        onClose={close}
      />
    );
  const sensor = parseNodeId(open.sensorId);
  return (
    <PickerDialog
      title={`Add a dependency to ${KIND_LABEL.sensor} ${sensor?.name ?? ''}`}
      placeholder="EventSource/event"
      options={dependencyOptions(graph, open.sensorId)}
      empty="No EventSource event matches: add an EventSource first."
      onPick={(eventId) =>
        designer.getState().dispatch({ type: 'connect', source: eventId, target: open.sensorId })
      }
      onClose={close}
    />
  );
}
