/** A value to write under a key, or `undefined` to delete the key. */
export type Writes = ReadonlyArray<readonly [key: string, value: unknown]>;

/**
 * The storage the design library needs: IndexedDB in the app, memory in tests. `transact` is the one
 * way to change several keys: it reads them, lets `decide` choose what to write from what it read,
 * and writes, in one step no other tab can interleave with (an IndexedDB transaction). A read and a
 * later separate write is how two tabs used to overwrite each other's saves.
 */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  /** Every key that starts with `prefix`. */
  keys(prefix: string): Promise<string[]>;
  transact<T>(
    keys: readonly string[],
    decide: (values: unknown[]) => { writes: Writes; result: T },
  ): Promise<T>;
}

/** Writes one key (or deletes it with `undefined`) on its own. */
export function put(kv: KeyValueStore, key: string, value: unknown): Promise<void> {
  return kv.transact([], () => ({ writes: [[key, value]], result: undefined }));
}

/**
 * A store in memory: what tests use, shared between several libraries to play several tabs.
 * Values are copied in and out, as IndexedDB's structured clone does. `delay` makes every read
 * and write wait, so tests can let operations of different "tabs" overlap.
 */
export function memoryStore(
  options: { delay?: () => Promise<void> } = {},
): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const wait = options.delay ?? (() => Promise.resolve());
  return {
    data,
    get: async (key) => {
      await wait();
      return structuredClone(data.get(key));
    },
    keys: async (prefix) => {
      await wait();
      return [...data.keys()].filter((k) => k.startsWith(prefix));
    },
    transact: async (keys, decide) => {
      await wait();
      // Read, decide and write with no await in between: nothing else can run meanwhile.
      const { writes, result } = decide(keys.map((k) => structuredClone(data.get(k))));
      for (const [key, value] of writes) {
        if (value === undefined) data.delete(key);
        else data.set(key, structuredClone(value));
      }
      return result;
    },
  };
}
