/** The part of the Web Storage API the stores use, so node tests can pass a Map-backed fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** An in-memory storage for tests and for browsers that refuse localStorage. */
export class MemoryStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

/** localStorage when the browser allows it (private modes may throw), else memory. */
export function browserStorage(): KeyValueStorage {
  try {
    const s = window.localStorage;
    const probe = "headcam.probe";
    s.setItem(probe, "1");
    s.removeItem(probe);
    return s;
  } catch {
    return new MemoryStorage();
  }
}

/**
 * Moves a value that failed validation aside to `<key>.corrupt.<ISO date>` so nothing
 * the player saved is ever silently lost. Returns the key it was moved to.
 */
export function moveAside(storage: KeyValueStorage, key: string, raw: string, isoDate: string): string {
  const aside = `${key}.corrupt.${isoDate}`;
  try {
    storage.setItem(aside, raw);
    storage.removeItem(key);
  } catch {
    /* storage full or refused: leave the original where it is */
  }
  return aside;
}
