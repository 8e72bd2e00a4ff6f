import type { DesignerStore } from '../../state/createDesignerStore';
import type { LayoutStore } from '../../state/layoutStore';
import type { SimulationController } from '../../state/simulationController';
import { currentSimState, type SimulationStore } from '../../state/simulationStore';
import { selectGraph } from '../../state/selectors';
import { testEventRequest } from './composerDraft';

/**
 * "Send a test event" from the inspector or a node's menu: the simulator opens, the event's sample
 * goes through at once, and the composer shows what was sent.
 */
export function sendTestEvent(
  key: string,
  stores: {
    designer: DesignerStore;
    sim: SimulationStore;
    layout: LayoutStore;
    controller: SimulationController;
  },
): void {
  const st = currentSimState(stores.sim.getState());
  const made = testEventRequest(
    selectGraph(stores.designer.getState()),
    key,
    typeof st === 'number' ? st : st.nowMs,
  );
  stores.layout.getState().showBottomTab('simulator');
  stores.sim.getState().chooseEvent(key, made?.draft);
  if (made) void stores.controller.run([made.request]);
}
