import { useSimulationController } from '../../state/useSimulation';

export type { SendRequest } from '../../state/simulationController';

/** The simulator's actions for components: `run` (the controller in `src/state` does the work). */
export function useSimulatorActions() {
  return useSimulationController();
}
