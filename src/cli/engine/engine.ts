import type { Vector, VectorOutcome } from '../../engine/conformance/vectorTypes';
import type { Scenario } from '../../domain/scenario/scenario';
import type { ScenarioCheck } from '../../engine/scenario/checkScenario';
import type { SimManifest } from '../../engine/simulate/simDesign';
import type { SimInput } from '../../engine/simulate/simInput';
import type { SimState } from '../../engine/simulate/simState';
import type { ScenarioResult } from '../../engine/simulate/runScenario';
import type { FollowResult } from './followTask';

/** Why the watchdog stopped a piece of work, and where it was when it did. */
export interface EngineStop {
  why: 'time' | 'memory' | 'crash';
  /** Index of the step (input) that was running, when known. */
  step: number | null;
  /** The jq program that was running, when it was one. */
  jq: string | null;
  /** The budget in words ("5 s", "512 MB") or the crash's message. */
  detail: string;
}

export type EngineOutcome<T> = { ok: true; value: T } | { ok: false; stop: EngineStop };

/** The simulation engine as the commands use it: in a worker under a watchdog, or in this thread. */
export interface Engine {
  run(
    manifests: SimManifest[],
    inputs: SimInput[],
    start: number,
  ): Promise<EngineOutcome<ScenarioResult>>;
  check(manifests: SimManifest[], scenario: Scenario): Promise<EngineOutcome<ScenarioCheck>>;
  vector(vector: Vector): Promise<EngineOutcome<VectorOutcome>>;
  /**
   * One step of a long-lived simulation that keeps its state in the engine (`tap`): `seed` is used
   * when the engine has no session for `key` (the first step, or after the watchdog restarted it).
   */
  follow(
    key: string,
    manifests: SimManifest[],
    seed: SimState,
    inputs: SimInput[],
  ): Promise<EngineOutcome<FollowResult>>;
  close(): void;
}

export interface EngineBudget {
  /** Longest one step (one event, one clock move, one vector) may run. */
  stepTimeoutMs: number;
  /** Heap the worker may use, in MB. */
  memoryMb: number;
}

export type EngineFactory = (budget: EngineBudget) => Engine;

/** Defaults: generous for any real design, small enough that CI never waits on a runaway script. */
export const DEFAULT_BUDGET: EngineBudget = { stepTimeoutMs: 5000, memoryMb: 512 };
