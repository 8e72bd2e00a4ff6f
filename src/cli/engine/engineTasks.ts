import { runVector } from '../../engine/conformance/runVector';
import { checkScenario } from '../../engine/scenario/checkScenario';
import { runScenario, type RunHooks } from '../../engine/simulate/runScenario';
import { compileSimDesign } from '../../engine/simulate/simDesign';
import { followStep } from './followTask';
import type { EngineRequest } from './messages';

/** Runs one request on the engine: the same code in the worker and in this thread. */
export async function runEngineTask(req: EngineRequest, hooks: RunHooks): Promise<unknown> {
  switch (req.type) {
    case 'run':
      return runScenario(compileSimDesign(req.manifests), req.inputs, req.start, hooks);
    case 'check':
      return checkScenario(compileSimDesign(req.manifests), req.scenario, hooks);
    case 'follow':
      return followStep(req.key, req.manifests, req.seed, req.inputs, hooks);
    case 'vector':
      hooks.beforeStep?.(0);
      return runVector(req.vector);
  }
}
