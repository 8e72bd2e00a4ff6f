import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { SimulationState, SimulationStore } from './simulationStore';
import type { SimulationController } from './simulationController';

export const SimulationStoreContext = createContext<SimulationStore | null>(null);

/** Reads the simulator session of the open design, through a selector. */
export function useSimulation<T>(selector: (state: SimulationState) => T): T {
  const store = useContext(SimulationStoreContext);
  if (!store) throw new Error('useSimulation needs a SimulationStoreContext provider');
  return useStore(store, selector);
}

export function useSimulationStore(): SimulationStore {
  const store = useContext(SimulationStoreContext);
  if (!store) throw new Error('useSimulationStore needs a SimulationStoreContext provider');
  return store;
}

export const SimulationControllerContext = createContext<SimulationController | null>(null);

/** The open design's simulator: `run` sends inputs through the worker into the timeline. */
export function useSimulationController(): SimulationController {
  const controller = useContext(SimulationControllerContext);
  if (!controller) throw new Error('useSimulationController needs a provider');
  return controller;
}
