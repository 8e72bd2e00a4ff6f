import { compileSimDesign } from '../engine/simulate/simDesign';
import { runScenario } from '../engine/simulate/runScenario';
import { checkScenario } from '../engine/scenario/checkScenario';
import { summarizeTrace, traceOutcomeCounts, traceOutcomes } from '../engine/simulate/outcomes';
import type { SimDesign, SimManifest } from '../engine/simulate/simDesign';
import type { SimState } from '../engine/simulate/simState';
import type { RunHooks, ScenarioResult } from '../engine/simulate/runScenario';
import { nullRecord } from '../lib/nullRecord';
import { copyJson } from '../lib/jsonValue';
import { deepEqual } from '../lib/deepEqual';
import { initialSimState } from '../engine/simulate/simState';

export { PROTOCOL_VERSION, type SimProgress, type SimRequest, type SimResponse } from './messages';
import {
  PROTOCOL_VERSION,
  type SimProgress,
  type SimRequest,
  type SimResponse,
  type StepDetail,
  type StepResult,
} from './messages';
import { triggerSpecsOf } from './triggerSpecs';
import { readManifests } from './manifestsText';

/**
 * A stream's chunk closes after this many steps or trace events, whichever comes first: small enough
 * that the page takes each chunk in well under a frame, large enough not to flood it with messages.
 * (Counted, not timed: the handler stays free of the clock and the same input gives the same chunks.)
 */
export const CHUNK_STEPS = 100;
const CHUNK_TRACE_EVENTS = 2000;
/**
 * …or after this many characters of details. The steps the timeline keeps come with theirs (10 KB
 * each in the seed design), and a chunk of a hundred of them was a 1 MB message whose reading took
 * 25 ms of the page's main thread (55 ms with the collection it set off), twice that on a busy machine.
 */
export const CHUNK_DETAIL_CHARS = 128 * 1024;

export interface StreamOptions {
  /**
   * Milliseconds from some fixed point (the worker passes `performance.now`). With it, a chunk also
   * closes after {@link CHUNK_MS} of work, so on a slow or busy machine results keep coming and
   * the client's watchdog, re-armed by each chunk, keeps its budget per step rather than per 100.
   */
  now?: () => number;
}
export const CHUNK_MS = 50;

/**
 * The whole worker, as a function: runs a request through the engine and answers. Never throws;
 * the same code runs in the Web Worker, on the main thread as a fallback, and in unit tests.
 */
export async function handleRequest(
  req: SimRequest,
  progress?: (p: SimProgress) => void,
  options: StreamOptions = {},
): Promise<SimResponse> {
  const base = { id: req.id, protocolVersion: PROTOCOL_VERSION };
  const hooks = progress
    ? { beforeJq: (jq: string) => progress({ ...base, type: 'progress', jq }) }
    : {};
  if (req.protocolVersion !== PROTOCOL_VERSION)
    return {
      ...base,
      type: 'error',
      error: `protocol version ${req.protocolVersion} is not ${PROTOCOL_VERSION}; reload the page`,
    };
  try {
    if (req.type === 'ping') return { ...base, type: 'pong' };
    const manifests = readManifests(req.manifests);
    const design = compileSimDesign(manifests);
    if (req.type === 'stream') {
      const count = await stream(design, manifests, req, hooks, options, (steps) =>
        progress?.({ ...base, type: 'steps', steps }),
      );
      return { ...base, type: 'done', count };
    }
    if (req.type === 'check') {
      const verdicts = [];
      for (const s of req.scenarios) {
        const c = await checkScenario(design, s, hooks);
        verdicts.push({ name: c.name, pass: c.pass, failures: c.failures });
      }
      return { ...base, type: 'verdicts', verdicts };
    }
    return {
      ...base,
      type: 'result',
      result: await runScenario(design, req.inputs, req.start, hooks),
    };
  } catch (e) {
    return {
      ...base,
      type: 'error',
      error: `simulation failed: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

/**
 * Runs each input as a step of its own (its trace, firings and state apart), handing the results on
 * in chunks as they are made, so the page draws the timeline while a burst runs.
 */
async function stream(
  design: SimDesign,
  manifests: readonly SimManifest[],
  { inputs, start, keepDetails }: Extract<SimRequest, { type: 'stream' }>,
  hooks: RunHooks,
  { now }: StreamOptions,
  send: (steps: StepResult[]) => void,
): Promise<number> {
  // The stream owns one private copy of the state and runs every step on it in place; each step
  // keeps a snapshot for the timeline, and the last of a chunk also the whole state to go on from.
  let state: SimState = typeof start === 'number' ? initialSimState(start) : copyJson(start);
  const detailFrom = keepDetails === undefined ? 0 : inputs.length - keepDetails;
  let chunk: StepResult[] = [];
  let last: ScenarioResult | null = null;
  let traced = 0;
  let detailed = 0;
  let opened = now?.() ?? 0;
  let before: Pick<StepResult, 'outcomes' | 'counts'> | null = null;
  const detailOf = (r: ScenarioResult) =>
    jsonText({
      trace: r.trace,
      firings: r.firings,
      triggerSpecs: triggerSpecsOf(manifests, r.firings),
      state: forView(state),
    } satisfies StepDetail);
  const close = () => {
    const tail = chunk.at(-1);
    if (tail && last)
      send([
        ...chunk.slice(0, -1),
        { ...tail, detail: tail.detail ?? detailOf(last), resume: jsonText(state) },
      ]);
    chunk = [];
    traced = 0;
    detailed = 0;
    opened = now?.() ?? 0;
  };
  for (const [i, input] of inputs.entries()) {
    const r = await runScenario(design, [input], state, hooks, true);
    state = r.state;
    last = r;
    const failed = r.firings.filter((f) => f.result === 'failed').length;
    const detail = i >= detailFrom ? detailOf(r) : undefined;
    const outcomes = traceOutcomes(r.trace, design);
    const counts = traceOutcomeCounts(r.trace, design);
    // A burst's steps mostly do the same: such a step hands on the step before's maps, which a
    // message then carries once and the page reads once (a hundred steps' maps per chunk were most of
    // what the page spent reading each message, and of its heap).
    before = {
      outcomes:
        before && sameMap(outcomes, before.outcomes, Object.is) ? before.outcomes : outcomes,
      counts: before && sameMap(counts, before.counts, deepEqual) ? before.counts : counts,
    };
    chunk.push({
      summary: summarizeTrace(r.trace),
      ...before,
      fired: r.firings.length - failed,
      failed,
      nowMs: state.nowMs,
      ...(detail === undefined ? {} : { detail }),
    });
    traced += r.trace.length;
    detailed += detail?.length ?? 0;
    if (
      chunk.length >= CHUNK_STEPS ||
      traced >= CHUNK_TRACE_EVENTS ||
      detailed >= CHUNK_DETAIL_CHARS ||
      (now && now() - opened >= CHUNK_MS)
    )
      close();
  }
  close();
  return inputs.length;
}

/** Whether two maps hold the same keys with values `same` finds equal. */
function sameMap<V>(
  a: ReadonlyMap<string, V>,
  b: ReadonlyMap<string, V>,
  same: (x: V, y: V) => boolean,
) {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w === undefined || !same(v, w)) return false;
  }
  return true;
}

/**
 * JSON with every character past ASCII escaped: a string with one such character (a note's ’) is
 * stored with two bytes per character, and the page holds two thousand of these.
 */
const jsonText = (v: object): string =>
  JSON.stringify(v).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/**
 * A step's state as the timeline shows it (what is held and pending, the clock), without the
 * triggers' seen-event ids: those (thousands in a burst, for duplicate detection) are only needed
 * to go on from a state, and the page goes on from the newest one.
 */
function forView(state: SimState): SimState {
  const triggers = nullRecord(
    Object.entries(state.triggers).map(
      ([k, t]) => [k, { ...t, seen: nullRecord<number>(), seenCount: 0 }] as const,
    ),
  );
  return { ...state, triggers };
}
