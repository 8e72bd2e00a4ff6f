import { createStore, promisifyRequest } from 'idb-keyval';
import { DesignLibrary } from './designLibrary';
import type { KeyValueStore } from './keyValueStore';
import { crossTabLock } from './crossTabLock';

/**
 * IndexedDB as the library's store. The database and object store are idb-keyval's defaults, so
 * designs saved by earlier versions of the app are found. `transact` is one readwrite transaction:
 * the browser never interleaves two of them (in any tab) on the same store.
 */
function indexedDbStore(): KeyValueStore {
  const withStore = createStore('keyval-store', 'keyval');
  return {
    get: (key) => withStore('readonly', (s) => promisifyRequest(s.get(key))),
    keys: (prefix) =>
      withStore('readonly', (s) =>
        promisifyRequest(s.getAllKeys(IDBKeyRange.bound(prefix, `${prefix}\uffff`))),
      ).then((keys) => keys.map(String)),
    transact: (keys, decide) =>
      withStore('readwrite', async (s) => {
        // Only requests of this transaction are awaited, so it stays open until the writes.
        const values = await Promise.all(keys.map((k) => promisifyRequest(s.get(k))));
        const { writes, result } = decide(values);
        for (const [key, value] of writes) {
          if (value === undefined) s.delete(key);
          else s.put(value, key);
        }
        await promisifyRequest(s.transaction);
        return result;
      }),
  };
}

/** The designs kept in this browser's IndexedDB, shared safely by every tab. */
export function browserLibrary(): DesignLibrary {
  return new DesignLibrary(
    indexedDbStore(),
    typeof localStorage === 'undefined' ? null : localStorage,
    undefined,
    crossTabLock('eventflow:design-library'),
  );
}
