import { JqResults } from '../jq/jq';
import type { Firing, TraceEvent } from '../trace';
import type { SimDesign } from './simDesign';
import type { SimInput } from './simInput';
import { initialSimState, type SimState } from './simState';
import { step } from './step';
import { asRecord, copyJson } from '../../lib/jsonValue';

export interface ScenarioResult {
  state: SimState;
  trace: TraceEvent[];
  firings: Firing[];
}

function usesJq(design: SimDesign): boolean {
  return design.sensors.some((s) =>
    s.dependencies.some((d) => typeof asRecord(d.transform)?.jq === 'string'),
  );
}

/**
 * Folds `step` over inputs. jq transforms run asynchronously (WebAssembly), so when the design has
 * any, each step is first run dry to learn which jq results it needs, those are computed, and the
 * step runs again with them: `step` itself stays pure and synchronous.
 */
export interface RunHooks {
  /** Called before each jq program runs: the one piece of work with no step limit (a watchdog names it). */
  beforeJq?: (program: string) => void;
  /** Called before each input is processed, with its index: a watchdog's time budget is per step. */
  beforeStep?: (index: number) => void;
}

export async function runScenario(
  design: SimDesign,
  inputs: readonly SimInput[],
  start: SimState | number,
  hooks: RunHooks = {},
  /**
   * The caller hands `start` over and will not read it again (a stream going on from its own
   * last state), so it is updated in place instead of copied: copying the triggers' seen-event ids
   * before every step of a burst made the burst quadratic.
   */
  owned = false,
): Promise<ScenarioResult> {
  // The scenario owns a private copy of the state, so each step may update it in place.
  let state = typeof start === 'number' ? initialSimState(start) : owned ? start : copyJson(start);
  const trace: TraceEvent[] = [];
  const firings: Firing[] = [];
  const jq = usesJq(design) ? new JqResults() : null;
  for (const [index, input] of inputs.entries()) {
    hooks.beforeStep?.(index);
    if (jq) {
      const wanted: [string, string][] = [];
      step(design, state, input, {
        jq: (program, data) =>
          jq.lookup(program, data) ?? (wanted.push([program, data]), undefined),
      });
      for (const [program, data] of wanted) {
        hooks.beforeJq?.(program);
        await jq.compute(program, data);
      }
    }
    const r = step(design, state, input, jq ? { jq: jq.lookup, inPlace: true } : { inPlace: true });
    state = r.state;
    trace.push(...r.trace);
    firings.push(...r.firings);
  }
  return { state, trace, firings };
}
