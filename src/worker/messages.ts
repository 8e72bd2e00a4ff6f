import type { NodeId } from '../domain/graph/ids';
import type { SimManifest } from '../engine/simulate/simDesign';
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
export const PROTOCOL_VERSION = 5;

export type SimRequest =
  | {
      id: number;
      protocolVersion: number;
      type: 'run';
      manifests: SimManifest[];
      inputs: SimInput[];
      start: SimState | number;
    }
  | {
      id: number;
      protocolVersion: number;
      type: 'check';
      manifests: SimManifest[];
      scenarios: Scenario[];
    }
  | {
      id: number;
      protocolVersion: number;
      /** Runs the inputs one after another from `start`, each a step of its own, sent in chunks. */
      type: 'stream';
      manifests: SimManifest[];
      inputs: SimInput[];
      start: SimState | number;
    }
  | { id: number; protocolVersion: number; type: 'ping' };

/**
 * One input's result, with what the timeline shows of it: a summary line and each node's outcome.
 * In a stream, only the last step of each chunk has the triggers' seen-event ids in its `state`
 * (the one to go on from); the others' are empty.
 */
export interface StepResult extends ScenarioResult {
  summary: string;
  /** Each node's outcome, by node id. */
  outcomes: ReadonlyMap<NodeId, NodeOutcome>;
  /** How many times each node had each outcome in this step (a badge adds them up). */
  counts: ReadonlyMap<NodeId, Partial<Record<NodeOutcome, number>>>;
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
