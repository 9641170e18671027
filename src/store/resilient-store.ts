import type { GraphStore } from './port/graph-store.port.js';
import { StoreError } from './port/store-error.js';
import { GuardedStore } from './store-decorator.js';

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
export class ResilientStore extends GuardedStore {
  private state: 'up' | 'down' = 'up';
  /**
   * How to fail each call in flight when the store goes down.
   * Why one entry per call, removed when it settles: racing every call against one shared
   * long-lived promise kept a reaction, and with it the call's result, per call for as long as
   * the store stayed up — the heap grew by every row ever read (seen under the load test).
   */
  private readonly inFlight = new Set<(error: StoreError) => void>();
  private recovery: Promise<void> | undefined;
  private probing: Promise<void> | undefined;
  private closed = false;
  private wakeRecovery: (() => void) | undefined;
  private readonly options: ResilienceOptions;

  constructor(inner: GraphStore, options: Partial<ResilienceOptions> = {}) {
    super(inner);
    this.options = { ...DEFAULTS, ...options };
  }

  /** `up` while the store answers; `down` from an outage until a recovery attempt succeeds. */
  get status(): 'up' | 'down' {
    return this.state;
  }

  override async health(): Promise<void> {
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

  /** Always present: reopening the store it wraps where it can, and marking the store up. */
  override get reopen(): () => Promise<void> {
    return async () => {
      if (this.inner.reopen) await this.inner.reopen();
      this.markUp();
    };
  }

  override async close(): Promise<void> {
    this.closed = true;
    this.wakeRecovery?.();
    await this.inner.close();
  }

  protected async guard<T>(run: () => Promise<T>): Promise<T> {
    if (this.state === 'down') throw unavailable('The graph store is down; reconnecting.');
    const probe =
      this.options.probeAfterMs > 0
        ? setTimeout(() => void this.probe(), this.options.probeAfterMs)
        : undefined;
    let abort!: (error: StoreError) => void;
    const aborted = new Promise<never>((_resolve, reject) => (abort = reject));
    aborted.catch(() => undefined);
    this.inFlight.add(abort);
    try {
      return await Promise.race([run(), aborted]);
    } catch (error) {
      this.noteFailure(error);
      throw error;
    } finally {
      this.inFlight.delete(abort);
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
    const error = unavailable(`The graph store went down: ${reason}`);
    for (const abort of this.inFlight) abort(error);
    this.inFlight.clear();
    this.recovery ??= this.recover().finally(() => (this.recovery = undefined));
  }

  private markUp(): void {
    if (this.state === 'up') return;
    this.state = 'up';
    this.options.onStateChange?.('up');
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
