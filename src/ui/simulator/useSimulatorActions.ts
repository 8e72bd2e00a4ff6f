import { useContext, useMemo } from 'react';
import { DesignerStoreContext } from '../../state/useDesignerStore';
import { selectSimManifests } from '../../state/selectors';
import { currentSimState, type LiveOrigin, type SimEntry } from '../../state/simulationStore';
import { useSimulationStore } from '../../state/useSimulation';
import { summarizeTrace, traceOutcomes } from '../../engine/simulate/outcomes';
import type { SimInput } from '../../engine/simulate/simInput';
import { simulationClient } from './simulation';
import type { SimManifest } from '../../engine/simulate/simDesign';
import type { Firing } from '../../engine/trace';

export interface SendRequest {
  input: SimInput;
  label: string;
  body?: unknown;
  headers?: Record<string, string>;
  method?: string;
  live?: LiveOrigin;
}

/** Largest number of inputs sent to the worker in one message: the timeline fills in as they come. */
const BATCH = 50;

/** Sends inputs through the worker one batch at a time and records one timeline entry per input. */
export function useSimulatorActions() {
  const designer = useContext(DesignerStoreContext);
  const sim = useSimulationStore();
  return useMemo(() => {
    const run = async (requests: SendRequest[]) => {
      if (!designer || requests.length === 0) return;
      sim.getState().setRunning(true);
      try {
        const manifests = selectSimManifests(designer.getState());
        for (let i = 0; i < requests.length; i += BATCH) {
          const batch = requests.slice(i, i + BATCH);
          let state = currentSimState(sim.getState());
          const entries: SimEntry[] = [];
          // One worker call per input keeps each entry's trace and state apart; the batch is one UI update.
          for (const r of batch) {
            const result = await simulationClient().run(manifests, [r.input], state);
            state = result.state;
            entries.push({
              seq: (sim.getState().entries.at(-1)?.seq ?? 0) + entries.length + 1,
              label: r.label,
              summary: summarizeTrace(result.trace),
              input: r.input,
              body: r.body,
              headers: r.headers,
              method: r.method,
              trace: result.trace,
              firings: result.firings,
              triggerSpecs: triggerSpecsOf(manifests, result.firings),
              outcomes: traceOutcomes(result.trace),
              state: result.state,
              ...(r.live ? { live: r.live } : {}),
            });
          }
          sim.getState().record(entries);
        }
        sim.getState().setRunning(false);
      } catch (e) {
        sim.getState().setRunning(false, e instanceof Error ? e.message : String(e));
      }
    };
    return { run };
  }, [designer, sim]);
}

/** Each fired trigger's type spec from the manifests that ran. */
function triggerSpecsOf(
  manifests: readonly SimManifest[],
  firings: readonly Firing[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of firings) {
    const sensor = manifests.find(
      (m) =>
        m.kind === 'Sensor' &&
        (m.value as { metadata?: { name?: unknown } }).metadata?.name === f.sensor,
    );
    const triggers = ((sensor?.value as { spec?: { triggers?: unknown } } | undefined)?.spec
      ?.triggers ?? []) as { template?: Record<string, unknown> }[];
    out[`${f.sensor}/${f.trigger}`] = triggers.find((t) => t.template?.name === f.trigger)
      ?.template?.[f.triggerType];
  }
  return out;
}
