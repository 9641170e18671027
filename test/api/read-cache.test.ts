import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { QUERIES } from '../../bench/queries.js';
import { EXAMPLE_OPERATIONS } from '../helpers/example-operations.js';
import { entityToRow } from '../../src/domain/records-to-rows.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * The server runs with the read cache on by default on the embedded store, and with it the
 * loaders share what they derive from a cached result between requests (src/loaders/derive-once.ts).
 * Every other API test runs without the cache, so here the same operations go to both servers:
 * the cached one must answer exactly what the uncached one does, on a first and a repeated
 * request (the second served from shared, frozen values), and must show a write at once.
 */
describe('the read cache (the default on the embedded store)', () => {
  let plain: TestServer;
  let cached: TestServer;
  beforeAll(async () => {
    [plain, cached] = await Promise.all([startTestServer(), startTestServer({}, { readCache: true })]);
  });
  afterAll(async () => {
    await Promise.all([plain.close(), cached.close()]);
  });

  it.each(EXAMPLE_OPERATIONS)('answers $name as the uncached server does, first and repeated', async (op) => {
    const expected = await plain.gql(op.query, op.variables);
    expect(expected.errors).toBeUndefined();
    const first = await cached.gql(op.query, op.variables);
    const repeated = await cached.gql(op.query, op.variables);
    expect(first).toEqual(expected);
    expect(repeated).toEqual(expected);
  });

  it('answers a repeated nested query without a store query', async () => {
    const nested = QUERIES.find((q) => q.name === 'nested');
    if (!nested) throw new Error('no nested bench query');
    await cached.data(nested.query);
    const before = await cached.metrics.storeQueryCount();
    await cached.data(nested.query);
    expect((await cached.metrics.storeQueryCount()) - before).toBe(0);
  });

  it('shows a committed write on the next request', async () => {
    const query = '{ entity(id: "sector:health-services") { name } }';
    const before = await cached.data<{ entity: { name: string } }>(query);
    const sector = cached.dataset.entities.find((e) => e.id === 'sector:health-services');
    if (!sector) throw new Error('no health services sector in the dataset');
    await cached.store.write([
      {
        query: 'upsert-entities',
        params: { rows: [entityToRow({ ...sector, name: 'Health care services' })] },
      },
    ]);
    const after = await cached.data<{ entity: { name: string } }>(query);
    expect(before.entity.name).toBe(sector.name);
    expect(after.entity.name).toBe('Health care services');
  });
});
