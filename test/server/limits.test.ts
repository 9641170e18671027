import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { onDiskKuzu, seedStore, startHarness, type Harness } from './harness.js';

/** sectors(first: N) → edges → node → instruments → sectors → instruments → sectors → id: depth 8. */
const nested = (first: number) => `{
  sectors(first: ${first}) { edges { node { instruments { sectors { instruments { sectors { id } } } } } } }
}`;

describe('query limits: depth and complexity are refused before execution', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('refuses a query nested deeper than 10 with QUERY_TOO_COMPLEX, the measured depth, HTTP 400 and no store query', async () => {
    const before = await h.metrics.storeQueryCount();
    const r = await h.gql(`{ sectors(first: 1) { edges { node {
      instruments { sectors { instruments { sectors { instruments { sectors { instruments { id } } } } } } }
    } } } }`);
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.body.errors?.[0]?.message).toBe('Query depth 11 exceeds the limit of 10.');
    expect(await h.metrics.storeQueryCount()).toBe(before);
  });

  it('follows fragments when measuring depth', async () => {
    const r = await h.gql(`
      query Deep { sectors(first: 1) { edges { node { ...S } } } }
      fragment S on Sector { instruments { sectors { instruments { sectors { instruments { sectors { instruments { id } } } } } } } }`);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.message).toBe('Query depth 11 exceeds the limit of 10.');
  });

  it('prices lists by first, unbounded relationship lists by 5, and a connection’s edges once, refusing above 20000', async () => {
    // id 1; sectors 1+1×5 = 6; instruments 1+6×5 = 31; sectors 156; instruments 781; node 782;
    // edges 783 (no factor of its own); sectors(first: 26) 1 + 783×26 = 20359.
    const before = await h.metrics.storeQueryCount();
    const refused = await h.gql(nested(26));
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(refused.body.errors?.[0]?.message).toBe('Query complexity 20359 exceeds the limit of 20000.');
    expect(refused.body.errors?.[0]?.extensions?.complexity).toBe(20359);
    expect(await h.metrics.storeQueryCount()).toBe(before);

    // 1 + 783×25 = 19576: just under the limit, so it runs.
    const accepted = await h.gql(nested(25));
    expect(accepted.status).toBe(200);
    expect(accepted.body.errors).toBeUndefined();
    expect(await h.metrics.storeQueryCount()).toBeGreaterThan(before);
  });

  it('reads first from variables when pricing a list', async () => {
    const r = await h.gql(
      `query Q($n: Int!) { sectors(first: $n) { edges { node { instruments { sectors { instruments { sectors { id } } } } } } } }`,
      { n: 26 },
    );
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.message).toBe('Query complexity 20359 exceeds the limit of 20000.');
  });

  it('refuses a body over MAX_BODY_BYTES with 413 and a GraphQL-shaped error', async () => {
    const r = await h.post({
      query: '{ __typename }',
      variables: { pad: 'x'.repeat(h.config.limits.maxBodyBytes) },
    });
    expect(r.status).toBe(413);
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors?.[0]).toMatchObject({
      message: 'Request body too large.',
      extensions: { code: 'BAD_REQUEST', requestId: expect.any(String) },
    });
    const after = await h.gql('{ __typename }');
    expect(after.body.data).toEqual({ __typename: 'Query' });
  });
});

describe('store timeout: a query the store interrupts becomes STORE_TIMEOUT', () => {
  // Seeded on disk with a normal timeout, then served by a store with a 1 ms timeout: Kuzu
  // interrupts whole-graph queries (PageRank, degrees, shortest paths take 6-17 ms here).
  const disk = onDiskKuzu();
  let h: Harness;
  beforeAll(async () => {
    await seedStore(disk.store);
    await disk.store.close();
    h = await startHarness({ store: onDiskKuzu({ dir: disk.dir, queryTimeoutMs: 1 }).store });
  });
  afterAll(async () => {
    await h.close();
    disk.dispose();
  });

  it('answers stats.mostConnected with STORE_TIMEOUT and a message saying what to do', async () => {
    // PageRank and degrees over the whole graph: interrupted in 30 of 30 runs at 1 ms.
    const r = await h.gql(
      '{ stats { mostConnected(first: 50) { rankedBy entities { degree entity { id } } } } }',
    );
    expect(r.status).toBeLessThan(500);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('STORE_TIMEOUT');
    expect(r.body.errors?.[0]?.message).toMatch(/did not answer in time/);
    expect(r.body.errors?.[0]?.message).not.toMatch(/Kuzu|Interrupted/);
    // The store is still usable after an interruption: a point lookup answers.
    const after = await h.gql('{ node(id: "agency:WHO") { id } }');
    expect(after.body.errors ?? after.body.data).toBeTruthy();
  });
});
