import { parseDesign, type DesignFile, type ParsedDesignFile } from '../domain/design/design';

// Keyed by the files array itself: the store checks that new text parses and the selectors then
// need the same parse; at 1,000 nodes parsing is the largest cost of an edit, so it happens once.
const cache = new WeakMap<readonly DesignFile[], ParsedDesignFile[]>();

export function parseDesignCached(files: readonly DesignFile[]): ParsedDesignFile[] {
  let parsed = cache.get(files);
  if (!parsed) {
    parsed = parseDesign(files);
    cache.set(files, parsed);
  }
  return parsed;
}
