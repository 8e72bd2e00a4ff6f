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
  // The verdict is kept with the inputs it was computed for, so a stale one is never shown.
  const [result, setResult] = useState<{ key: string; outcome: FilterOutcome } | null>(null);
  // Every input by value: the objects themselves are new on each render.
  const key = JSON.stringify({ filters, operator, sample });
  const wanted = sample !== null && Object.keys(filters).length > 0;
  useEffect(() => {
    if (!wanted) return;
    const input = JSON.parse(key) as {
      filters: Record<string, unknown>;
      operator: unknown;
      sample: SensorEvent;
    };
    const { filters, operator, sample } = input;
    let live = true;
    const setOutcome = (outcome: FilterOutcome) => setResult({ key, outcome });
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
  }, [key, wanted]);
  return wanted && result?.key === key ? result.outcome : null;
}
