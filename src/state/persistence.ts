import { del, get, set } from 'idb-keyval';
import { DesignLibrary } from './designLibrary';

/** The designs kept in this browser's IndexedDB. */
export function browserLibrary(): DesignLibrary {
  return new DesignLibrary(
    { get: (k) => get(k), set: (k, v) => set(k, v), del: (k) => del(k) },
    typeof localStorage === 'undefined' ? null : localStorage,
  );
}
