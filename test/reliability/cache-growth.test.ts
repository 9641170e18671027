import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { gql, graphSnapshot, healthDuring, startTarget, type GraphSnapshot, type Target } from './target.js';

/**
 * One 96 kB request reusing a 95 kB variable in 50 aliases, each a different read: before the
 * caches were bounded in bytes, each made a ~190 kB key of the read cache, kept until restart
 * (210 such requests took the process from 184 MB to 1.8 GB).
 */
const TEXT = 'x'.repeat(47_000);
const ALIASES = Array.from(
  { length: 50 },
  (_, i) => `a${i}: sectors(first: ${i + 1}, where: { nameContains: $v, ids: [$id] }) { totalCount }`,
).join(' ');
const QUERY = `query Grow($v: String!, $id: ID!) { ${ALIASES} }`;
const REQUESTS = 60;

describe('a client filling the caches with its own strings', () => {
  let target: Target;
  let before: GraphSnapshot;
  let baselineMb: number;
  beforeAll(async () => {
    // Small budgets and a small heap, as a small container would have.
    target = await startTarget({ env: { READ_CACHE: 'on', READ_CACHE_MB: '16' }, heapMb: 512 });
    before = await graphSnapshot(target.url);
    baselineMb = target.rssMb();
  }, 120_000);
  afterAll(() => target?.stop());

  it('keeps the caches within their byte budgets and memory bounded, with /health answering', async () => {
    const attack = async () => {
      for (let i = 0; i < REQUESTS; i += 4) {
        await Promise.all(
          [0, 1, 2, 3].map(async () => {
            const r = await gql(target.url, QUERY, { v: TEXT, id: TEXT });
            expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(200);
          }),
        );
      }
    };
    const { failures } = await healthDuring(target.url, attack());
    expect(failures).toBe(0);
    expect(target.server.child.exitCode).toBeNull();
    // Before: ~10 MB of keys a request, kept: 60 requests, ~570 MB.
    expect(target.rssMb() - baselineMb).toBeLessThan(150);
    const metrics = await (await fetch(`${target.url}/metrics`)).text();
    const readBytes = Number(/ilo_graph_cache_bytes\{cache="read"\} (\d+)/.exec(metrics)?.[1]);
    expect(readBytes).toBeLessThanOrEqual(16 * 1024 * 1024);
    expect(await graphSnapshot(target.url)).toEqual(before);
  }, 180_000);
});
