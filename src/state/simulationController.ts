import type { SimInput } from '../engine/simulate/simInput';
import type { SimManifest } from '../engine/simulate/simDesign';
import type { Firing } from '../engine/trace';
import type { SimulationClient } from '../worker/simulationClient';
import type { DesignerState, DesignerStore } from './createDesignerStore';
import { selectSimManifests } from './selectors';
import {
  currentSimState,
  type LiveOrigin,
  type SimEntry,
  type SimulationStore,
} from './simulationStore';

/** One input for the simulator, and what to keep of it for the timeline (and a saved scenario). */
export interface SendRequest {
  input: SimInput;
  label: string;
  body?: unknown;
  headers?: Record<string, string>;
  method?: string;
  live?: LiveOrigin;
}

export interface SimulationController {
  /** Runs the inputs in the worker, one timeline entry each, in batches the page can draw between. */
  run(requests: readonly SendRequest[]): Promise<void>;
  /**
   * Re-checks the design's scenarios now and after each burst of edits, until the returned
   * function is called (the design closes). Calling it again after stopping starts again.
   */
  watch(): () => void;
}

/** Largest number of inputs recorded in one update: the timeline fills in as they come. */
const BATCH = 50;
/** How long after the last edit the design's scenarios run again. */
const RERUN_DELAY_MS = 500;

/**
 * The simulator of one open design, outside React: it runs inputs through the simulation client
 * and records the timeline, and re-runs the design's scenarios after edits (for the pass/fail
 * badge). Components ask it to run and render what the simulation store holds.
 */
export function createSimulationController(
  designer: DesignerStore,
  sim: SimulationStore,
  client: () => SimulationClient,
): SimulationController {
  const run = async (requests: readonly SendRequest[]) => {
    if (requests.length === 0) return;
    sim.getState().setRunning(true);
    try {
      const manifests = selectSimManifests(designer.getState());
      for (let i = 0; i < requests.length; i += BATCH) {
        let state = currentSimState(sim.getState());
        const entries: SimEntry[] = [];
        // One worker call per input keeps each entry's trace and state apart; a batch is one update.
        for (const r of requests.slice(i, i + BATCH)) {
          const result = await client().step(manifests, r.input, state);
          state = result.state;
          entries.push({
            seq: (sim.getState().entries.at(-1)?.seq ?? 0) + entries.length + 1,
            label: r.label,
            summary: result.summary,
            input: r.input,
            body: r.body,
            headers: r.headers,
            method: r.method,
            trace: result.trace,
            firings: result.firings,
            triggerSpecs: triggerSpecsOf(manifests, result.firings),
            outcomes: result.outcomes,
            counts: result.counts,
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

  let generation = 0;
  const checkScenarios = () => {
    const { scenarios } = designer.getState();
    const mine = ++generation;
    if (scenarios.length === 0) return sim.getState().setVerdicts(null);
    void client()
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
  const watch = () =>
    afterChanges(
      designer,
      (s, prev) => s.goodAnalysis !== prev.goodAnalysis || s.scenarios !== prev.scenarios,
      checkScenarios,
      RERUN_DELAY_MS,
    );
  return { run, watch };
}

/**
 * Runs `work` now, then again `delayMs` after the last of a burst of changes `changed` cares about
 * (typing re-checks once, not per key). Returns the function that stops it.
 */
export function afterChanges(
  designer: DesignerStore,
  changed: (s: DesignerState, prev: DesignerState) => boolean,
  work: () => void,
  delayMs: number,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  work();
  const unsubscribe = designer.subscribe((s, prev) => {
    if (!changed(s, prev)) return;
    clearTimeout(timer);
    timer = setTimeout(work, delayMs);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}

/**
 * Each firing's trigger type spec as it was when it fired (`sensor/trigger` → spec), so time
 * travel shows that mapping; a dead-letter trigger is found under the trigger it serves.
 */
function triggerSpecsOf(
  manifests: readonly SimManifest[],
  firings: readonly Firing[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of firings) {
    const sensor = manifests.find(
      (m) => m.kind === 'Sensor' && nameOf(m.value.metadata) === f.sensor,
    );
    const spec = sensor && isObject(sensor.value.spec) ? sensor.value.spec : {};
    const triggers = Array.isArray(spec.triggers) ? spec.triggers : [];
    for (const t of triggers) {
      const template = findTemplate(t, f.trigger);
      if (template) {
        out[`${f.sensor}/${f.trigger}`] = template[f.triggerType];
        break;
      }
    }
  }
  return out;
}

/** The template named `name`: the trigger's own, or one of its dead-letter triggers'. */
function findTemplate(trigger: unknown, name: string): Record<string, unknown> | null {
  for (let t = trigger; isObject(t); t = t.dlqTrigger) {
    if (isObject(t.template) && t.template.name === name) return t.template;
  }
  return null;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const nameOf = (meta: unknown): unknown => (isObject(meta) ? meta.name : undefined);
