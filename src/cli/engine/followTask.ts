import { emptyTriggerState } from '../../engine/conditions/triggerState';
import { JqResults } from '../../engine/jq/jq';
import type { RunHooks } from '../../engine/simulate/runScenario';
import {
  compileSimDesign,
  type SimDesign,
  type SimManifest,
} from '../../engine/simulate/simDesign';
import type { SimInput } from '../../engine/simulate/simInput';
import { initialSimState, type SimState } from '../../engine/simulate/simState';
import { step } from '../../engine/simulate/step';
import type { Firing, TraceEvent } from '../../engine/trace';
import { asRecord } from '../../lib/jsonValue';

/** What `tap` gets back for each live event: the trace, and what each trigger holds now. */
export interface FollowResult {
  trace: TraceEvent[];
  firings: Firing[];
  /** The state with the held events only: enough to start again from (redelivery ids aside). */
  held: SimState;
}

interface Session {
  key: string;
  design: SimDesign;
  state: SimState;
  usesJq: boolean;
}

let session: Session | null = null;

/**
 * One step of a long-lived simulation (`tap`): the design is compiled once and the state stays
 * here, updated in place, so each live event costs the same however long the tap has run. A new
 * key, or a fresh worker after the watchdog stopped one, starts from `seed`.
 */
export async function followStep(
  key: string,
  /** Null when the caller knows this engine has the session (they are only needed to start one). */
  manifests: SimManifest[] | null,
  seed: SimState | null,
  inputs: SimInput[],
  hooks: RunHooks,
): Promise<FollowResult> {
  if (!session || session.key !== key) {
    if (!manifests || !seed) throw new Error(`no simulation session ${key} in this engine`);
    const design = compileSimDesign(manifests);
    session = { key, design, state: structuredClone(seed), usesJq: usesJq(design) };
  }
  const s = session;
  const trace: TraceEvent[] = [];
  const firings: Firing[] = [];
  for (const [index, input] of inputs.entries()) {
    hooks.beforeStep?.(index);
    // jq runs asynchronously: a dry run learns which results the step needs (as runScenario does).
    const jq = s.usesJq ? new JqResults() : null;
    if (jq) {
      const wanted: [string, string][] = [];
      step(s.design, s.state, input, {
        jq: (program, data) =>
          jq.lookup(program, data) ?? (wanted.push([program, data]), undefined),
      });
      for (const [program, data] of wanted) {
        hooks.beforeJq?.(program);
        await jq.compute(program, data);
      }
    }
    const r = step(
      s.design,
      s.state,
      input,
      jq ? { jq: jq.lookup, inPlace: true } : { inPlace: true },
    );
    s.state = r.state;
    trace.push(...r.trace);
    firings.push(...r.firings);
  }
  return { trace, firings, held: heldOnly(s.state) };
}

function usesJq(design: SimDesign): boolean {
  return design.sensors.some((s) =>
    s.dependencies.some((d) => typeof asRecord(d.transform)?.jq === 'string'),
  );
}

function heldOnly(state: SimState): SimState {
  const triggers: SimState['triggers'] = {};
  for (const [k, t] of Object.entries(state.triggers))
    if (Object.keys(t.held).length)
      // Held events by dependency name: null-prototype, as the engine keeps them.
      triggers[k] = { ...emptyTriggerState(), held: Object.assign(Object.create(null), t.held) };
  return { ...initialSimState(state.nowMs), startMs: state.startMs, seq: state.seq, triggers };
}
