import type { Vector } from '../../engine/conformance/vectorTypes';
import type { Scenario } from '../../domain/scenario/scenario';
import type { SimManifest } from '../../engine/simulate/simDesign';
import type { SimInput } from '../../engine/simulate/simInput';
import type { SimState } from '../../engine/simulate/simState';

/** What the CLI asks its engine worker. */
export type EngineRequest =
  | { id: number; type: 'run'; manifests: SimManifest[]; inputs: SimInput[]; start: number }
  | { id: number; type: 'check'; manifests: SimManifest[]; scenario: Scenario }
  | { id: number; type: 'vector'; vector: Vector }
  | {
      id: number;
      type: 'follow';
      key: string;
      /** Null once this worker has the session: only a new one needs them. */
      manifests: SimManifest[] | null;
      seed: SimState | null;
      inputs: SimInput[];
    };

/** What the worker answers: ready once loaded, progress while it works, then the outcome. */
export type EngineMessage =
  | { type: 'ready' }
  | { id: number; type: 'step'; index: number }
  | { id: number; type: 'jq'; program: string }
  | { id: number; type: 'done'; value: unknown }
  | { id: number; type: 'error'; error: string };

/** `workerData` that makes the bundle (or the dev entry) serve the engine instead of running the CLI. */
export const ENGINE_WORKER_ROLE = 'eventflow-engine';
