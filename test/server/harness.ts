import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';

import { pino, type Logger } from 'pino';

import { loadConfig, type Config } from '../../src/config.js';
import { createApp, type App } from '../../src/server/app.js';
import { createHttpServer } from '../../src/server/http-server.js';
import { Metrics } from '../../src/server/metrics.js';
import { InstrumentedStore } from '../../src/store/instrumented-store.js';
import { KuzuStore } from '../../src/store/kuzu/kuzu-store.js';
import type { GraphStore } from '../../src/store/port/graph-store.port.js';
import { createTestStore, seedTestStore, STORE_UNDER_TEST } from '../helpers/test-store.js';

const MiB = 1024 * 1024;

/**
 * A stand-in for the built pages (web/dist): the server's routing is tested without a Vite build;
 * the real pages are tested in a browser (test/browser).
 */
export const WEB_FIXTURE = fileURLToPath(new URL('./fixtures/web-dist/', import.meta.url));

/** A pino logger writing JSON lines to memory, so a test can read what the server logged. */
export function captureLogger(level = 'info'): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = pino({ level }, stream);
  return {
    logger,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

export interface HarnessOptions {
  env?: Record<string, string>;
  /** The raw store; default the store under test (test-store.ts) loaded with the knowledge base. */
  store?: GraphStore;
  /**
   * The whole store stack, built from the harness's config and metrics as the server builds it
   * (e.g. `createServerStore`: outage handling, metrics, read cache); used as it is, unwrapped.
   * Default: `store` (or the store under test) wrapped in InstrumentedStore only.
   */
  serverStore?: (config: Config, metrics: Metrics) => GraphStore | Promise<GraphStore>;
  /** Load the knowledge base into the store (default true when neither store is given). */
  seed?: boolean;
  logger?: Logger;
  /** The built web pages to serve (default: test/server/fixtures/web-dist, a stand-in for web/dist). */
  webDir?: string;
}

export interface Harness {
  url: string;
  config: Config;
  metrics: Metrics;
  store: GraphStore;
  app: App;
  /** POST /graphql with a JSON body; any extra headers. */
  post(body: unknown, headers?: Record<string, string>): Promise<HttpResult>;
  gql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<HttpResult>;
  close(): Promise<void>;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface HttpResult {
  status: number;
  headers: Headers;
  body: GraphQLBody;
  text: string;
}

export async function readResult(response: Response): Promise<HttpResult> {
  const text = await response.text();
  let body: GraphQLBody = {};
  try {
    body = JSON.parse(text) as GraphQLBody;
  } catch {
    body = {};
  }
  return { status: response.status, headers: response.headers, body, text };
}

/**
 * The real HTTP server over a real store, with what test/helpers/test-server.ts does not let a
 * test choose: the environment, the store (on-disk Kuzu, dead Neo4j) and the logger. Without a
 * store, it runs on the store under test (TEST_STORE: Kuzu or the suite's Neo4j).
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const config = loadConfig({ DATA_DIR: ':memory:', LOG_LEVEL: 'silent', NODE_ENV: 'test', ...options.env });
  const metrics = new Metrics({ maxOperations: config.metricsMaxOperations });
  const store = options.serverStore
    ? await options.serverStore(config, metrics)
    : new InstrumentedStore(options.store ?? createTestStore(), metrics);
  if (options.seed ?? !(options.store || options.serverStore)) await seedTestStore(store);
  const logger = options.logger ?? pino({ level: 'silent' });
  const httpServer: Server = createHttpServer(config, { logger, metrics });
  const webDir = options.webDir ?? WEB_FIXTURE;
  const app = await createApp({ config, store, metrics, logger, httpServer, webDir });
  httpServer.on('request', app.listener);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  const post = async (body: unknown, headers: Record<string, string> = {}) =>
    readResult(
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
  return {
    url,
    config,
    metrics,
    store,
    app,
    post,
    gql: (query, variables, headers) => post({ query, variables }, headers),
    async close() {
      await app.apollo.stop();
      await store.close();
    },
  };
}

/** A KuzuStore on disk in a fresh temporary directory (removed by `dispose`). */
export function onDiskKuzu(options: { queryTimeoutMs?: number; dir?: string } = {}): {
  store: KuzuStore;
  dir: string;
  path: string;
  dispose: () => void;
} {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'ilo-graph-test-'));
  const path = join(dir, 'ilo-graph.kuzu');
  const store = new KuzuStore({
    path,
    bufferPoolBytes: 64 * MiB,
    maxDatabaseBytes: 1024 * MiB,
    readConnections: 2,
    queryTimeoutMs: options.queryTimeoutMs ?? 10_000,
  });
  return { store, dir, path, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The knowledge base in a store of the kind under test whose queries are interrupted after
 * `queryTimeoutMs`: seeded by a store with the normal timeout first (a 1 ms timeout would
 * interrupt the seeding itself). Kuzu: on disk in a temporary directory; Neo4j: the suite's database.
 */
export async function seededStoreWithTimeout(
  queryTimeoutMs: number,
): Promise<{ store: GraphStore; dispose: () => void }> {
  if (STORE_UNDER_TEST === 'neo4j') {
    const seeder = createTestStore();
    await seedStore(seeder);
    await seeder.close();
    return { store: createTestStore({ queryTimeoutMs }), dispose: () => undefined };
  }
  const disk = onDiskKuzu();
  await seedStore(disk.store);
  await disk.store.close();
  return { store: onDiskKuzu({ dir: disk.dir, queryTimeoutMs }).store, dispose: disk.dispose };
}

/** Loads the real knowledge base into a raw store. */
export async function seedStore(store: GraphStore): Promise<void> {
  await seedTestStore(store);
}
