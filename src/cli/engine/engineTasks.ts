import { runVector } from '../../engine/conformance/runVector';
import { checkScenario } from '../../engine/scenario/checkScenario';
import { runScenario, type RunHooks } from '../../engine/simulate/runScenario';
import { compileSimDesign } from '../../engine/simulate/simDesign';
import { followStep } from './followTask';
import type { EngineRequest } from './messages';

type RequestOf<K extends EngineRequest['type']> = Extract<EngineRequest, { type: K }>;

/** Each request's task on the engine, typed by its result: the same code in the worker and in this thread. */
export const engineTasks = {
  run: (req: RequestOf<'run'>, hooks: RunHooks) =>
    runScenario(compileSimDesign(req.manifests), req.inputs, req.start, hooks),
  check: (req: RequestOf<'check'>, hooks: RunHooks) =>
    checkScenario(compileSimDesign(req.manifests), req.scenario, hooks),
  follow: (req: RequestOf<'follow'>, hooks: RunHooks) =>
    followStep(req.key, req.manifests, req.seed, req.inputs, hooks),
  vector: (req: RequestOf<'vector'>, hooks: RunHooks) => {
    hooks.beforeStep?.(0);
    return runVector(req.vector);
  },
};

/** Runs one request on the engine (the worker's side, which posts the result back). */
export async function runEngineTask(req: EngineRequest, hooks: RunHooks): Promise<unknown> {
  switch (req.type) {
    case 'run':
      return engineTasks.run(req, hooks);
    case 'check':
      return engineTasks.check(req, hooks);
    case 'follow':
      return engineTasks.follow(req, hooks);
    case 'vector':
      return engineTasks.vector(req, hooks);
  }
}
