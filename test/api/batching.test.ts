import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/test-server.js';

describe('DataLoader batching: one store query per relationship field per level', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers a 3-level nested query over all sectors with one query per field, not per parent', async () => {
    // Warm up nothing: loaders are per request, so there is no cache to help.
    const before = await server.metrics.storeQueryCount();
    const data = await server.data<{
      sectors: { totalCount: number; edges: { node: { instruments: unknown[]; programmes: unknown[] } }[] };
    }>(`{
      sectors(first: 100) {
        totalCount
        edges { node {
          id
          instruments { id promotedBy { id } }
          programmes { id partners { id } }
        } }
      }
    }`);
    const used = (await server.metrics.storeQueryCount()) - before;
    const sectors = data.sectors.edges.length;
    expect(sectors).toBe(data.sectors.totalCount);
    expect(sectors).toBeGreaterThanOrEqual(22);
    // The list itself: its ids (1) and its page of nodes (1). Then one query per relationship
    // field requested: instruments, programmes (level 2), promotedBy, partners (level 3).
    expect(used).toBe(2 + 4);
    // It really did fan out: many parents at levels 2 and 3.
    const parents = data.sectors.edges.reduce(
      (n, e) => n + e.node.instruments.length + e.node.programmes.length,
      0,
    );
    expect(parents).toBeGreaterThan(4);
  });

  it('exposes the store query counter at /metrics', async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/ilo_graph_store_queries_total\{query="linked-in",outcome="ok"\} \d+/);
    expect(text).toContain('ilo_graph_dataloader_batch_size');
  });
});
