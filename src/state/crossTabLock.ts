/** Runs `work` while no other holder of the same lock runs; resolves with its result. */
export type CrossTabLock = <T>(work: () => Promise<T>) => Promise<T>;

/** One at a time within this page (the fallback, and what tests share to play several tabs). */
export function localQueue(): CrossTabLock {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
}

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/**
 * One at a time across every tab of this origin, with the Web Locks API. Without it (browsers
 * before 2022) the page falls back to its own queue: each change is still one IndexedDB
 * transaction, which the browser runs one after another across tabs, so no save is lost; only
 * operations of several steps (recovering a crashed tab's edits) may then interleave.
 */
export function crossTabLock(
  name: string,
  locks: LockManagerLike | undefined = globalThis.navigator?.locks,
): CrossTabLock {
  if (!locks) return localQueue();
  return <T>(work: () => Promise<T>) => locks.request(name, work);
}
