import type {
  Params,
  Row,
  SearchMatch,
  SearchOptions,
  WriteOptions,
  WriteStatement,
} from './port/graph-store.port.js';
import { StoreError } from './port/store-error.js';
import type { QueryName } from './query-names.js';
import { StoreDecorator } from './store-decorator.js';

/**
 * The store as requests see it while the server prepares the graph at start (prepare-graph.ts):
 * every call fails fast with STORE_UNAVAILABLE and the reason (so operations answer that code and
 * /ready answers 503 saying why), until `open()`. The server listens meanwhile: liveness probes
 * pass, and a database that is late or still being loaded by another server delays nothing else.
 */
export class StartupGate extends StoreDecorator {
  private opened = false;
  private reason = 'The server is preparing the graph.';

  get isOpen(): boolean {
    return this.opened;
  }

  /** What keeps the graph from being served yet, as /ready reports it. */
  waitingFor(reason: string): void {
    this.reason = reason;
  }

  open(): void {
    this.opened = true;
  }

  override applySchema(): Promise<void> {
    return this.pass(() => this.inner.applySchema());
  }

  override read(query: QueryName, params?: Params): Promise<Row[]> {
    return this.pass(() => this.inner.read(query, params));
  }

  override write(statements: readonly WriteStatement[], options?: WriteOptions): Promise<boolean> {
    return this.pass(() => this.inner.write(statements, options));
  }

  override search(text: string, options: SearchOptions): Promise<SearchMatch[]> {
    return this.pass(() => this.inner.search(text, options));
  }

  override health(): Promise<void> {
    return this.pass(() => this.inner.health());
  }

  private pass<T>(call: () => Promise<T>): Promise<T> {
    if (!this.opened) return Promise.reject(new StoreError('STORE_UNAVAILABLE', this.reason));
    return call();
  }
}
