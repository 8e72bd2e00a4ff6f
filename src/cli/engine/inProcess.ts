import type { Engine, EngineOutcome } from './engine';
import { engineTasks } from './engineTasks';

/** The engine in this thread, with no watchdog: for unit tests, which pass no engine of their own. */
export function inProcessEngine(): Engine {
  let id = 0;
  const ok = async <T>(value: T | Promise<T>): Promise<EngineOutcome<T>> => ({
    ok: true,
    value: await value,
  });
  return {
    run: (manifests, inputs, start) =>
      ok(engineTasks.run({ id: ++id, type: 'run', manifests, inputs, start }, {})),
    check: (manifests, scenario) =>
      ok(engineTasks.check({ id: ++id, type: 'check', manifests, scenario }, {})),
    vector: (vector) => ok(engineTasks.vector({ id: ++id, type: 'vector', vector }, {})),
    follow: (key, manifests, seed, inputs) =>
      ok(engineTasks.follow({ id: ++id, type: 'follow', key, manifests, seed, inputs }, {})),
    close: () => {},
  };
}
