import { registerCache, type CacheCounts, type CacheSize } from './cache-registry.js';
import { stringBytes } from './estimate-bytes.js';

export interface BoundedCacheOptions<K> {
  /** What /metrics calls it (`ilo_graph_cache_bytes{cache="..."}`). */
  name: string;
  /** Most entries kept. */
  maxEntries: number;
  /** Most bytes kept, keys and values together (estimated). */
  maxBytes: number;
  /** An entry larger than this is not cached at all (default: an eighth of maxBytes). */
  maxEntryBytes?: number;
  /** Bytes a key holds (default: a string's length, two bytes a character; 0 for other keys). */
  keyBytes?: (key: K) => number;
}

interface Entry<V> {
  value: V;
  bytes: number;
}

/**
 * A least-recently-used cache bounded by entries AND bytes, with a per-entry cap: what every
 * in-process cache of the server is built on (read cache, persisted queries, parsed documents,
 * PageRank, the search index).
 *
 * Why bytes: a cache that counts entries lets one client choose how large each entry is (a
 * 95 kB variable reused in 50 aliases made 50 keys of ~190 kB each; 210 such requests took the
 * process from 184 MB to 1.8 GB). Sizes are the callers' estimates (estimate-bytes.ts); an entry
 * whose size becomes known later (a pending read) is resized when it is.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();
  private totalBytes = 0;
  private readonly counts: CacheCounts;
  readonly maxEntryBytes: number;

  constructor(private readonly options: BoundedCacheOptions<K>) {
    this.maxEntryBytes = options.maxEntryBytes ?? Math.floor(options.maxBytes / 8);
    this.counts = registerCache(this, options.name);
  }

  get name(): string {
    return this.options.name;
  }

  /** Entries and bytes held now. */
  size(): CacheSize {
    return { name: this.options.name, entries: this.entries.size, bytes: this.totalBytes };
  }

  /** The value, refreshed as the most recently used; undefined when absent. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /**
   * Keeps a value of `valueBytes` (estimated) under `key`, evicting the least recently used
   * entries as needed. Returns false, keeping nothing, when the entry alone is over maxEntryBytes.
   */
  set(key: K, value: V, valueBytes: number): boolean {
    this.delete(key);
    const bytes = this.keyBytes(key) + valueBytes;
    if (bytes > this.maxEntryBytes) {
      this.counts.oversized++;
      return false;
    }
    this.entries.set(key, { value, bytes });
    this.totalBytes += bytes;
    this.evictOverBudget();
    return true;
  }

  /**
   * The value under `key` (if it is still `value`) now holds `valueBytes`: kept and re-counted,
   * or dropped when over maxEntryBytes. Returns whether it is still cached.
   */
  resize(key: K, value: V, valueBytes: number): boolean {
    const entry = this.entries.get(key);
    if (!entry || entry.value !== value) return false;
    const bytes = this.keyBytes(key) + valueBytes;
    if (bytes > this.maxEntryBytes) {
      this.counts.oversized++;
      this.delete(key);
      return false;
    }
    this.totalBytes += bytes - entry.bytes;
    entry.bytes = bytes;
    this.evictOverBudget();
    return this.entries.has(key);
  }

  delete(key: K): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
    return true;
  }

  /** Deletes the entry only if it still holds `value` (a newer one is left alone). */
  deleteIf(key: K, value: V): void {
    if (this.entries.get(key)?.value === value) this.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.totalBytes = 0;
  }

  private keyBytes(key: K): number {
    if (this.options.keyBytes) return this.options.keyBytes(key);
    return typeof key === 'string' ? stringBytes(key) : 0;
  }

  private evictOverBudget(): void {
    while (this.entries.size > this.options.maxEntries || this.totalBytes > this.options.maxBytes) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
      this.counts.evictions++;
    }
  }
}
