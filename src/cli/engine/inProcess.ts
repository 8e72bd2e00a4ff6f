import type { Engine, EngineOutcome } from './engine';
import { runEngineTask } from './engineTasks';
import type { EngineRequest } from './messages';

/** The engine in this thread, with no watchdog: for unit tests, which pass no engine of their own. */
export function inProcessEngine(): Engine {
  let id = 0;
  const call = async <T>(req: EngineRequest): Promise<EngineOutcome<T>> => ({
    ok: true,
    value: (await runEngineTask(req, {})) as T,
  });
  return {
    run: (manifests, inputs, start) => call({ id: ++id, type: 'run', manifests, inputs, start }),
    check: (manifests, scenario) => call({ id: ++id, type: 'check', manifests, scenario }),
    vector: (vector) => call({ id: ++id, type: 'vector', vector }),
    follow: (key, manifests, seed, inputs) =>
      call({ id: ++id, type: 'follow', key, manifests, seed, inputs }),
    close: () => {},
  };
}
