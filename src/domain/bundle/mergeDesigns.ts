import type { DesignFile } from '../design/design';

/** Paths not yet used in the design: a merged file never replaces one of the same name. */
function uniquePaths(
  existing: readonly DesignFile[],
  incoming: readonly DesignFile[],
): DesignFile[] {
  const taken = new Set(existing.map((f) => f.path));
  return incoming.map((f) => {
    let path = f.path;
    for (let n = 2; taken.has(path); n++) path = f.path.replace(/(\.[^.]+)?$/, `-${n}$1`);
    taken.add(path);
    return { ...f, path };
  });
}

/**
 * An import merged into a design: its files are added under paths of their own (empty files of the
 * design, such as a new design's blank `design.yaml`, make way), and its scenarios join those whose
 * names are not taken.
 */
export function mergeDesigns<S extends { name: string }>(
  current: { files: readonly DesignFile[]; scenarios: readonly S[] },
  incoming: { files: readonly DesignFile[]; scenarios: readonly S[] },
): { files: DesignFile[]; scenarios: S[] } {
  return {
    files: [
      ...current.files.filter((f) => f.text.trim() !== ''),
      ...uniquePaths(current.files, incoming.files),
    ],
    scenarios: [
      ...current.scenarios,
      ...incoming.scenarios.filter((x) => !current.scenarios.some((y) => y.name === x.name)),
    ],
  };
}
