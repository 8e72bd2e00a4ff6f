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
  /** Runs the inputs in the worker, one timeline entry each, streamed in as the worker makes them. */
  run(requests: readonly SendRequest[]): Promise<void>;
  /**
   * Re-checks the design's scenarios now and after each burst of edits, until the returned
   * function is called (the design closes). Calling it again after stopping starts again.
   */
  watch(): () => void;
}

/** How long after the last edit the design's scenarios run again. */
const RERUN_DELAY_MS = 500;

/** Runs `work` before the next frame is drawn (or soon, where there are no frames). */
export type FrameScheduler = (work: () => void) => void;

const nextFrame: FrameScheduler = (work) =>
  typeof requestAnimationFrame === 'function'
    ? void requestAnimationFrame(() => work())
    : void setTimeout(work, 16);

/**
 * The simulator of one open design, outside React: it runs inputs through the simulation client
 * and records the timeline, and re-runs the design's scenarios after edits (for the pass/fail
 * badge). Components ask it to run and render what the simulation store holds.
 */
export function createSimulationController(
  designer: DesignerStore,
  sim: SimulationStore,
  client: () => SimulationClient,
  schedule: FrameScheduler = nextFrame,
): SimulationController {
  const run = async (requests: readonly SendRequest[]) => {
    if (requests.length === 0) return;
    sim.getState().setRunning(true);
    const manifests = selectSimManifests(designer.getState());
    // Steps stream in from the worker a chunk at a time; the timeline takes what has come once per
    // frame, so a 10,000-event burst is many short tasks, never one long one.
    let buffered: SimEntry[] = [];
    let done = 0;
    let flushing = false;
    const flush = () => {
      flushing = false;
      if (buffered.length === 0) return;
      const last = sim.getState().entries.at(-1)?.seq ?? 0;
      sim.getState().record(buffered.map((e, i) => ({ ...e, seq: last + i + 1 })));
      buffered = [];
    };
    try {
      await client().stream(
        manifests,
        requests.map((r) => r.input),
        currentSimState(sim.getState()),
        (steps) => {
          for (const result of steps) {
            const r = requests[done++]!;
            buffered.push({
              seq: 0,
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
          if (!flushing) {
            flushing = true;
            schedule(flush);
          }
        },
      );
      flush();
      sim.getState().setRunning(false);
    } catch (e) {
      flush();
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
