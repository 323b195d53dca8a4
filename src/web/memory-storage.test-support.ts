/**
 * A Storage kept in memory, for the unit tests of modules that keep things in localStorage: Node
 * has none. Installed on globalThis for one test and removed after it.
 */
export function installMemoryStorage(): { storage: Storage; remove: () => void } {
  const items = new Map<string, string>();
  const storage: Storage = {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      items.set(key, String(value));
    },
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
  return {
    storage,
    remove: () => {
      Reflect.deleteProperty(globalThis, 'localStorage');
    },
  };
}
