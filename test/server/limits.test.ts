import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import { GAP_ITEMS } from '../../src/server/plugins/query-limits.plugin.js';
import neo4j from 'neo4j-driver';

import { createTestStore, neo4jTestUri, STORE_UNDER_TEST } from '../helpers/test-store.js';
import { seededStoreWithTimeout, startHarness, type Harness } from './harness.js';

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

/** `count` aliases of one root field, as one operation. */
const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const PATHS = 'connections(from: "agency:WHO", to: "agency:FAO", maxHops: 6) { length }';

describe('query limits: root fields priced by the work they do, and at most MAX_ROOT_FIELDS of them', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const refused = async (query: string, message: string, extensions: Record<string, number>) => {
    const before = await h.metrics.storeQueryCount();
    const started = Date.now();
    const r = await h.gql(query);
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', ...extensions });
    expect(r.body.errors?.[0]?.message).toBe(message);
    // Refused before execution: no store query, and at once.
    expect(await h.metrics.storeQueryCount()).toBe(before);
    expect(Date.now() - started).toBeLessThan(2_000);
  };
  const accepted = async (query: string) => {
    const r = await h.gql(query);
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    return r;
  };

  it('refuses 780 aliased connections(maxHops: 6) (a 96 kB request that took 8-23 s) before validation, by its tokens', async () => {
    const query = aliased(780, 'connections(from: "agency:WHO", to: "country:MA", maxHops: 6) { length }');
    await refused(query, 'Query has 13262 tokens; the limit is 3000.', { tokens: 13_262, maxTokens: 3_000 });
  });

  it('refuses 60 aliased connections(maxHops: 6), within the token limit, by its root-field count', async () => {
    const query = aliased(60, 'connections(from: "agency:WHO", to: "country:MA", maxHops: 6) { length }');
    await refused(query, 'Query selects 60 root fields (aliases included); the limit is 50.', {
      rootFields: 60,
      maxRootFields: 50,
    });
  });

  it('refuses 3,000 aliased gaps (12.8 MB of answer) before validation, by the fields of one selection', async () => {
    await refused(
      `{ ${Array.from({ length: 3_000 }, (_, i) => `a${i}:gaps{kind}`).join(' ')} }`,
      'Query has 18002 tokens; the limit is 3000.',
      { tokens: 18_002 },
    );
    await refused(
      aliased(250, 'gaps { kind }'),
      'A selection has 250 fields (fragments spread into it included); the limit is 200.',
      { selectionFields: 250, maxSelectionFields: 200 },
    );
  });

  it('counts root fields through fragments, not twice for a repeated alias, and not when @skip leaves them out', async () => {
    const fields = Array.from({ length: 30 }, (_, i) => `f${i}: __typename`).join(' ');
    await refused(
      `query { ...A ...B a0: __typename } fragment A on Query { ${fields} } fragment B on Query { ... on Query { ${fields.replaceAll('f', 'g')} } }`,
      'Query selects 61 root fields (aliases included); the limit is 50.',
      { rootFields: 61 },
    );
    // The same 40 response keys twice are 40 fields, as graphql-js executes them.
    const forty = Array.from({ length: 40 }, (_, i) => `f${i}: __typename`).join(' ');
    await accepted(`{ ${forty} ${forty} }`);
    await accepted(
      `query($no: Boolean = false) { ${forty} ...A @include(if: $no) } fragment A on Query { ${fields.replaceAll('f', 'g')} }`,
    );
  });

  it('prices connections steeply by maxHops and by first: 7 path searches of 6 hops run, 8 are refused', async () => {
    // 100 (its store query) + 10 × 3^5 (a 6-hop search) + 1 + 5 paths × 1 = 2536 each.
    await refused(aliased(8, PATHS), 'Query complexity 20288 exceeds the limit of 20000.', {
      complexity: 20_288,
      maxComplexity: 20_000,
    });
    await accepted(aliased(7, PATHS));
    // The same count at the default maxHops (4): 100 + 270 + 6 = 376 each.
    await accepted(aliased(50, 'connections(from: "agency:WHO", to: "agency:FAO") { length }'));
    // first multiplies the paths' selection: 100 + 2430 + 1 + 100 × 36 = 6231 each.
    await refused(
      aliased(
        4,
        'connections(from: "agency:WHO", to: "agency:FAO", maxHops: 6, first: 100) { length steps { relation from { id } to { id } } }',
      ),
      'Query complexity 20924 exceeds the limit of 20000.',
      { complexity: 20_924 },
    );
  });

  it('prices gaps as a whole-graph read returning a large list: one report runs, 16 are refused', async () => {
    const one = await accepted('{ gaps { kind explanation entity { id } } }');
    const count = (one.body.data?.gaps as unknown[]).length;
    expect(count).toBeGreaterThan(100);
    // The price must cover the real answer: raise GAP_ITEMS when the knowledge base outgrows it.
    expect(count).toBeLessThanOrEqual(GAP_ITEMS);
    // 1000 + 1 + 250 × 1 = 1251 each.
    await refused(aliased(16, 'gaps { kind }'), 'Query complexity 20016 exceeds the limit of 20000.', {
      complexity: 20_016,
    });
    await accepted(aliased(15, 'gaps { kind }'));
  });

  it('prices search, commonNeighbours and stats.mostConnected by their store work and result size', async () => {
    // search: 100 + 1 + 100 hits × (score 1 + entity { id name } 3) = 501 each.
    await refused(
      aliased(40, 'search(query: "labour", first: 100) { score entity { id name } }'),
      'Query complexity 20040 exceeds the limit of 20000.',
      { complexity: 20_040 },
    );
    // commonNeighbours: 100 per id + 1 + 25 × 2 = 1051 each with 10 ids.
    const ids = [
      'agency:WHO',
      'agency:FAO',
      'agency:IMO',
      'agency:UPU',
      'agency:IOM',
      'agency:UNESCO',
      'agency:IPU',
      'agency:IFC',
      'agency:UN',
      'agency:OECD',
    ];
    await refused(
      aliased(20, `commonNeighbours(ids: ${JSON.stringify(ids)}) { id name }`),
      'Query complexity 21020 exceeds the limit of 20000.',
      { complexity: 21_020 },
    );
    // stats 100 + 1 + mostConnected (1000 + 1 + 50 × entities (1 + 2)) = 1252 each.
    await refused(
      aliased(16, 'stats { mostConnected(first: 50) { entities { entity { id } } } }'),
      'Query complexity 20032 exceeds the limit of 20000.',
      { complexity: 20_032 },
    );
    await accepted(
      '{ stats { totalEntities mostConnected(first: 50) { rankedBy entities { degree entity { id } } } } }',
    );
  });

  it('leaves a first above the page size to the resolver (BAD_USER_INPUT), however large', async () => {
    const r = await h.gql(
      '{ search(query: "labour", first: 1000000) { score entity { id name description } } }',
    );
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const list = await h.gql(
      '{ sectors(first: 5000000) { edges { node { instruments { sectors { id name } } } } } }',
    );
    expect(list.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('refuses fragments spread into an exponential number of fields, at once', async () => {
    // F0 spreads F1 twice, F1 spreads F2 twice...: 2^40 paths, one field deep.
    const fragments = Array.from({ length: 40 }, (_, i) =>
      i < 39
        ? `fragment F${i} on Query { ...F${i + 1} a: ...F${i + 1} }`
        : `fragment F${i} on Query { __typename }`,
    );
    const r = await h.gql(`{ ...F0 } ${fragments.join(' ').replaceAll('a: ...', '...')}`);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.body.errors?.[0]?.message).toBe(
      'Query has more than 10000 fields once its fragments are expanded.',
    );
  });

  it('reads MAX_ROOT_FIELDS from the environment and refuses a bad value naming it', async () => {
    expect(loadConfig({ MAX_ROOT_FIELDS: '5' }).limits.maxRootFields).toBe(5);
    expect(loadConfig({}).limits.maxRootFields).toBe(50);
    expect(() => loadConfig({ MAX_ROOT_FIELDS: '0' })).toThrow(
      'MAX_ROOT_FIELDS must be a whole number from 1 to 1000, got "0"',
    );
    const small = await startHarness({ env: { MAX_ROOT_FIELDS: '2' } });
    try {
      const r = await small.gql('{ a: __typename b: __typename c: __typename }');
      expect(r.body.errors?.[0]?.message).toBe(
        'Query selects 3 root fields (aliases included); the limit is 2.',
      );
    } finally {
      await small.close();
    }
  });
});

describe('store timeout: a query the store interrupts becomes STORE_TIMEOUT', () => {
  // Served by a store with a 1 ms timeout: Kuzu interrupts whole-graph queries (PageRank, degrees,
  // shortest paths take 6-17 ms here); on Neo4j every query takes longer than 1 ms, and the
  // adapter closes the session at the deadline, which makes the server terminate the query.
  let h: Harness;
  let dispose: () => void;
  beforeAll(async () => {
    const slow = await seededStoreWithTimeout(1);
    dispose = slow.dispose;
    h = await startHarness({ store: slow.store });
  });
  afterAll(async () => {
    await h.close();
    dispose();
  });

  it('answers stats.mostConnected with STORE_TIMEOUT and a message saying what to do', async () => {
    // PageRank and degrees over the whole graph: interrupted in 30 of 30 runs at 1 ms.
    const r = await h.gql(
      '{ stats { mostConnected(first: 50) { rankedBy entities { degree entity { id } } } } }',
    );
    expect(r.status).toBeLessThan(500);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('STORE_TIMEOUT');
    expect(r.body.errors?.[0]?.message).toMatch(/did not answer in time/);
    expect(r.body.errors?.[0]?.message).not.toMatch(/Kuzu|Neo4j|Interrupted/);
  });

  // Each store's own aftermath; a test registered for one store only is absent, not skipped, on
  // the other (a skip in the neo4j project fails CI).
  if (STORE_UNDER_TEST === 'kuzu')
    it('leaves the embedded store usable: a point lookup on the same connections answers with its data', async () => {
      // A lookup may itself overrun 1 ms on a busy machine: then it is a STORE_TIMEOUT, never a
      // broken store, and a retry answers.
      let after = await h.gql('{ node(id: "agency:WHO") { id } }');
      for (let attempt = 1; attempt < 20 && after.body.errors; attempt++) {
        expect(after.body.errors.map((e) => e.extensions?.code)).toEqual(['STORE_TIMEOUT']);
        after = await h.gql('{ node(id: "agency:WHO") { id } }');
      }
      expect(after.status).toBe(200);
      expect(after.body).toEqual({ data: { node: { id: 'agency:WHO' } } });
    });

  if (STORE_UNDER_TEST === 'neo4j')
    it('stops the query on the Neo4j server, not only in the client, and leaves Neo4j answering', async () => {
      const r = await h.gql(
        '{ connections(from: "agency:WHO", to: "country:MA", maxHops: 6, first: 20) { length } }',
      );
      expect(r.body.errors?.[0]?.extensions?.code).toBe('STORE_TIMEOUT');
      const admin = createTestStore({ kind: 'neo4j' });
      const driver = neo4j.driver(
        neo4jTestUri()!,
        neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? ''),
      );
      try {
        // Terminating takes the server a few milliseconds: wait for it, at most 5 s.
        let running: string[] = [];
        for (let waited = 0; waited <= 5_000; waited += 100) {
          const result = await driver.executeQuery(
            'SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH "SHOW" RETURN currentQuery',
          );
          running = result.records.map((rec) => String(rec.get('currentQuery')));
          if (running.length === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(running).toEqual([]);
        expect(await admin.read('entities-by-ids', { ids: ['agency:WHO'] })).toHaveLength(1);
      } finally {
        await driver.close();
        await admin.close();
      }
    });
});
