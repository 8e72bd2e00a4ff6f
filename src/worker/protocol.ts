import { compileSimDesign, type SimManifest } from '../engine/simulate/simDesign';
import type { SimInput } from '../engine/simulate/simInput';
import type { SimState } from '../engine/simulate/simState';
import { runScenario, type ScenarioResult } from '../engine/simulate/runScenario';

/** Bumped whenever a request or response shape changes; both sides check it. */
export const PROTOCOL_VERSION = 1;

export type SimRequest =
  | { id: number; protocolVersion: number; type: 'run'; manifests: SimManifest[]; inputs: SimInput[]; start: SimState | number }
  | { id: number; protocolVersion: number; type: 'ping' };

export type SimResponse =
  | { id: number; protocolVersion: number; type: 'result'; result: ScenarioResult }
  | { id: number; protocolVersion: number; type: 'pong' }
  | { id: number; protocolVersion: number; type: 'error'; error: string };

/**
 * The whole worker, as a function: runs a request through the engine and answers. Never throws;
 * the same code runs in the Web Worker, on the main thread as a fallback, and in unit tests.
 */
export async function handleRequest(req: SimRequest): Promise<SimResponse> {
  const base = { id: req.id, protocolVersion: PROTOCOL_VERSION };
  if (req.protocolVersion !== PROTOCOL_VERSION) return { ...base, type: 'error', error: `protocol version ${req.protocolVersion} is not ${PROTOCOL_VERSION}; reload the page` };
  try {
    if (req.type === 'ping') return { ...base, type: 'pong' };
    const design = compileSimDesign(req.manifests);
    return { ...base, type: 'result', result: await runScenario(design, req.inputs, req.start) };
  } catch (e) {
    return { ...base, type: 'error', error: `simulation failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
