import { useSyncExternalStore } from 'react';
import { liveBus, type LiveSnapshot } from '../../worker/liveBus';

/** The page's connection to `eventflow tap --serve`, as React state. */
export function useLiveBus(): LiveSnapshot {
  const bus = liveBus();
  return useSyncExternalStore(bus.subscribe, bus.getSnapshot);
}
