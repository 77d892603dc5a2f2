/**
 * A small in-memory cache of loaded projections. An entry is found by its key (the option set:
 * scope, tie half-life, day) and is only reused while the graph version it was loaded at is still
 * current; a changed version reloads. At most `capacity` entries are kept (least recently used
 * goes first), so memory stays bounded. Concurrent requests for the same key and version share
 * one load; a failed load is not kept.
 */
export class ProjectionCache<T> {
  private readonly entries = new Map<string, { version: string; value: Promise<T> }>();

  constructor(private readonly capacity = 2) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`cache capacity must be a positive integer, got ${capacity}`);
    }
  }

  /** The value for `key` at `version`: the cached one, or a fresh `load()` that replaces it. */
  get(key: string, version: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    this.entries.delete(key);
    if (hit && hit.version === version) {
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = load();
    const entry = { version, value };
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  /** How many entries are held (for tests and diagnostics). */
  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
