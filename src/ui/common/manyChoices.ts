/**
 * From this many choices on, a list of them (the simulator's events, its triggers' outcomes) shows
 * this many at a time, found by name: a design of 130,000 events drew as many options in one task
 * of six seconds when the Simulator opened.
 */
export const SHOWN_CHOICES = 50;

export interface FoundChoices<T> {
  /** Whether there are more choices than are shown at once (a search field is then offered). */
  many: boolean;
  /** The matches to draw, at most {@link SHOWN_CHOICES}, with `keep` among them when given. */
  shown: T[];
  /** How many matches are not drawn. */
  more: number;
  found: number;
}

/** The choices whose name holds `find` (all of them when it is empty), as many as are drawn. */
export function findChoices<T>(
  items: readonly T[],
  find: string,
  name: (item: T) => string,
  keep?: T,
): FoundChoices<T> {
  if (items.length <= SHOWN_CHOICES)
    return { many: false, shown: [...items], more: 0, found: items.length };
  const shown: T[] = [];
  let found = 0;
  for (const item of items) {
    if (find && !name(item).includes(find)) continue;
    found++;
    if (shown.length < SHOWN_CHOICES) shown.push(item);
  }
  // The chosen one stays drawn (a select shows its value only among its options).
  if (keep !== undefined && !shown.includes(keep)) shown.unshift(keep);
  return { many: true, shown, more: Math.max(0, found - SHOWN_CHOICES), found };
}
