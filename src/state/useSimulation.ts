import { createContext, startTransition, useContext, useEffect, useState } from 'react';
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

/**
 * Reads the simulator session like {@link useSimulation}, but follows it in a transition: the
 * component is drawn again after the task that changed the store, in slices the browser can
 * interrupt, rather than inside it (a store subscription renders synchronously, transition or
 * not). For what a burst changes on every chunk (timeline rows, badges, edges, the details), so
 * recording a chunk stays a short task. `selector` must be stable (module level or memoised).
 */
export function useSimulationView<T>(selector: (state: SimulationState) => T): T {
  const store = useSimulationStore();
  const [view, setView] = useState(() => ({ selector, value: selector(store.getState()) }));
  useEffect(() => {
    const follow = () => {
      const value = selector(store.getState());
      startTransition(() =>
        setView((v) =>
          v.selector === selector && Object.is(v.value, value) ? v : { selector, value },
        ),
      );
    };
    follow();
    return store.subscribe(follow);
  }, [store, selector]);
  // A new selector (new props) reads the store now, not at its next change.
  return view.selector === selector ? view.value : selector(store.getState());
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
