import { BoundedCache } from '../cache/bounded-cache.js';
import { estimateBytes } from '../cache/estimate-bytes.js';
import type { GraphStore, Params, Row, WriteOptions, WriteStatement } from './port/graph-store.port.js';
import type { QueryName } from './query-names.js';
import { StoreDecorator } from './store-decorator.js';
import { deepFreeze } from '../util/deep-freeze.js';

export interface ReadCacheOptions {
  /** Most results kept. */
  maxEntries: number;
  /** Most bytes kept, keys and rows together (estimated); READ_CACHE_MB. */
  maxBytes: number;
  /** A key (query name and parameters as JSON) longer than this is never cached. */
  maxKeyBytes: number;
}

export const DEFAULT_READ_CACHE: ReadCacheOptions = {
  maxEntries: 10_000,
  maxBytes: 32 * 1024 * 1024,
  // Parameters are ids and filters: a DataLoader batch of a few hundred ids stays well under.
  maxKeyBytes: 64 * 1024,
};

/**
 * What a cached result really holds beside its rows: the models the loaders derive from them
 * (src/loaders/derive-once.ts), kept as long as the rows are. Measured on the knowledge base:
 * about as much again as the rows.
 */
const DERIVED_FACTOR = 2;

/**
 * A read cache in front of a store, emptied after every committed write.
 *
 * Why: the knowledge graph changes only when it is re-seeded, while each store round trip has a
 * floor of about 2 ms on the embedded store (DESIGN.md section 6), so repeated reads are the
 * cost that remains once DataLoaders batch. It is correct only while this process sees every
 * write (the embedded store, or one writer): with several servers writing to one Neo4j, leave it
 * off (READ_CACHE=false), as the default does for Neo4j.
 *
 * Bounded by entries and by bytes (least recently used first out); a read whose key (the
 * client's filters and ids, as JSON) or rows alone are too large is answered without being
 * kept. Cached rows are shared between callers: they are frozen so no caller can change another's.
 */
export class CachedStore extends StoreDecorator {
  private readonly entries: BoundedCache<string, Promise<Row[]>>;
  private readonly maxKeyBytes: number;

  constructor(inner: GraphStore, options: Partial<ReadCacheOptions> = {}) {
    super(inner);
    const o = { ...DEFAULT_READ_CACHE, ...options };
    this.maxKeyBytes = o.maxKeyBytes;
    this.entries = new BoundedCache({ name: 'read', maxEntries: o.maxEntries, maxBytes: o.maxBytes });
    inner.onCommit(() => this.clear());
  }

  get size(): number {
    return this.entries.size().entries;
  }

  /** Estimated bytes held. */
  get bytes(): number {
    return this.entries.size().bytes;
  }

  clear(): void {
    this.entries.clear();
  }

  override read(query: QueryName, params: Params = {}): Promise<Row[]> {
    const json = JSON.stringify(params);
    // Not even built into a key: a key holds the client's strings whole.
    if (json.length * 2 > this.maxKeyBytes) return this.inner.read(query, params).then(deepFreeze);
    const key = `${query}\u0000${json}`;
    const hit = this.entries.get(key);
    if (hit) return hit;
    const result = this.inner.read(query, params).then(deepFreeze);
    // Counted by its key until the rows arrive, then by its rows too (or dropped if too large).
    if (this.entries.set(key, result, 0)) {
      const maxBytes = this.entries.maxEntryBytes;
      result.then(
        (rows) => this.entries.resize(key, result, DERIVED_FACTOR * estimateBytes(rows, maxBytes)),
        // A failure is not cached: the next call tries again.
        () => this.entries.deleteIf(key, result),
      );
    }
    return result;
  }

  override async write(statements: readonly WriteStatement[], options?: WriteOptions): Promise<boolean> {
    try {
      return await this.inner.write(statements, options);
    } finally {
      // Even a failed write may have been partly applied by a store without transactions.
      this.clear();
    }
  }

  override close(): Promise<void> {
    this.clear();
    return this.inner.close();
  }
}
