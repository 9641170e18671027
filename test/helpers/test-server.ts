import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';

import { pino } from 'pino';

import { loadConfig, type Config } from '../../src/config.js';
import { createApp } from '../../src/server/app.js';
import { Metrics } from '../../src/server/metrics.js';
import { CachedStore } from '../../src/store/cached-store.js';
import { InstrumentedStore } from '../../src/store/instrumented-store.js';
import type { GraphStore } from '../../src/store/port/graph-store.port.js';
import type { Dataset } from '../../src/domain/dataset.js';
import {
  createTestStore,
  seedTestStore,
  STORE_UNDER_TEST,
  testDataset,
  type StoreKind,
} from './test-store.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  url: string;
  config: Config;
  metrics: Metrics;
  /** Which store the server runs on. */
  storeKind: StoreKind;
  /** The raw store under the server (no metrics, no cache): for a test's own writes and reads. */
  store: GraphStore;
  dataset: Dataset;
  /** POSTs an operation to /graphql, as a frontend would. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns `data`. */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /**
   * Put the read cache in front of the store, as the server does by default on the embedded
   * store. Off by default here, so that tests counting store queries count every read.
   */
  readCache?: boolean;
  /** The store to run on; default the store under test (TEST_STORE, see test-store.ts). */
  store?: StoreKind;
}

/**
 * The real HTTP server on an ephemeral loopback port, over a real store loaded with the real ILO
 * knowledge base (seed/): a fresh in-memory Kuzu, or the suite's Neo4j. Nothing is mocked.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  options: TestServerOptions = {},
): Promise<TestServer> {
  const config = loadConfig({ DATA_DIR: ':memory:', LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env });
  const metrics = new Metrics();
  const storeKind = options.store ?? STORE_UNDER_TEST;
  const raw = createTestStore({ kind: storeKind });
  const instrumented = new InstrumentedStore(raw, metrics);
  const store = options.readCache ? new CachedStore(instrumented) : instrumented;
  const dataset = await testDataset();
  await seedTestStore(store, dataset);

  const httpServer: Server = createServer();
  const app = await createApp({ config, store, metrics, logger: pino({ level: 'silent' }), httpServer });
  httpServer.on('request', app.listener);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

  const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...body };
  };

  return {
    url,
    config,
    metrics,
    storeKind,
    store: raw,
    dataset,
    gql,
    async data<T>(query: string, variables?: Record<string, unknown>) {
      const result = await gql<T>(query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
    async close() {
      await app.apollo.stop();
      await store.close();
    },
  };
}
