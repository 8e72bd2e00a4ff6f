import { closest } from '../../lib/editDistance';

/**
 * The gjson paths of a JSON value's fields, for pickers and "did you mean" hints. Keys are escaped
 * so gjson reads them as plain keys (`.`, `*`, `?`, `|`, `#`, `@`, `!`, `\`, brackets and query
 * operators get a backslash; fewer than gjson.Escape, so paths stay readable), arrays use indexes.
 */
function escapeGjsonKey(key: string): string {
  return key.replace(/[\\.*?|#@!=<>%[\]{}()]/g, (c) => `\\${c}`);
}

export function joinGjsonPath(parent: string, key: string | number): string {
  const part = typeof key === 'number' ? String(key) : escapeGjsonKey(key);
  return parent ? `${parent}.${part}` : part;
}

/** Every path in the value, parents before children, up to `limit` paths (payloads can be big). */
export function listPayloadPaths(value: unknown, limit = 5000): string[] {
  const out: string[] = [];
  const visit = (v: unknown, path: string) => {
    if (out.length >= limit) return;
    if (path) out.push(path);
    if (Array.isArray(v)) v.forEach((item, i) => visit(item, joinGjsonPath(path, i)));
    else if (v !== null && typeof v === 'object')
      for (const [k, item] of Object.entries(v)) visit(item, joinGjsonPath(path, k));
  };
  visit(value, '');
  return out;
}

/** The known path closest to `wanted` by edit distance, when it is close enough to be a likely typo. */
export function closestPath(wanted: string, paths: readonly string[]): string | undefined {
  return closest(wanted, paths);
}
