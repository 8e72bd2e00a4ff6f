/**
 * Work over a big list written as a generator that yields between items, so one computation can
 * run to the end at once (small designs, tests) or be spread over several tasks (a big design's
 * canvas), with the same code and the same result. A loop yields every {@link SLICE_ITEMS}
 * items: checking the clock after each item would cost more than the items.
 */
export type Sliced<T> = Generator<void, T, void>;

/** Items between two yields: well under a millisecond of work each on a slow machine. */
export const SLICE_ITEMS = 256;

/** True every {@link SLICE_ITEMS}th index: where a loop yields. */
export function sliceEnd(i: number): boolean {
  return (i & (SLICE_ITEMS - 1)) === SLICE_ITEMS - 1;
}

/** Runs the work to its end in this task and gives its result. */
export function finish<T>(work: Sliced<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

export interface TaskScheduler {
  /** Runs `task` in a later task of its own. */
  later: (task: () => void) => void;
  now: () => number;
}

/**
 * Runs the works one after another over as many tasks as they need, each task stopping at the
 * first yield after `budgetMs`, then calls `done` in a task of its own. Returns a cancel.
 */
export function runInTasks(
  works: readonly (() => Sliced<unknown>)[],
  done: () => void,
  scheduler: TaskScheduler,
  budgetMs = 24,
): () => void {
  const queue = [...works];
  let current: Sliced<unknown> | null = null;
  let cancelled = false;
  const step = () => {
    if (cancelled) return;
    const start = scheduler.now();
    while (scheduler.now() - start < budgetMs) {
      if (!current) {
        const next = queue.shift();
        if (!next) return scheduler.later(() => cancelled || done());
        current = next();
      }
      if (current.next().done) current = null;
    }
    scheduler.later(step);
  };
  scheduler.later(step);
  return () => {
    cancelled = true;
  };
}
