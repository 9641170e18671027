import type { Metrics } from '../server/metrics.js';
import type {
  CandidateQuery,
  CandidateRow,
  GraphStore,
  Params,
  PassageSearchOptions,
  PassageSearchResult,
  Row,
  SearchMatch,
  SearchOptions,
  WriteOptions,
  WriteStatement,
} from './port/graph-store.port.js';
import type { QueryName } from './query-names.js';
import { StoreDecorator } from './store-decorator.js';

/**
 * Counts and times every call that reaches the store it wraps: the single place where
 * `ilo_graph_store_queries_total` is incremented, whichever adapter is behind it.
 */
export class InstrumentedStore extends StoreDecorator {
  constructor(
    inner: GraphStore,
    private readonly metrics: Metrics,
  ) {
    super(inner);
  }

  override applySchema(): Promise<void> {
    return this.observe('schema', () => this.inner.applySchema());
  }

  override read(query: QueryName, params?: Params): Promise<Row[]> {
    return this.observe(query, () => this.inner.read(query, params));
  }

  override write(statements: readonly WriteStatement[], options?: WriteOptions): Promise<boolean> {
    return this.observe('write', () => this.inner.write(statements, options));
  }

  override search(text: string, options: SearchOptions): Promise<SearchMatch[]> {
    return this.observe('search', () => this.inner.search(text, options));
  }
  override matchCandidates(
    queries: readonly CandidateQuery[],
    options: { limit: number },
  ): Promise<CandidateRow[][]> {
    return this.observe('match-candidates', () => this.inner.matchCandidates(queries, options));
  }

  override searchPassages(text: string, options: PassageSearchOptions): Promise<PassageSearchResult> {
    return this.observe('search-passages', () => this.inner.searchPassages(text, options));
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
