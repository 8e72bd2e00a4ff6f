import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SimInput } from '../engine/simulate/simInput';
import type { SimState } from '../engine/simulate/simState';
import type { NodeOutcome } from '../engine/simulate/outcomes';
import type { NodeId } from '../domain/graph/ids';
import type { ScenarioVerdict, StepDetail } from '../worker/messages';
import { addedCounts, type OutcomeTotals } from './outcomeTotals';

/** One input sent through the simulator and everything it led to. */
export interface SimEntry {
  seq: number;
  /** What was sent, e.g. `webhook/build` or `advance 1h`. */
  label: string;
  summary: string;
  input: SimInput;
  /** The body as typed, for saving the run as a scenario. */
  body?: unknown;
  headers?: Record<string, string>;
  method?: string;
  /** Each node's outcome, by node id. */
  outcomes: ReadonlyMap<NodeId, NodeOutcome>;
  /** How many times each node had each outcome in this step (a badge adds them up). */
  counts: ReadonlyMap<NodeId, Partial<Record<NodeOutcome, number>>>;
  /** Firings whose action did not fail, and those that failed. */
  fired: number;
  failed: number;
  /** The virtual clock after this input. */
  nowMs: number;
  /**
   * The trace, firings (with the fired triggers' specs as they were, so time travel shows that
   * mapping) and the simulator's state right after this input, as JSON: {@link stepDetail} reads it.
   * A burst's steps older than the timeline keeps come without it, but for the newest of each chunk.
   */
  detail?: string;
  /** The whole state after this input, to go on from (only the newest entry needs it), as JSON. */
  resume?: string;
  /** Set when the input is a real event from a live EventBus (`eventflow tap --serve`). */
  live?: LiveOrigin;
}

/** Where a live event came from on the bus. */
export interface LiveOrigin {
  server: string;
  subject: string;
  streamSeq: number;
  receivedAt: string;
}

/** The composer's fields for one event and sample kind. */
export interface ComposerDraft {
  /** `SOURCE/EVENT` the fields were typed for. */
  event: string;
  kind: string;
  body: string;
  headers: string;
  method: string;
}

export interface SimulationState {
  /** Where the virtual clock starts after a reset. */
  startMs: number;
  entries: SimEntry[];
  /** How many older entries the timeline let go since the last reset (it keeps MAX_ENTRIES). */
  dropped: number;
  /**
   * How often each node had each outcome in every step since the last reset, the ones let go
   * included: the badges' "so far" (kept as steps come in, so a badge reads it, never sums it).
   */
  totals: OutcomeTotals;
  /** Firings since the last reset (the ones let go included): those that did not fail, and those that did. */
  fired: number;
  failed: number;
  /** The timeline entry being looked at; null follows the newest. */
  selected: number | null;
  running: boolean;
  error: string | null;
  verdicts: ScenarioVerdict[] | null;
  /** The event the composer shows (`SOURCE/EVENT`), set from the canvas or inspector too. */
  composerEvent: string | null;
  /** What the user typed into the composer; null while it shows the chosen event's sample. */
  draft: ComposerDraft | null;
  /** Chooses the composer's event (its sample shows, or `draft` when given). */
  chooseEvent: (key: string, draft?: ComposerDraft) => void;
  setDraft: (draft: ComposerDraft | null) => void;
  record: (entries: SimEntry[]) => void;
  select: (index: number | null) => void;
  setRunning: (running: boolean, error?: string | null) => void;
  reset: (startMs?: number) => void;
  setVerdicts: (v: ScenarioVerdict[] | null) => void;
}

export type SimulationStore = StoreApi<SimulationState>;

/** The most the timeline keeps; older entries go (their effect stays in the state). */
export const MAX_ENTRIES = 2000;
const DEFAULT_START_MS = Date.UTC(2026, 0, 1, 9, 0, 0);

/** Simulator session state: not part of the design's history; one per open design. */
export function createSimulationStore(): SimulationStore {
  return createStore<SimulationState>()((set, get) => ({
    startMs: DEFAULT_START_MS,
    entries: [],
    dropped: 0,
    totals: new Map(),
    fired: 0,
    failed: 0,
    selected: null,
    running: false,
    error: null,
    verdicts: null,
    composerEvent: null,
    draft: null,
    chooseEvent: (key, draft) => set({ composerEvent: key, draft: draft ?? null }),
    setDraft: (draft) => set({ draft }),
    record: (entries) => {
      const all = [...get().entries, ...entries];
      const over = Math.max(0, all.length - MAX_ENTRIES);
      set({
        entries: over ? all.slice(over) : all,
        dropped: get().dropped + over,
        totals: addedCounts(get().totals, entries),
        fired: entries.reduce((n, e) => n + e.fired, get().fired),
        failed: entries.reduce((n, e) => n + e.failed, get().failed),
        selected: null,
      });
    },
    select: (index) => set({ selected: index }),
    setRunning: (running, error = null) => set({ running, error }),
    reset: (startMs) =>
      set({
        entries: [],
        dropped: 0,
        totals: new Map(),
        fired: 0,
        failed: 0,
        selected: null,
        error: null,
        startMs: startMs ?? get().startMs,
      }),
    setVerdicts: (verdicts) => set({ verdicts }),
  }));
}

/** The state the next input starts from: after the newest entry, or the start time. */
export function currentSimState(s: SimulationState): SimState | number {
  const last = s.entries.at(-1);
  if (last?.resume !== undefined) return readState(last.resume);
  return latestSimState(s);
}

/**
 * What the newest entry left, as the simulator shows it (the clock, what is held and pending), or
 * the start time: without the triggers' seen-event ids, which only the next run needs.
 */
export function latestSimState(s: SimulationState): SimState | number {
  return stateAfter(s.entries.at(-1), s.startMs);
}

/** {@link latestSimState} from the newest entry and the start time. */
export function stateAfter(newest: SimEntry | undefined, startMs: number): SimState | number {
  // The newest entry always has its details (the last step of a chunk does).
  return (newest && stepDetail(newest)?.state) ?? startMs;
}

/** Whether a run is going on (for view selectors, which must be stable). */
export const isRunning = (s: SimulationState): boolean => s.running;

/** The newest entry, if any. */
export const newestEntry = (s: SimulationState): SimEntry | undefined => s.entries.at(-1);

const details = new WeakMap<SimEntry, StepDetail>();
// The worker wrote the text from a StepDetail.
const readDetail = (text: string): StepDetail => JSON.parse(text);
const readState = (text: string): SimState => JSON.parse(text);

/**
 * An entry's trace, firings and state, read from its text the first time they are asked for: a
 * burst's thousands of entries are drawn as timeline rows and badges, and only the one on show is read.
 */
export function stepDetail(entry: SimEntry): StepDetail | undefined {
  if (entry.detail === undefined) return undefined;
  let d = details.get(entry);
  if (!d) {
    d = readDetail(entry.detail);
    details.set(entry, d);
  }
  return d;
}

/** The virtual clock after the newest entry, or the start time. */
export function simClock(s: SimulationState): number {
  return s.entries.at(-1)?.nowMs ?? s.startMs;
}

/** The entry the canvas and details show: the selected one (time travel) or the newest. */
export function shownEntry(s: SimulationState): SimEntry | undefined {
  return s.selected === null ? s.entries.at(-1) : s.entries[s.selected];
}
