import type { GraphStore, Params, Row, WriteOptions, WriteStatement } from './port/graph-store.port.js';
import type { QueryName } from './query-names.js';
import { StoreDecorator } from './store-decorator.js';
import { deepFreeze } from '../util/deep-freeze.js';

export interface ReadCacheOptions {
  /** Most results kept; the least recently used go first. */
  maxEntries: number;
}

/**
 * A read cache in front of a store, emptied after every committed write.
 *
 * Why: the knowledge graph changes only when it is re-seeded, while each store round trip has a
 * floor of about 2 ms on the embedded store (DESIGN.md section 6), so repeated reads are the
 * cost that remains once DataLoaders batch. It is correct only while this process sees every
 * write (the embedded store, or one writer): with several servers writing to one Neo4j, leave it
 * off (READ_CACHE=false), as the default does for Neo4j.
 *
 * Cached rows are shared between callers: they are frozen so no caller can change another's.
 */
export class CachedStore extends StoreDecorator {
  private readonly entries = new Map<string, Promise<Row[]>>();

  constructor(
    inner: GraphStore,
    private readonly options: ReadCacheOptions = { maxEntries: 10_000 },
  ) {
    super(inner);
    inner.onCommit(() => this.clear());
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }

  override read(query: QueryName, params: Params = {}): Promise<Row[]> {
    const key = `${query}\u0000${JSON.stringify(params)}`;
    const hit = this.entries.get(key);
    if (hit) {
      // Refresh its place in the LRU order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const result = this.inner.read(query, params).then(deepFreeze);
    // A failure is not cached: the next call tries again.
    result.catch(() => this.entries.delete(key));
    this.entries.set(key, result);
    if (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
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
