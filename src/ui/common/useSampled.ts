import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * `value`, or while `everyMs` is over 0, `value` as it was at most `everyMs` ago: it follows in a
 * transition once per period, with the newest value of that period. For what changes many times a
 * second and cannot be read that fast anyway (a burst's newest step in the details column).
 */
export function useSampled<T>(value: T, everyMs: number): T {
  const [held, setHeld] = useState(value);
  const taken = useRef(0);
  // Not sampling, the held value follows as it is shown, so sampling starts from the current one.
  if (everyMs <= 0 && !Object.is(held, value)) setHeld(value);
  useEffect(() => {
    if (everyMs <= 0) return;
    const take = () => {
      taken.current = performance.now();
      startTransition(() => setHeld(() => value));
    };
    const wait = taken.current + everyMs - performance.now();
    if (wait <= 0) return take();
    const timer = setTimeout(take, wait);
    return () => clearTimeout(timer);
  }, [value, everyMs]);
  return everyMs <= 0 ? value : held;
}
