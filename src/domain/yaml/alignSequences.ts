import { deepEqual } from '../../lib/deepEqual';

export type AlignStep =
  | { op: 'keep' | 'update'; prev: number; next: number }
  | { op: 'delete'; prev: number }
  | { op: 'insert'; next: number };

/** Above this many cells the quadratic alignment is skipped for a positional one. */
const MAX_CELLS = 250_000;

/**
 * Aligns two versions of a list so that an edit touches as few items as possible: equal items
 * are kept (longest common subsequence), and between kept items, old and new items are paired
 * up as updates (so comments inside an edited item survive), with the surplus deleted or inserted.
 */
export function alignSequences(prev: readonly unknown[], next: readonly unknown[]): AlignStep[] {
  const n = prev.length;
  const m = next.length;
  // Most edits change a few items of a long list: equal heads and tails are kept without the
  // quadratic table, which then only spans the part that changed.
  let head = 0;
  while (head < n && head < m && deepEqual(prev[head], next[head])) head++;
  let tail = 0;
  while (tail < n - head && tail < m - head && deepEqual(prev[n - 1 - tail], next[m - 1 - tail]))
    tail++;
  const midPrev = prev.slice(head, n - tail);
  const midNext = next.slice(head, m - tail);
  const middle = midPrev.length * midNext.length <= MAX_CELLS ? lcsMatches(midPrev, midNext) : [];
  const matches: [number, number][] = [];
  for (let k = 0; k < head; k++) matches.push([k, k]);
  for (const [pi, nj] of middle) matches.push([pi + head, nj + head]);
  for (let k = tail; k > 0; k--) matches.push([n - k, m - k]);
  const steps: AlignStep[] = [];
  let i = 0;
  let j = 0;
  const fillGap = (iEnd: number, jEnd: number): void => {
    while (i < iEnd && j < jEnd) steps.push({ op: 'update', prev: i++, next: j++ });
    while (i < iEnd) steps.push({ op: 'delete', prev: i++ });
    while (j < jEnd) steps.push({ op: 'insert', next: j++ });
  };
  for (const [pi, nj] of matches) {
    fillGap(pi, nj);
    steps.push({ op: 'keep', prev: i++, next: j++ });
  }
  fillGap(n, m);
  return steps;
}

function lcsMatches(prev: readonly unknown[], next: readonly unknown[]): [number, number][] {
  const n = prev.length;
  const m = next.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => table[i * (m + 1) + j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] = deepEqual(prev[i], next[j])
        ? at(i + 1, j + 1) + 1
        : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (deepEqual(prev[i], next[j])) {
      out.push([i, j]);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return out;
}
