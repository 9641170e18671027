import type { Metrics } from '../server/metrics.js';
import type {
  GraphStore,
  Params,
  Row,
  SearchMatch,
  SearchOptions,
  StoreCapabilities,
  WriteStatement,
} from './port/graph-store.port.js';
import type { QueryName } from './query-names.js';

/**
 * A GraphStore that counts and times every call of the store it wraps: the single place where
 * `ilo_graph_store_queries_total` is incremented, whichever adapter is behind it.
 */
export class InstrumentedStore implements GraphStore {
  constructor(
    readonly inner: GraphStore,
    private readonly metrics: Metrics,
  ) {}

  get capabilities(): StoreCapabilities {
    return this.inner.capabilities;
  }

  applySchema(): Promise<void> {
    return this.inner.applySchema();
  }

  read(query: QueryName, params?: Params): Promise<Row[]> {
    return this.observe(query, () => this.inner.read(query, params));
  }

  write(statements: readonly WriteStatement[]): Promise<void> {
    return this.observe('write', () => this.inner.write(statements));
  }

  search(text: string, options: SearchOptions): Promise<SearchMatch[]> {
    return this.observe('search', () => this.inner.search(text, options));
  }

  get pageRank(): (() => Promise<Map<string, number>>) | undefined {
    const inner = this.inner;
    return inner.pageRank ? () => this.observe('page-rank', () => inner.pageRank!()) : undefined;
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

  private async observe<T>(name: string, run: () => Promise<T>): Promise<T> {
    const stop = this.metrics.storeQuerySeconds.startTimer({ query: name });
    try {
      const result = await run();
      this.metrics.storeQueries.inc({ query: name, outcome: 'ok' });
      return result;
    } catch (error) {
      this.metrics.storeQueries.inc({ query: name, outcome: 'error' });
      throw error;
    } finally {
      stop();
    }
  }
}
