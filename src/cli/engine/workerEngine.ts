import { Worker } from 'node:worker_threads';
import type { Engine, EngineBudget, EngineFactory, EngineOutcome, EngineStop } from './engine';
import type { FollowResult } from './followTask';
import { ENGINE_WORKER_ROLE, type EngineMessage, type EngineRequest } from './messages';

/**
 * The engine in a worker thread under a watchdog, as the app runs it in a Web Worker: each step
 * has a time budget (a jq program that never ends, Lua pattern backtracking, a huge gsub), the
 * worker's heap has a memory budget (`resourceLimits`), and work past either is stopped by
 * terminating the worker. The next request gets a fresh one. `script` is the file that serves the
 * engine when started with the engine role (the bundle itself, or the dev entry).
 */
export function workerEngine(script: URL): EngineFactory {
  return (budget) => createWorkerEngine(script, budget);
}

function createWorkerEngine(script: URL, budget: EngineBudget): Engine {
  let worker: Worker | null = null;
  let ready: Promise<string | null> | null = null;
  let nextId = 1;
  /** The follow session the current worker holds. */
  let followKey: string | null = null;

  const spawn = (): Promise<string | null> => {
    const w = new Worker(script, {
      workerData: { role: ENGINE_WORKER_ROLE },
      resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb },
      // Whatever the engine's libraries print is not part of the report.
      stdout: true,
      stderr: true,
    });
    w.stdout.resume();
    w.stderr.resume();
    worker = w;
    return new Promise((resolve) => {
      const onMessage = (m: EngineMessage) => {
        if (m.type !== 'ready') return;
        done(null);
      };
      const onError = (e: Error) => done(`the engine worker failed to start: ${e.message}`);
      const onExit = (code: number) =>
        done(`the engine worker exited (code ${code}) while starting`);
      const done = (error: string | null) => {
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        w.unref();
        resolve(error);
      };
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
    });
  };

  const stop = () => {
    const w = worker;
    worker = null;
    followKey = null;
    ready = null;
    if (w) void w.terminate();
  };

  const send = async <T>(req: EngineRequest): Promise<EngineOutcome<T>> => {
    ready ??= spawn();
    const failed = await ready;
    const w = worker;
    if (failed || !w) {
      stop();
      return {
        ok: false,
        stop: { why: 'crash', step: null, jq: null, detail: failed ?? 'no worker' },
      };
    }
    return new Promise((resolve) => {
      let step: number | null = null;
      let jq: string | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const fail = (why: EngineStop['why'], detail: string) =>
        finish({ ok: false, stop: { why, step, jq, detail } });
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => fail('time', seconds(budget.stepTimeoutMs)), budget.stepTimeoutMs);
      };
      const onMessage = (m: EngineMessage) => {
        if (m.type === 'ready' || m.id !== req.id) return;
        if (m.type === 'step') {
          step = m.index;
          jq = null;
          arm();
        } else if (m.type === 'jq') {
          jq = m.program;
          arm();
        } else if (m.type === 'done')
          // The worker answers request N with the result of that request's task (engineTasks); the
          // structured clone carries no type.
          finish({ ok: true, value: m.value as T });
        else fail('crash', m.error);
      };
      const onError = (e: Error & { code?: string }) =>
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? fail('memory', `${budget.memoryMb} MB`)
          : fail('crash', e.message);
      const onExit = (code: number) => fail('crash', `the engine worker exited (code ${code})`);
      const finish = (outcome: EngineOutcome<T>) => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        if (outcome.ok) w.unref();
        else stop();
        resolve(outcome);
      };
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.ref();
      arm();
      w.postMessage(req);
    });
  };

  return {
    run: (manifests, inputs, start) =>
      send({ id: nextId++, type: 'run', manifests, inputs, start }),
    check: (manifests, scenario) => send({ id: nextId++, type: 'check', manifests, scenario }),
    vector: (vector) => send({ id: nextId++, type: 'vector', vector }),
    follow: async (key, manifests, seed, inputs) => {
      // The design and seed go once per worker: a fresh worker (after a stop) gets them again.
      const fresh = !worker || followKey !== key;
      const outcome = await send<FollowResult>({
        id: nextId++,
        type: 'follow',
        key,
        manifests: fresh ? manifests : null,
        seed: fresh ? seed : null,
        inputs,
      });
      followKey = outcome.ok ? key : null;
      return outcome;
    },
    close: stop,
  };
}

function seconds(ms: number): string {
  return `${+(ms / 1000).toFixed(1)} s`;
}
