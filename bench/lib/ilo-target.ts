import 'reflect-metadata';

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { pino } from 'pino';

import { buildDataset } from '../../seed/build-dataset.js';
import { loadConfig } from '../../src/config.js';
import type { Dataset } from '../../src/domain/dataset.js';
import { createApp, type App } from '../../src/server/app.js';
import { Metrics } from '../../src/server/metrics.js';
import { CachedStore } from '../../src/store/cached-store.js';
import { InstrumentedStore } from '../../src/store/instrumented-store.js';
import { KuzuStore, type KuzuStoreOptions } from '../../src/store/kuzu/kuzu-store.js';
import { replaceGraph } from '../../src/store/write-dataset.js';

const MiB = 1024 * 1024;

/** One server under test: a loopback URL, and for store-backed targets the store query counter. */
export interface Target {
  name: string;
  url: string;
  /** Total store queries so far; undefined for the in-memory limit (it has no store). */
  storeQueryCount?: () => Promise<number>;
  close(): Promise<void>;
}

export interface IloTargetOptions {
  name: string;
  /** false: one store query per parent (the naive baseline). */
  batchLoads: boolean;
  /** The graph to load; default: the real ILO knowledge base (seed/). */
  dataset?: Dataset;
  /** Kuzu options; default: in-memory, with the server's defaults (KUZU_BUFFER_POOL_MB, KUZU_READ_CONNECTIONS). */
  kuzu?: Partial<KuzuStoreOptions>;
  /**
   * Put the read cache (src/store/cached-store.ts, emptied after every write) in front of the
   * instrumented store: the metrics then count only the queries that reach Kuzu (cache misses).
   */
  readCache?: boolean;
  /**
   * Loads the graph into the store; default `replaceGraph` (one transaction). The scale run
   * passes a batched loader for big graphs.
   */
  load?: (store: InstrumentedStore, dataset: Dataset) => Promise<void>;
  /** Extra environment for loadConfig (e.g. a larger MAX_PAGE_SIZE). */
  env?: Record<string, string>;
}

export interface IloTarget extends Target {
  storeQueryCount: () => Promise<number>;
  /** The instrumented Kuzu store (under the read cache, if any). */
  store: InstrumentedStore;
  app: App;
}

/**
 * The real application (createApp, the same plugins, limits and loaders as production) on an
 * ephemeral loopback port, over its own embedded Kuzu store loaded with the given graph.
 */
export async function startIloTarget(options: IloTargetOptions): Promise<IloTarget> {
  const config = loadConfig({
    DATA_DIR: ':memory:',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    INTROSPECTION: 'false',
    LANDING_PAGE: 'false',
    ...options.env,
  });
  const metrics = new Metrics();
  if (config.store.kind !== 'kuzu')
    throw new Error('The benchmark runs on the embedded store (unset NEO4J_URI)');
  // The server's own Kuzu settings (buffer pool, read pool, timeout), in memory.
  const kuzu = new KuzuStore({
    path: ':memory:',
    bufferPoolBytes: config.store.bufferPoolBytes,
    maxDatabaseBytes: Math.min(config.store.maxDatabaseBytes, 4096 * MiB),
    readConnections: config.store.readConnections,
    queryTimeoutMs: config.store.queryTimeoutMs,
    ...options.kuzu,
  });
  const store = new InstrumentedStore(kuzu, metrics);
  await store.applySchema();
  const dataset = options.dataset ?? (await buildDataset());
  await (options.load ?? replaceGraph)(store, dataset);
  const served = options.readCache ? new CachedStore(store) : store;

  const httpServer: Server = createServer();
  const app = await createApp({
    config,
    store: served,
    metrics,
    logger: pino({ level: 'silent' }),
    httpServer,
    batchLoads: options.batchLoads,
  });
  httpServer.on('request', app.listener);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
  return {
    name: options.name,
    url,
    store,
    app,
    storeQueryCount: () => metrics.storeQueryCount(),
    async close() {
      await app.apollo.stop();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await served.close();
    },
  };
}
