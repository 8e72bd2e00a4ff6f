import { createSimulationClient, type SimulationClient } from '../../worker/simulationClient';

let client: SimulationClient | null = null;

/** One simulation client (and so one worker) for the page, created on first use. */
export function simulationClient(): SimulationClient {
  client ??= createSimulationClient({ timeoutMs: 2000 });
  return client;
}
