import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pageRanks } from '../../src/api/services/page-rank.service.js';
import type { GraphStore } from '../../src/store/port/graph-store.port.js';
import { linkToRow } from '../../src/domain/records-to-rows.js';
import { undirectedPageRank } from '../../src/util/page-rank.js';
import { createTestStore, seedTestStore } from '../helpers/test-store.js';
import { TINY_DATASET } from '../helpers/tiny-dataset.js';

const sum = (values: Iterable<number>) => [...values].reduce((n, v) => n + v, 0);

describe('undirectedPageRank', () => {
  it('ranks the centre of a star first, its leaves equally, and sums to 1', () => {
    // 0 is the centre; the direction given to an edge does not matter.
    const rank = undirectedPageRank(5, [
      [0, 1],
      [2, 0],
      [0, 3],
      [4, 0],
    ]);
    expect(sum(rank)).toBeCloseTo(1, 12);
    for (let leaf = 1; leaf < 5; leaf++) {
      expect(rank[0]).toBeGreaterThan(rank[leaf]!);
      expect(rank[leaf]).toBeCloseTo(rank[1]!, 12);
    }
  });

  it('gives a sink no advantage: a chain ranks the same read either way', () => {
    const forward = undirectedPageRank(4, [
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    const backward = undirectedPageRank(4, [
      [1, 0],
      [2, 1],
      [3, 2],
    ]);
    expect([...forward]).toEqual([...backward]);
    expect(forward[0]).toBeCloseTo(forward[3]!, 12);
    expect(forward[1]).toBeGreaterThan(forward[0]!);
  });

  it('spreads the rank of isolated nodes over all nodes, still summing to 1', () => {
    const rank = undirectedPageRank(4, [[0, 1]]);
    expect(sum(rank)).toBeCloseTo(1, 12);
    expect(rank[2]).toBeCloseTo(rank[3]!, 12);
    expect(rank[0]).toBeGreaterThan(rank[2]!);
    expect(undirectedPageRank(0, [])).toEqual(new Float64Array(0));
  });
});

describe('pageRanks (the store graph, kept until the next committed write)', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = createTestStore();
    await seedTestStore(store, TINY_DATASET);
  });
  afterAll(() => store.close());

  it('ranks every node of the store, is kept between calls, and is recomputed after a write', async () => {
    const first = await pageRanks(store);
    expect([...first.keys()].sort()).toEqual(TINY_DATASET.entities.map((e) => e.id).sort());
    expect(sum(first.values())).toBeCloseTo(1, 9);
    expect(await pageRanks(store)).toBe(first);

    // The document gets its first relationship: its rank rises once the write is committed.
    const [from, to] = ['document:T', 'department:secu'];
    expect(TINY_DATASET.links.some((l) => l.from === from && l.to === to)).toBe(false);
    await store.write([
      {
        query: 'upsert-links',
        params: { rows: [linkToRow({ from, to, type: 'ISSUED_BY', sources: [] })] },
      },
    ]);
    const after = await pageRanks(store);
    expect(after).not.toBe(first);
    expect(after.get(from)!).toBeGreaterThan(first.get(from)!);
    expect(sum(after.values())).toBeCloseTo(1, 9);
  });
});
