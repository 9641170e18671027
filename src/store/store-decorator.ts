import type {
  CandidateQuery,
  CandidateRow,
  GraphStore,
  IntegrityCheck,
  IntegrityOutcome,
  Params,
  PassageSearchOptions,
  PassageSearchResult,
  Row,
  SearchMatch,
  SearchOptions,
  StoreCapabilities,
  WriteOptions,
  WriteStatement,
} from './port/graph-store.port.js';
import type { QueryName } from './query-names.js';

/**
 * A GraphStore that forwards every call to the store it wraps. The store's cross-cutting
 * behaviours (metrics, read cache, outage handling) extend it and override only what they
 * change, so each stays one small idea and they stack in any order.
 */
export abstract class StoreDecorator implements GraphStore {
  constructor(readonly inner: GraphStore) {}

  get capabilities(): StoreCapabilities {
    return this.inner.capabilities;
  }

  applySchema(): Promise<void> {
    return this.inner.applySchema();
  }

  read(query: QueryName, params?: Params): Promise<Row[]> {
    return this.inner.read(query, params);
  }

  write(statements: readonly WriteStatement[], options?: WriteOptions): Promise<boolean> {
    return this.inner.write(statements, options);
  }

  search(text: string, options: SearchOptions): Promise<SearchMatch[]> {
    return this.inner.search(text, options);
  }

  matchCandidates(queries: readonly CandidateQuery[], options: { limit: number }): Promise<CandidateRow[][]> {
    return this.inner.matchCandidates(queries, options);
  }

  searchPassages(text: string, options: PassageSearchOptions): Promise<PassageSearchResult> {
    return this.inner.searchPassages(text, options);
  }

  /** Present exactly when the wrapped store has it. */
  get reopen(): (() => Promise<void>) | undefined {
    const inner = this.inner;
    return inner.reopen ? () => inner.reopen!() : undefined;
  }

  /** Present exactly when the wrapped store has it. */
  get openChecked(): ((check: IntegrityCheck) => Promise<IntegrityOutcome>) | undefined {
    const inner = this.inner;
    return inner.openChecked ? (check) => inner.openChecked!(check) : undefined;
  }

  health(): Promise<void> {
    return this.inner.health();
  }

  onCommit(listener: () => void | Promise<void>): () => void {
    return this.inner.onCommit(listener);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/**
 * A decorator that passes every call reaching the store through one `guard` (the outage breaker,
 * the start-up gate): a call added to the port is guarded here once, not in each of them.
 * `health` is left to each: it is how they decide.
 */
export abstract class GuardedStore extends StoreDecorator {
  protected abstract guard<T>(call: () => Promise<T>): Promise<T>;

  override applySchema(): Promise<void> {
    return this.guard(() => this.inner.applySchema());
  }

  override read(query: QueryName, params?: Params): Promise<Row[]> {
    return this.guard(() => this.inner.read(query, params));
  }

  override write(statements: readonly WriteStatement[], options?: WriteOptions): Promise<boolean> {
    return this.guard(() => this.inner.write(statements, options));
  }

  override search(text: string, options: SearchOptions): Promise<SearchMatch[]> {
    return this.guard(() => this.inner.search(text, options));
  }

  override matchCandidates(
    queries: readonly CandidateQuery[],
    options: { limit: number },
  ): Promise<CandidateRow[][]> {
    return this.guard(() => this.inner.matchCandidates(queries, options));
  }

  override searchPassages(text: string, options: PassageSearchOptions): Promise<PassageSearchResult> {
    return this.guard(() => this.inner.searchPassages(text, options));
  }
}
