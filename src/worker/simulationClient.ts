import { asRecord } from '../lib/jsonValue';
import { adaptWorker, type WorkerPort } from './workerPort';
import type { SimManifest } from '../engine/simulate/simDesign';
import { readManifests, type SimManifestsInput } from './manifestsText';
import type { SimInput } from '../engine/simulate/simInput';
import type { SimState } from '../engine/simulate/simState';
import type { ScenarioResult } from '../engine/simulate/runScenario';
import {
  PROTOCOL_VERSION,
  type ScenarioVerdict,
  type SimProgress,
  type SimRequest,
  type SimResponse,
  type StepResult,
} from './messages';
import type { Scenario } from '../domain/scenario/scenario';

/** The part of a Worker the client uses, so tests can pass their own. */
export type WorkerLike = WorkerPort<SimRequest, SimResponse | SimProgress>;

export interface SimulationClientOptions {
  /** How long a request may run before the worker is stopped (default 2 s). */
  timeoutMs?: number;
  /** Extra time for the first request of a new worker, which starts it and loads the engine. */
  coldStartMs?: number;
  /** Makes a worker; return null to run on the main thread. */
  createWorker?: () => WorkerLike | null;
}

export type { StepResult } from './messages';

export interface SimulationClient {
  run(
    manifests: SimManifestsInput,
    inputs: SimInput[],
    start: SimState | number,
  ): Promise<ScenarioResult>;
  /**
   * Runs the inputs one after another from `start`, each a step of its own, handing their results
   * to `onSteps` in order, a chunk at a time, as the worker makes them. The watchdog's budget is
   * per chunk, so a long burst runs on while each step stays bounded. With `keepDetails`, only the
   * last that many steps (and each chunk's last) come with their details.
   */
  stream(
    manifests: SimManifestsInput,
    inputs: SimInput[],
    start: SimState | number,
    onSteps: (steps: StepResult[]) => void,
    keepDetails?: number,
  ): Promise<void>;
  /** Runs scenarios and returns their verdicts. */
  check(manifests: SimManifestsInput, scenarios: Scenario[]): Promise<ScenarioVerdict[]>;
  dispose(): void;
}

export class SimulationTimeoutError extends Error {}

/** Which dependencies run this jq program as their transform, as `sensor/dependency`. */
function jqOwners(manifests: readonly SimManifest[], program: string): string[] {
  return manifests.flatMap((m) => {
    if (m.kind !== 'Sensor') return [];
    const sensor = String(asRecord(m.value.metadata)?.name ?? '');
    const deps = asRecord(m.value.spec)?.dependencies;
    return (Array.isArray(deps) ? deps : []).flatMap((d: unknown) => {
      const dep = asRecord(d);
      return asRecord(dep?.transform)?.jq === program ? [`${sensor}/${String(dep?.name)}`] : [];
    });
  });
}

function timeoutMessage(seconds: number, req: SimRequest, jq: string | undefined): string {
  const head = `the simulation took longer than ${seconds} s and was stopped`;
  if (jq === undefined || req.type === 'ping')
    return `${head} (a script or template that does not end?)`;
  // Read on the page only here, to name the dependencies a stopped jq program belongs to.
  const owners = jqOwners(readManifests(req.manifests), jq);
  const shown = jq.length > 80 ? `${jq.slice(0, 77)}…` : jq;
  return `${head} in the jq transform ${owners.length ? `of ${owners.join(', ')} ` : ''}(\`${shown}\`): a jq program that does not end?`;
}

function defaultWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), {
      type: 'module',
    });
    return adaptWorker<SimRequest, SimResponse | SimProgress>(worker);
  } catch {
    return null;
  }
}

/**
 * Runs simulations in a Web Worker with a watchdog: a request that runs past the timeout (a Lua
 * loop, a huge jq program) terminates the worker and fails with a clear error; the next request
 * gets a fresh worker. Without Worker support it runs the same handler on the main thread.
 */
/** How long a new worker may take to start and load the engine before its first answer. */
const COLD_START_MS = 8000;

export function createSimulationClient(options: SimulationClientOptions = {}): SimulationClient {
  const timeoutMs = options.timeoutMs ?? 2000;
  const coldStartMs = options.coldStartMs ?? COLD_START_MS;
  const make = options.createWorker ?? defaultWorker;
  let worker: WorkerLike | null = null;
  /** Whether the current worker has answered once (its engine modules are loaded). */
  let warm = false;
  let nextId = 1;
  const pending = new Map<
    number,
    {
      resolve: (r: SimResponse) => void;
      reject: (e: Error) => void;
      timer: ReturnType<typeof setTimeout>;
      /** Starts the watchdog again (a stream's chunk came: the worker is alive and moving on). */
      rearm: () => void;
      onSteps?: (steps: StepResult[]) => void;
      jq?: string;
    }
  >();

  const failAll = (error: Error) => {
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      p.reject(error);
      pending.delete(id);
    }
  };

  const getWorker = (): WorkerLike | null => {
    if (worker) return worker;
    worker = make();
    warm = false;
    if (!worker) return null;
    worker.onmessage = (e) => {
      warm = true;
      const p = pending.get(e.data.id);
      if (!p) return;
      if (e.data.type === 'progress') {
        p.jq = e.data.jq;
        return;
      }
      if (e.data.type === 'steps') {
        p.jq = undefined;
        p.rearm();
        p.onSteps?.(e.data.steps);
        return;
      }
      clearTimeout(p.timer);
      pending.delete(e.data.id);
      p.resolve(e.data);
    };
    worker.onerror = () => {
      worker?.terminate();
      worker = null;
      failAll(new Error('the simulation worker crashed; the next run starts a new one'));
    };
    return worker;
  };

  const send = (req: SimRequest, onSteps?: (steps: StepResult[]) => void): Promise<SimResponse> => {
    const w = getWorker();
    // Loaded only when needed, so the engine (Lua VM, jq) stays out of the page's main bundle.
    if (!w)
      return import('./protocol').then((m) =>
        m.handleRequest(req, (p) => p.type === 'steps' && onSteps?.(p.steps)),
      );
    return new Promise((resolve, reject) => {
      const expire = () => {
        const jq = pending.get(req.id)?.jq;
        pending.delete(req.id);
        w.terminate();
        if (worker === w) worker = null;
        reject(new SimulationTimeoutError(timeoutMessage(timeoutMs / 1000, req, jq)));
      };
      // A fresh worker first starts and loads the engine (Lua VM, jq, RE2): on a busy machine that
      // alone can pass the budget, which is for the work, so the first request gets time for it.
      const entry = {
        resolve,
        reject,
        timer: setTimeout(expire, warm ? timeoutMs : timeoutMs + coldStartMs),
        rearm: () => {
          clearTimeout(entry.timer);
          entry.timer = setTimeout(expire, timeoutMs);
        },
        onSteps,
      };
      pending.set(req.id, entry);
      w.postMessage(req);
    });
  };

  return {
    async run(manifests, inputs, start) {
      const res = await send({
        id: nextId++,
        protocolVersion: PROTOCOL_VERSION,
        type: 'run',
        manifests,
        inputs,
        start,
      });
      if (res.type === 'error') throw new Error(res.error);
      if (res.type !== 'result') throw new Error(`unexpected ${res.type} response`);
      return res.result;
    },
    async stream(manifests, inputs, start, onSteps, keepDetails) {
      const res = await send(
        {
          id: nextId++,
          protocolVersion: PROTOCOL_VERSION,
          type: 'stream',
          manifests,
          inputs,
          start,
          ...(keepDetails === undefined ? {} : { keepDetails }),
        },
        onSteps,
      );
      if (res.type === 'error') throw new Error(res.error);
      if (res.type !== 'done') throw new Error(`unexpected ${res.type} response`);
    },
    async check(manifests, scenarios) {
      const res = await send({
        id: nextId++,
        protocolVersion: PROTOCOL_VERSION,
        type: 'check',
        manifests,
        scenarios,
      });
      if (res.type === 'error') throw new Error(res.error);
      if (res.type !== 'verdicts') throw new Error(`unexpected ${res.type} response`);
      return res.verdicts;
    },
    dispose() {
      failAll(new Error('the simulation client was closed'));
      worker?.terminate();
      worker = null;
    },
  };
}
