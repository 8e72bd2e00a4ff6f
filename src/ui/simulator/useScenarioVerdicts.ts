import { useContext, useEffect } from 'react';
import { DesignerStoreContext } from '../../state/useDesignerStore';
import { selectSimManifests } from '../../state/selectors';
import { useSimulationStore } from '../../state/useSimulation';
import { simulationClient } from './simulation';
import { afterDesignEdits } from './afterDesignEdits';

const RERUN_DELAY_MS = 500;

/** Re-runs the design's scenarios in the worker shortly after every edit, for the pass/fail badge. */
export function useScenarioVerdicts(): void {
  const designer = useContext(DesignerStoreContext);
  const sim = useSimulationStore();
  useEffect(() => {
    if (!designer) return;
    let generation = 0;
    const check = () => {
      const { scenarios } = designer.getState();
      const mine = ++generation;
      if (scenarios.length === 0) return sim.getState().setVerdicts(null);
      void simulationClient()
        .check(selectSimManifests(designer.getState()), scenarios)
        .then(
          (v) => mine === generation && sim.getState().setVerdicts(v),
          (e: Error) =>
            mine === generation &&
            sim
              .getState()
              .setVerdicts(
                scenarios.map((s) => ({ name: s.name, pass: false, failures: [e.message] })),
              ),
        );
    };
    return afterDesignEdits(
      designer,
      (s, prev) => s.lastGood !== prev.lastGood || s.scenarios !== prev.scenarios,
      check,
      RERUN_DELAY_MS,
    );
  }, [designer, sim]);
}
