import type { SimInput } from '../engine/simulate/simInput';
import type { SimulationClient } from '../worker/simulationClient';
import type { DesignerState, DesignerStore } from './createDesignerStore';
import { selectSimManifestsInput } from './selectors';
import {
  currentSimState,
  MAX_ENTRIES,
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

/** Runs `work` in a task of its own, `delayMs` from now (0: soon). */
export type TaskScheduler = (work: () => void, delayMs: number) => void;

// Not a requestAnimationFrame callback: there the timeline's update shared its task with the frame's
// style, layout and paint, and on a busy machine the two together passed 50 ms; apart, each stays
// well under. Chunks that come before the task runs are still taken in one update.
const inTask: TaskScheduler = (work, delayMs) => void setTimeout(work, delayMs);

/**
 * The timeline takes in what came at most this often: each update redraws the rows, badges and
 * summary whatever it brings, and a burst's chunks come 20–40 times a second (10 is smooth enough to
 * watch, and the page's work per second is a third of that). The first step shows at once.
 */
export const RECORD_EVERY_MS = 100;

/**
 * The simulator of one open design, outside React: it runs inputs through the simulation client
 * and records the timeline, and re-runs the design's scenarios after edits (for the pass/fail
 * badge). Components ask it to run and render what the simulation store holds.
 */
export function createSimulationController(
  designer: DesignerStore,
  sim: SimulationStore,
  client: () => SimulationClient,
  schedule: TaskScheduler = inTask,
  now: () => number = () => performance.now(),
): SimulationController {
  const run = async (requests: readonly SendRequest[]) => {
    if (requests.length === 0) return;
    sim.getState().setRunning(true);
    const manifests = selectSimManifestsInput(designer.getState());
    // Steps stream in from the worker a chunk at a time; the timeline takes what has come in a task
    // after the message's, so a 10,000-event burst is many short tasks, never one long one.
    let buffered: SimEntry[] = [];
    let done = 0;
    let flushing = false;
    let recorded = -Infinity;
    const flush = () => {
      flushing = false;
      if (buffered.length === 0) return;
      recorded = now();
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
              outcomes: result.outcomes,
              counts: result.counts,
              fired: result.fired,
              failed: result.failed,
              nowMs: result.nowMs,
              ...(result.detail === undefined ? {} : { detail: result.detail }),
              ...(result.resume === undefined ? {} : { resume: result.resume }),
              ...(r.live ? { live: r.live } : {}),
            });
          }
          if (!flushing) {
            flushing = true;
            schedule(flush, Math.max(0, recorded + RECORD_EVERY_MS - now()));
          }
        },
        // The timeline keeps no more; older steps come without their details.
        MAX_ENTRIES,
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
      .check(selectSimManifestsInput(designer.getState()), scenarios)
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
