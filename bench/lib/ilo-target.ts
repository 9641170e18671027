import 'reflect-metadata';

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { pino } from 'pino';

import { buildDataset } from '../../seed/build-dataset.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { Dataset } from '../../src/domain/dataset.js';
import { createApp, type App } from '../../src/server/app.js';
import { Metrics } from '../../src/server/metrics.js';
import { CachedStore } from '../../src/store/cached-store.js';
import { InstrumentedStore } from '../../src/store/instrumented-store.js';
import { KuzuStore, type KuzuStoreOptions } from '../../src/store/kuzu/kuzu-store.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import type { GraphStore } from '../../src/store/port/graph-store.port.js';
import { replaceGraph } from '../../src/store/write-dataset.js';
import { RecordingStore, type RecordedRead } from './recording-store.js';

const MiB = 1024 * 1024;

/** One server under test: a loopback URL, and for store-backed targets the store query counter. */
export interface Target {
  name: string;
  url: string;
  /** Total store queries so far; undefined for the in-memory limit (it has no store). */
  storeQueryCount?: () => Promise<number>;
  close(): Promise<void>;
}

/** Which store a target runs on: the embedded one in memory, or the Neo4j that NEO4J_URI names. */
export type BenchStoreKind = 'kuzu' | 'neo4j';

export interface IloTargetOptions {
  name: string;
  /** Default kuzu. neo4j: the database NEO4J_URI (NEO4J_PASSWORD, ...) names; its graph is replaced. */
  store?: BenchStoreKind;
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
  /** The instrumented store (under the read cache, if any). */
  store: InstrumentedStore;
  app: App;
  /** The named reads that reach the store while `during` runs (what a request asked of it). */
  readsOf(during: () => Promise<unknown>): Promise<RecordedRead[]>;
}

/**
 * The real application (createApp, the same plugins, limits and loaders as production) on an
 * ephemeral loopback port, over its own embedded Kuzu store, or over Neo4j, loaded with the given graph.
 */
export async function startIloTarget(options: IloTargetOptions): Promise<IloTarget> {
  const config = benchConfig(options.store ?? 'kuzu', options.env);
  const metrics = new Metrics();
  const recorder = new RecordingStore(openStore(config, options.kuzu));
  const store = new InstrumentedStore(recorder, metrics);
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
    readsOf: (during) => recorder.readsOf(during),
    async close() {
      await app.apollo.stop();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await served.close();
    },
  };
}

/**
 * The server's configuration for a bench target: production settings, logs off, and the store
 * asked for. On Neo4j the connection comes from NEO4J_URI, NEO4J_PASSWORD... as for the server.
 */
export function benchConfig(kind: BenchStoreKind, env: Record<string, string> = {}): Config {
  const config = loadConfig({
    ...(kind === 'neo4j' ? neo4jEnv() : { DATA_DIR: ':memory:' }),
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    INTROSPECTION: 'false',
    LANDING_PAGE: 'false',
    ...env,
  });
  if (config.store.kind !== kind)
    throw new Error(
      kind === 'neo4j'
        ? '--store neo4j needs NEO4J_URI and NEO4J_PASSWORD (npm run neo4j:local starts one)'
        : 'The embedded-store benchmark needs NEO4J_URI unset',
    );
  return config;
}

function neo4jEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[0].startsWith('NEO4J_') && entry[1] !== undefined,
    ),
  );
}

/** The adapter for a bench target: Neo4j as the server opens it, or Kuzu in memory with the server's settings. */
export function openStore(config: Config, kuzu: Partial<KuzuStoreOptions> = {}): GraphStore {
  if (config.store.kind === 'neo4j') return new Neo4jStore(config.store);
  return new KuzuStore({
    path: ':memory:',
    bufferPoolBytes: config.store.bufferPoolBytes,
    maxDatabaseBytes: Math.min(config.store.maxDatabaseBytes, 4096 * MiB),
    readConnections: config.store.readConnections,
    queryTimeoutMs: config.store.queryTimeoutMs,
    ...kuzu,
  });
}
