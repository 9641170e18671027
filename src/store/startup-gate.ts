import { StoreError } from './port/store-error.js';
import { GuardedStore } from './store-decorator.js';

/**
 * The store as requests see it while the server prepares the graph at start (prepare-graph.ts):
 * every call fails fast with STORE_UNAVAILABLE and the reason (so operations answer that code and
 * /ready answers 503 saying why), until `open()`. The server listens meanwhile: liveness probes
 * pass, and a database that is late or still being loaded by another server delays nothing else.
 */
export class StartupGate extends GuardedStore {
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

  override health(): Promise<void> {
    return this.guard(() => this.inner.health());
  }

  protected guard<T>(call: () => Promise<T>): Promise<T> {
    if (!this.opened) return Promise.reject(new StoreError('STORE_UNAVAILABLE', this.reason));
    return call();
  }
}
