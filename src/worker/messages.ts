import type { SimManifest } from '../engine/simulate/simDesign';
import type { SimInput } from '../engine/simulate/simInput';
import type { SimState } from '../engine/simulate/simState';
import type { ScenarioResult } from '../engine/simulate/runScenario';
import type { Scenario } from '../domain/scenario/scenario';

/** A scenario's verdict, without its trace (kept small for the message). */
export interface ScenarioVerdict {
  name: string;
  pass: boolean;
  failures: string[];
}

/** Bumped whenever a request or response shape changes; both sides check it. */
export const PROTOCOL_VERSION = 4;

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
  | { id: number; protocolVersion: number; type: 'ping' };

export type SimResponse =
  | { id: number; protocolVersion: number; type: 'result'; result: ScenarioResult }
  | { id: number; protocolVersion: number; type: 'verdicts'; verdicts: ScenarioVerdict[] }
  | { id: number; protocolVersion: number; type: 'pong' }
  | { id: number; protocolVersion: number; type: 'error'; error: string };

/** Sent while a request runs, before work that has no step limit, so a watchdog can say what it stopped. */
export interface SimProgress {
  id: number;
  protocolVersion: number;
  type: 'progress';
  jq: string;
}
