import { compileSimDesign } from '../engine/simulate/simDesign';
import { runScenario } from '../engine/simulate/runScenario';
import { checkScenario } from '../engine/scenario/checkScenario';

export { PROTOCOL_VERSION, type SimProgress, type SimRequest, type SimResponse } from './messages';
import { PROTOCOL_VERSION, type SimProgress, type SimRequest, type SimResponse } from './messages';

/**
 * The whole worker, as a function: runs a request through the engine and answers. Never throws;
 * the same code runs in the Web Worker, on the main thread as a fallback, and in unit tests.
 */
export async function handleRequest(
  req: SimRequest,
  progress?: (p: SimProgress) => void,
): Promise<SimResponse> {
  const base = { id: req.id, protocolVersion: PROTOCOL_VERSION };
  const hooks = progress
    ? { beforeJq: (jq: string) => progress({ ...base, type: 'progress', jq }) }
    : {};
  if (req.protocolVersion !== PROTOCOL_VERSION)
    return {
      ...base,
      type: 'error',
      error: `protocol version ${req.protocolVersion} is not ${PROTOCOL_VERSION}; reload the page`,
    };
  try {
    if (req.type === 'ping') return { ...base, type: 'pong' };
    const design = compileSimDesign(req.manifests);
    if (req.type === 'check') {
      const verdicts = [];
      for (const s of req.scenarios) {
        const c = await checkScenario(design, s, hooks);
        verdicts.push({ name: c.name, pass: c.pass, failures: c.failures });
      }
      return { ...base, type: 'verdicts', verdicts };
    }
    return {
      ...base,
      type: 'result',
      result: await runScenario(design, req.inputs, req.start, hooks),
    };
  } catch (e) {
    return {
      ...base,
      type: 'error',
      error: `simulation failed: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}
