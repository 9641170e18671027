import type {
  GraphStore,
  Params,
  Row,
  SearchMatch,
  SearchOptions,
  StoreCapabilities,
  WriteStatement,
} from './port/graph-store.port.js';
import { StoreError } from './port/store-error.js';
import type { QueryName } from './query-names.js';

export interface ResilienceOptions {
  /** A call still running after this long makes the store check its health (0: never). */
  probeAfterMs: number;
  /** First and longest wait between recovery attempts (doubling in between). */
  minBackoffMs: number;
  maxBackoffMs: number;
  /** Told about state changes (for the log). */
  onStateChange?: (state: 'up' | 'down', reason?: string) => void;
}

const DEFAULTS: ResilienceOptions = { probeAfterMs: 2_000, minBackoffMs: 100, maxBackoffMs: 5_000 };

/**
 * A circuit breaker with self-repair in front of any GraphStore.
 *
 * - A STORE_UNAVAILABLE from any call (health included) marks the store down: calls in flight
 *   fail at once with STORE_UNAVAILABLE, and new ones fail fast without touching the store.
 * - A call slower than `probeAfterMs` makes it check health meanwhile, so a dead server cannot
 *   keep requests hanging in the driver's retry loop.
 * - While down, it retries in the background with exponential backoff: health, and, when the
 *   store has the `reopen` capability (the embedded store), reopen then health. The first
 *   success marks it up again: the server serves without a restart.
 */
export class ResilientStore implements GraphStore {
  private state: 'up' | 'down' = 'up';
  private downSince: Promise<never> | undefined;
  private rejectInFlight: ((error: StoreError) => void) | undefined;
  private recovery: Promise<void> | undefined;
  private probing: Promise<void> | undefined;
  private closed = false;
  private wakeRecovery: (() => void) | undefined;
  private readonly options: ResilienceOptions;

  constructor(
    readonly inner: GraphStore,
    options: Partial<ResilienceOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.armInFlightSignal();
  }

  get capabilities(): StoreCapabilities {
    return this.inner.capabilities;
  }

  /** `up` while the store answers; `down` from an outage until a recovery attempt succeeds. */
  get status(): 'up' | 'down' {
    return this.state;
  }

  applySchema(): Promise<void> {
    return this.guard(() => this.inner.applySchema());
  }

  read(query: QueryName, params?: Params): Promise<Row[]> {
    return this.guard(() => this.inner.read(query, params));
  }

  write(statements: readonly WriteStatement[]): Promise<void> {
    return this.guard(() => this.inner.write(statements));
  }

  search(text: string, options: SearchOptions): Promise<SearchMatch[]> {
    return this.guard(() => this.inner.search(text, options));
  }

  get pageRank(): (() => Promise<Map<string, number>>) | undefined {
    const inner = this.inner;
    return inner.pageRank ? () => this.guard(() => inner.pageRank!()) : undefined;
  }

  async health(): Promise<void> {
    // While down, /ready answers from the breaker and hurries the next recovery attempt.
    if (this.state === 'down') {
      this.wakeRecovery?.();
      throw unavailable('The graph store is down; reconnecting.');
    }
    try {
      await this.inner.health();
    } catch (error) {
      this.noteFailure(error);
      throw error;
    }
  }

  onCommit(listener: () => void | Promise<void>): () => void {
    return this.inner.onCommit(listener);
  }

  async reopen(): Promise<void> {
    if (this.inner.reopen) await this.inner.reopen();
    this.markUp();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeRecovery?.();
    await this.inner.close();
  }

  private async guard<T>(run: () => Promise<T>): Promise<T> {
    if (this.state === 'down') throw unavailable('The graph store is down; reconnecting.');
    const probe =
      this.options.probeAfterMs > 0
        ? setTimeout(() => void this.probe(), this.options.probeAfterMs)
        : undefined;
    try {
      return await Promise.race([run(), this.downSince!]);
    } catch (error) {
      this.noteFailure(error);
      throw error;
    } finally {
      clearTimeout(probe);
    }
  }

  /** One health check at a time, started by a slow call. */
  private probe(): Promise<void> {
    this.probing ??= this.inner
      .health()
      .catch((error: unknown) => this.noteFailure(error))
      .finally(() => (this.probing = undefined));
    return this.probing;
  }

  private noteFailure(error: unknown): void {
    if (error instanceof StoreError && error.code === 'STORE_UNAVAILABLE') this.markDown(error.message);
  }

  private markDown(reason: string): void {
    if (this.state === 'down' || this.closed) return;
    this.state = 'down';
    this.options.onStateChange?.('down', reason);
    this.rejectInFlight?.(unavailable(`The graph store went down: ${reason}`));
    this.recovery ??= this.recover().finally(() => (this.recovery = undefined));
  }

  private markUp(): void {
    if (this.state === 'up') return;
    this.armInFlightSignal();
    this.state = 'up';
    this.options.onStateChange?.('up');
  }

  /** A fresh promise that rejects every call in flight when the store goes down. */
  private armInFlightSignal(): void {
    this.downSince = new Promise<never>((_resolve, reject) => (this.rejectInFlight = reject));
    this.downSince.catch(() => undefined);
  }

  private async recover(): Promise<void> {
    let wait = this.options.minBackoffMs;
    while (!this.closed && this.state === 'down') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        this.wakeRecovery = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeRecovery = undefined;
      if (this.closed) return;
      try {
        await this.inner.health().catch(async (error: unknown) => {
          if (!this.inner.reopen) throw error;
          await this.inner.reopen();
          await this.inner.health();
        });
        this.markUp();
      } catch {
        wait = Math.min(wait * 2, this.options.maxBackoffMs);
      }
    }
  }
}

function unavailable(message: string): StoreError {
  return new StoreError('STORE_UNAVAILABLE', message);
}
