import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CachedStore } from '../../src/store/cached-store.js';
import { createServerStore } from '../../src/store/create-store.js';
import { KuzuStore } from '../../src/store/kuzu/kuzu-store.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import type { GraphStore } from '../../src/store/port/graph-store.port.js';
import { ResilientStore } from '../../src/store/resilient-store.js';
import { StoreDecorator } from '../../src/store/store-decorator.js';
import { captureLogger, startHarness, type Harness } from './harness.js';

const COUNT = '{ sectors(first: 1) { totalCount } }';
const ready = (h: Harness) => fetch(`${h.url}/ready`).then((r) => r.status);

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** The adapter at the bottom of a decorated store stack (CachedStore → InstrumentedStore → ResilientStore → KuzuStore). */
function adapterOf(store: GraphStore): GraphStore {
  let s = store;
  while (s instanceof StoreDecorator) s = s.inner;
  return s;
}

describe('store outage on the embedded store, with the server’s own store stack: 503 and STORE_UNAVAILABLE, then recovery without a restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ilo-graph-outage-'));
  let h: Harness;
  let kuzu: KuzuStore;
  beforeAll(async () => {
    // Built as src/index.ts builds it: createServerStore, read cache on (the embedded default).
    h = await startHarness({
      env: { DATA_DIR: dir, KUZU_BUFFER_POOL_MB: '64', KUZU_MAX_DB_MB: '1024', KUZU_READ_CONNECTIONS: '2' },
      serverStore: async (config, metrics) => {
        const store = await createServerStore(config, metrics);
        await store.openChecked?.({ repair: true });
        return store;
      },
      seed: true,
    });
    expect(h.config.readCache).toBe(true);
    expect(h.store).toBeInstanceOf(CachedStore);
    const adapter = adapterOf(h.store);
    expect(adapter).toBeInstanceOf(KuzuStore);
    kuzu = adapter as KuzuStore;
  });
  afterAll(async () => {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('goes unready when the database closes, answers STORE_UNAVAILABLE for uncached reads, reopens by itself with its data', async () => {
    const before = await h.gql(COUNT);
    const sectors = (before.body.data?.sectors as { totalCount: number }).totalCount;
    expect(sectors).toBeGreaterThan(20);
    expect(await ready(h)).toBe(200);

    await kuzu.close(); // the outage, under the cache

    // /ready finds the store gone (the breaker opens; its first recovery attempt is 100 ms away).
    expect(await ready(h)).toBe(503);
    // Reads the cache has never seen fail fast with STORE_UNAVAILABLE (sent together, well
    // inside that window).
    const queries = [
      '{ instruments(first: 2) { totalCount } }',
      '{ node(id: "agency:WHO") { id } }',
      '{ search(query: "fishing", first: 1) { entity { id } } }',
      '{ passages(query: "fishing", first: 1) { passage { id } } }',
    ];
    const during = await Promise.all(queries.map((q) => h.gql(q)));
    during.forEach((r, i) => {
      expect(r.status, queries[i]).toBeLessThan(500);
      expect(r.body.errors?.[0]?.extensions?.code, queries[i]).toBe('STORE_UNAVAILABLE');
      expect(r.body.errors?.[0]?.message, queries[i]).toMatch(/unavailable/);
    });

    // No restart: the breaker reopens the on-disk database in the background.
    expect(await until(async () => (await ready(h)) === 200, 5_000)).toBe(true);
    const after = await h.gql('{ instruments(first: 2) { totalCount } }');
    expect(after.body.errors).toBeUndefined();
    expect((after.body.data?.instruments as { totalCount: number }).totalCount).toBeGreaterThan(20);
    const again = await h.gql(COUNT);
    expect((again.body.data?.sectors as { totalCount: number }).totalCount).toBe(sectors);
    const search = await h.gql('{ search(query: "WHO", first: 1) { entity { id } } }');
    expect(search.body.errors).toBeUndefined();
  });
});

/**
 * A Neo4j store whose server is dead: nothing listens on port 1, so every connection is refused.
 * The driver itself would retry a read for 30 s; the breaker's health probe cuts that short.
 */
function deadNeo4j(): ResilientStore {
  const neo4j = new Neo4jStore({
    uri: 'bolt://127.0.0.1:1',
    username: 'neo4j',
    password: 'unused',
    maxConnectionPoolSize: 4,
    connectionAcquisitionTimeoutMs: 500,
    queryTimeoutMs: 1_000,
  });
  return new ResilientStore(neo4j, { probeAfterMs: 300, minBackoffMs: 1_000 });
}

describe('store outage on Neo4j: a dead server is reported at once, nothing hangs', () => {
  const log = captureLogger();
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ store: deadNeo4j(), logger: log.logger });
  });
  afterAll(() => h.close());

  it('answers an operation with STORE_UNAVAILABLE within seconds, and logs the code the client got', async () => {
    const started = Date.now();
    const r = await h.gql(`query Count ${COUNT}`, undefined, { 'x-request-id': 'outage-1' });
    expect(r.status).toBeLessThan(500);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(3_000);
    const line = log.lines().find((l) => l.requestId === 'outage-1' && l.msg === 'graphql operation');
    expect(line).toMatchObject({ operation: 'Count', outcome: 'error', errorCodes: ['STORE_UNAVAILABLE'] });
    const detail = log.lines().find((l) => l.requestId === 'outage-1' && l.msg === 'operation error');
    expect(detail).toMatchObject({ code: 'STORE_UNAVAILABLE', err: { message: expect.any(String) } });
  });

  it('reports 503 at /ready quickly, and keeps failing fast while down', async () => {
    const started = Date.now();
    expect(await ready(h)).toBe(503);
    const r = await h.gql('{ search(query: "who") { score } }');
    expect(r.body.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('/ready in production: 503 without the internal reason, which goes to the log', () => {
  const log = captureLogger();
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      store: deadNeo4j(),
      env: { NODE_ENV: 'production' },
      logger: log.logger,
    });
  });
  afterAll(() => h.close());

  it('answers {status, store} only, and logs the reason under the request id', async () => {
    const response = await fetch(`${h.url}/ready`, { headers: { 'x-request-id': 'ready-1' } });
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ status: 'unavailable', store: 'neo4j' });
    expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|Neo4j |reconnect|reason/);
    const line = log.lines().find((l) => l.requestId === 'ready-1' && l.msg === 'not ready');
    expect(line).toMatchObject({ level: 40, store: 'neo4j', reason: expect.stringMatching(/\w/) });
  });

  it('keeps the reason outside production, to help in development', async () => {
    const dev = await startHarness({ store: deadNeo4j(), env: { NODE_ENV: 'development' } });
    try {
      const body = (await fetch(`${dev.url}/ready`).then((r) => r.json())) as Record<string, unknown>;
      expect(body).toMatchObject({ status: 'unavailable', store: 'neo4j', reason: expect.any(String) });
    } finally {
      await dev.close();
    }
  });
});
