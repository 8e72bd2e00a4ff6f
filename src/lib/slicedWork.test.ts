import { describe, expect, it } from 'vitest';
import { finish, runInTasks, sliceEnd, SLICE_ITEMS, type Sliced } from './slicedWork';

function* sum(items: number[]): Sliced<number> {
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    if (sliceEnd(i)) yield;
    total += items[i]!;
  }
  return total;
}

/** A scheduler whose clock moves 1 ms per reading and whose tasks run when asked. */
function manualScheduler() {
  const tasks: (() => void)[] = [];
  let t = 0;
  return {
    tasks,
    scheduler: { later: (task: () => void) => void tasks.push(task), now: () => t++ },
  };
}

describe('sliced work', () => {
  it('gives the same result run at once as over many tasks', () => {
    const items = Array.from({ length: SLICE_ITEMS * 40 + 3 }, (_, i) => i);
    const atOnce = finish(sum(items));
    const { tasks, scheduler } = manualScheduler();
    let spread = -1;
    let done = false;
    runInTasks(
      [
        function* () {
          spread = yield* sum(items);
        },
      ],
      () => (done = true),
      scheduler,
      10,
    );
    let ran = 0;
    while (tasks.length) {
      tasks.shift()!();
      ran++;
    }
    expect(done).toBe(true);
    expect(spread).toBe(atOnce);
    // Each task stopped at its budget: the 41 slices took several tasks, and `done` one more.
    expect(ran).toBeGreaterThan(4);
  });

  it('runs works in order and stops when cancelled', () => {
    const { tasks, scheduler } = manualScheduler();
    const order: string[] = [];
    const work = (name: string) =>
      function* (): Sliced<void> {
        order.push(`${name} start`);
        yield;
        order.push(`${name} end`);
      };
    let done = false;
    const cancel = runInTasks([work('a'), work('b')], () => (done = true), scheduler, 1000);
    tasks.shift()!();
    expect(order).toEqual(['a start', 'a end', 'b start', 'b end']);
    cancel();
    while (tasks.length) tasks.shift()!();
    expect(done).toBe(false);
  });
});
