import { useEffect, useState } from 'react';
import type { SensorEvent } from '../../engine/event';
import type { FilterOutcome } from '../../engine/filters/filterEvent';

type FilterEngine = typeof import('../../engine/filters/filterEvent');
let engine: Promise<FilterEngine> | null = null;

/**
 * The engine's verdict on the sample event. The filter engine (with its Lua VM) loads on first use,
 * keeping it out of the initial bundle; the result follows every edit.
 */
export function useFilterOutcome(
  filters: Record<string, unknown>,
  operator: unknown,
  sample: SensorEvent | null,
): FilterOutcome | null {
  const [outcome, setOutcome] = useState<FilterOutcome | null>(null);
  const key = JSON.stringify([filters, operator, sample?.context.id, sample?.data]);
  useEffect(() => {
    if (!sample || Object.keys(filters).length === 0) return setOutcome(null);
    let live = true;
    engine ??= import('../../engine/filters/filterEvent');
    void engine.then((m) => {
      if (!live) return;
      try {
        setOutcome(
          m.filterEvent(
            filters,
            operator,
            sample,
            sample.context.time ? Date.parse(sample.context.time) : 0,
          ),
        );
      } catch (e) {
        setOutcome({
          pass: false,
          operator: 'and',
          families: [],
          reason: `the filters could not be evaluated: ${(e as Error).message}`,
        } as FilterOutcome);
      }
    });
    return () => {
      live = false;
    };
    // The key captures every input by value; the objects themselves are new on each render.
  }, [key]);
  return outcome;
}
