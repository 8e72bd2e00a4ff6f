import type { NodeId } from '../domain/graph/ids';
import type { SimManifestsInput } from './manifestsText';
import type { SimInput } from '../engine/simulate/simInput';
import type { SimState } from '../engine/simulate/simState';
import type { ScenarioResult } from '../engine/simulate/runScenario';
import type { NodeOutcome } from '../engine/simulate/outcomes';
import type { Scenario } from '../domain/scenario/scenario';

/** A scenario's verdict, without its trace (kept small for the message). */
export interface ScenarioVerdict {
  name: string;
  pass: boolean;
  failures: string[];
}

/** Bumped whenever a request or response shape changes; both sides check it. */
export const PROTOCOL_VERSION = 8;

export type SimRequest =
  | {
      id: number;
      protocolVersion: number;
      type: 'run';
      manifests: SimManifestsInput;
      inputs: SimInput[];
      start: SimState | number;
    }
  | {
      id: number;
      protocolVersion: number;
      type: 'check';
      manifests: SimManifestsInput;
      scenarios: Scenario[];
    }
  | {
      id: number;
      protocolVersion: number;
      /** Runs the inputs one after another from `start`, each a step of its own, sent in chunks. */
      type: 'stream';
      manifests: SimManifestsInput;
      inputs: SimInput[];
      start: SimState | number;
      /**
       * Only the last this many steps carry their details, and the last of each chunk (the page shows
       * it as it comes): the timeline keeps no more, so a long burst's older details would be sent
       * only to be let go. All steps carry them when it is not given.
       */
      keepDetails?: number;
    }
  | { id: number; protocolVersion: number; type: 'ping' };

/**
 * One input's result in a stream: what the timeline and the canvas show of every step (a summary
 * line, each node's outcome, how many firings went through or failed), and the rest as JSON text
 * ({@link StepDetail}), read only for the step on show. A 10,000-event burst carries tens of MB of
 * traces and created resources: as objects, reading each chunk's message and collecting them again
 * were the page's longest tasks; as one string per step they are copied, not rebuilt.
 */
export interface StepResult {
  summary: string;
  /** Each node's outcome, by node id. */
  outcomes: ReadonlyMap<NodeId, NodeOutcome>;
  /** How many times each node had each outcome in this step (a badge adds them up). */
  counts: ReadonlyMap<NodeId, Partial<Record<NodeOutcome, number>>>;
  /** Firings whose action did not fail (succeeded, pending, not executed), and those that failed. */
  fired: number;
  failed: number;
  /** The virtual clock after the step (the page shows it without reading the details). */
  nowMs: number;
  /** {@link StepDetail} as JSON; see {@link SimRequest} `keepDetails` for the steps without it. */
  detail?: string;
  /** The last step of each chunk: the whole state after it, to go on from, as JSON. */
  resume?: string;
}

/**
 * A step's trace, firings and the state after it as the timeline shows it: what is held and
 * pending, the clock, without the triggers' seen-event ids (see {@link StepResult.resume}).
 */
export interface StepDetail extends ScenarioResult {
  /** The fired triggers' type specs as they were when they fired (`sensor/trigger` → spec). */
  triggerSpecs: Record<string, unknown>;
}

export type SimResponse =
  | { id: number; protocolVersion: number; type: 'result'; result: ScenarioResult }
  | { id: number; protocolVersion: number; type: 'verdicts'; verdicts: ScenarioVerdict[] }
  | { id: number; protocolVersion: number; type: 'pong' }
  /** The end of a stream: every step was sent in `steps` messages before it. */
  | { id: number; protocolVersion: number; type: 'done'; count: number }
  | { id: number; protocolVersion: number; type: 'error'; error: string };

/**
 * Sent while a request runs: `progress` before work that has no step limit, so a watchdog can say
 * what it stopped; `steps`, the next results of a stream, in order (each one is also a sign of life).
 */
export type SimProgress =
  | { id: number; protocolVersion: number; type: 'progress'; jq: string }
  | { id: number; protocolVersion: number; type: 'steps'; steps: StepResult[] };
