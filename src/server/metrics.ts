import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

import { cacheCounts, cacheSizes } from '../cache/cache-registry.js';

export interface MetricsOptions {
  /** Distinct operation names that get a label of their own (METRICS_MAX_OPERATIONS). */
  maxOperations?: number;
}

/** Operation names longer than this are counted as `other`: a name is client text. */
const MAX_OPERATION_NAME_LENGTH = 64;

/**
 * The server's Prometheus metrics, on a registry of its own (not prom-client's global one) so
 * several servers in one test process do not share counts.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly storeQueries = new Counter({
    name: 'ilo_graph_store_queries_total',
    help: 'Store queries run, by query name and outcome.',
    labelNames: ['query', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly storeQuerySeconds = new Histogram({
    name: 'ilo_graph_store_query_duration_seconds',
    help: 'Store query latency, by query name.',
    labelNames: ['query'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5],
    registers: [this.registry],
  });

  readonly requests = new Counter({
    name: 'ilo_graph_graphql_requests_total',
    help: 'GraphQL operations, by operation name and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly requestSeconds = new Histogram({
    name: 'ilo_graph_graphql_request_duration_seconds',
    help: 'GraphQL operation latency, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [this.registry],
  });

  readonly reconcileRequests = new Counter({
    name: 'ilo_graph_reconcile_requests_total',
    help: 'Requests to the reconciliation service (/reconcile), by endpoint and HTTP status.',
    labelNames: ['endpoint', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpRefused = new Counter({
    name: 'ilo_graph_http_refused_total',
    help: 'Requests to /graphql or /reconcile answered with an error status before any GraphQL operation ran (bad JSON, body too large, CSRF, batching, method, content type, a refused reconciliation request), by HTTP status.',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });

  readonly batchSizes = new Histogram({
    name: 'ilo_graph_dataloader_batch_size',
    help: 'Keys per DataLoader batch, by loader.',
    labelNames: ['loader'] as const,
    buckets: [1, 2, 5, 10, 25, 50, 100, 250, 1000],
    registers: [this.registry],
  });

  /** The in-process caches (src/cache/bounded-cache.ts), read when scraped. */
  readonly cacheBytes = new Gauge({
    name: 'ilo_graph_cache_bytes',
    help: 'Estimated bytes held by each in-process cache (keys and values), by cache.',
    labelNames: ['cache'] as const,
    registers: [this.registry],
    collect() {
      for (const c of cacheSizes()) this.set({ cache: c.name }, c.bytes);
    },
  });

  readonly cacheEntries = new Gauge({
    name: 'ilo_graph_cache_entries',
    help: 'Entries held by each in-process cache, by cache.',
    labelNames: ['cache'] as const,
    registers: [this.registry],
    collect() {
      for (const c of cacheSizes()) this.set({ cache: c.name }, c.entries);
    },
  });

  readonly cacheEvictions = new Counter({
    name: 'ilo_graph_cache_evictions_total',
    help: 'Entries evicted to stay within a cache’s entry and byte budgets, by cache (since start).',
    labelNames: ['cache'] as const,
    registers: [this.registry],
    collect() {
      this.reset();
      for (const [name, c] of cacheCounts()) this.inc({ cache: name }, c.evictions);
    },
  });

  readonly cacheOversized = new Counter({
    name: 'ilo_graph_cache_oversized_total',
    help: 'Entries not cached because each alone was over its cache’s per-entry cap, by cache (since start).',
    labelNames: ['cache'] as const,
    registers: [this.registry],
    collect() {
      this.reset();
      for (const [name, c] of cacheCounts()) this.inc({ cache: name }, c.oversized);
    },
  });

  readonly shed = new Counter({
    name: 'ilo_graph_requests_shed_total',
    help: 'Requests refused 503 or connections closed to stay within the back-pressure limits, by reason (per_connection, unread, queue_full, queue_timeout, unread_timeout, unread_budget).',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  private admission: () => { running: number; queued: number; unreadBytes: number } = () => ({
    running: 0,
    queued: 0,
    unreadBytes: 0,
  });

  /** Where the in-flight gauges read from (src/server/back-pressure.ts). */
  watchAdmission(read: () => { running: number; queued: number; unreadBytes: number }): void {
    this.admission = read;
  }

  readonly inFlight: Gauge<'state'> = new Gauge({
    name: 'ilo_graph_requests_in_flight',
    help: 'Requests being served (running) and waiting for a place (queued).',
    labelNames: ['state'] as const,
    registers: [this.registry],
    collect: (): void => {
      const { running, queued } = this.admission();
      this.inFlight.set({ state: 'running' }, running);
      this.inFlight.set({ state: 'queued' }, queued);
    },
  });

  readonly unreadBytes: Gauge = new Gauge({
    name: 'ilo_graph_unread_response_bytes',
    help: 'Answer bytes written but not yet read by slow clients, all connections together.',
    registers: [this.registry],
    collect: (): void => this.unreadBytes.set(this.admission().unreadBytes),
  });

  /** Operation names already given a label of their own. */
  private readonly operationNames = new Set<string>();
  private readonly maxOperations: number;

  constructor(options: MetricsOptions = {}) {
    this.maxOperations = options.maxOperations ?? 100;
    collectDefaultMetrics({ register: this.registry, prefix: 'ilo_graph_' });
  }

  /**
   * The `operation` label for a client's operation name, so that client text cannot grow
   * /metrics without bound (300 random names once grew it from 30 kB to 405 kB): the first
   * `maxOperations` distinct names keep their own label; later names, and names longer than 64
   * characters, count as `other`; an operation without a name counts as `anonymous`.
   */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (name.length > MAX_OPERATION_NAME_LENGTH || this.operationNames.size >= this.maxOperations)
      return 'other';
    this.operationNames.add(name);
    return name;
  }

  /** Total store queries so far (all names), e.g. to measure one request's cost in tests. */
  async storeQueryCount(): Promise<number> {
    const metric = await this.storeQueries.get();
    return metric.values.reduce((sum, v) => sum + v.value, 0);
  }
}
