import type { SimManifest } from '../engine/simulate/simDesign';
import type { SimInput } from '../engine/simulate/simInput';
import type { SimState } from '../engine/simulate/simState';
import type { ScenarioResult } from '../engine/simulate/runScenario';

/** Bumped whenever a request or response shape changes; both sides check it. */
export const PROTOCOL_VERSION = 1;

export type SimRequest =
  | { id: number; protocolVersion: number; type: 'run'; manifests: SimManifest[]; inputs: SimInput[]; start: SimState | number }
  | { id: number; protocolVersion: number; type: 'ping' };

export type SimResponse =
  | { id: number; protocolVersion: number; type: 'result'; result: ScenarioResult }
  | { id: number; protocolVersion: number; type: 'pong' }
  | { id: number; protocolVersion: number; type: 'error'; error: string };

