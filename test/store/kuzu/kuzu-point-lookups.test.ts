import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Dataset } from '../../../src/domain/dataset.js';
import type { KuzuStore } from '../../../src/store/kuzu/kuzu-store.js';
import { perIdPlan } from '../../../src/store/kuzu/kuzu-point-lookups.js';
import type { StoreNode } from '../../../src/store/port/graph-store.port.js';
import { replaceGraph } from '../../../src/store/write-dataset.js';
import { kuzuTestStore } from '../../helpers/test-store.js';

describe('perIdPlan (a batch scan or one primary-key lookup per id)', () => {
  it('keeps the batch on a small graph, where one scan is cheaper', () => {
    expect(perIdPlan('entities-by-ids', { ids: ['a'] }, 300)).toBeNull();
  });

  it('looks ids up one by one on a large graph, keeping the other parameters', () => {
    expect(perIdPlan('linked-out', { ids: ['a', 'b', 'a'], types: ['T'], kinds: ['K'] }, 1_000_000)).toEqual({
      query: 'linked-out-by-id',
      params: [
        { limit: 2 ** 31 - 1, id: 'a', types: ['T'], kinds: ['K'] },
        { limit: 2 ** 31 - 1, id: 'b', types: ['T'], kinds: ['K'] },
      ],
      twoSteps: false,
    });
  });

  it('reads a page of every neighbour through collaborations in two steps, and any other selection in one', () => {
    const via = { ids: ['a'], roles: ['R'], targetRoles: ['R'], kinds: ['K'], limit: 10 };
    expect(perIdPlan('linked-via-collaboration', { ...via, viaRanked: true }, 1_000_000)?.twoSteps).toBe(
      true,
    );
    expect(perIdPlan('linked-via-collaboration', { ...via, viaRanked: false }, 1_000_000)?.twoSteps).toBe(
      false,
    );
  });

  it('keeps a large batch as one scan, and leaves queries without a per-id twin alone', () => {
    expect(
      perIdPlan('entities-by-ids', { ids: Array.from({ length: 600 }, (_, i) => `e${i}`) }, 1_000_000),
    ).toBeNull();
    expect(perIdPlan('common-neighbours', { ids: ['a', 'b'] }, 1_000_000)).toBeNull();
  });
});

describe('per-id lookups on a graph large enough to use them', () => {
  let store: KuzuStore;
  const N = 10_000;
  const dataset: Dataset = {
    passages: [{ id: 'P#1', documentId: 'document:P', label: '1', ordinal: 1, text: 'x' }],
    statements: [],
    entities: Array.from({ length: N }, (_, i) => ({
      id: `topic:t${i}`,
      kind: i % 2 ? ('Topic' as const) : ('Sector' as const),
      name: `T${i}`,
      sources: [],
    })),
    links: [
      ...Array.from({ length: N - 1 }, (_, i) => ({
        from: `topic:t${i}`,
        type: 'ADDRESSES' as const,
        to: `topic:t${i + 1}`,
        sources: [],
      })),
      // A collaboration on sector t0 with topic t3 (t0 <-ON_SECTOR- c -ON_TOPIC-> t3).
      { from: 'collaboration:c', type: 'ON_SECTOR' as const, to: 'topic:t0', sources: [] },
      { from: 'collaboration:c', type: 'ON_TOPIC' as const, to: 'topic:t3', sources: [] },
      // Three more links into t500, for a page of its links.
      ...['topic:t300', 'topic:t100', 'topic:t200'].map((from) => ({
        from,
        type: 'PART_OF' as const,
        to: 'topic:t500',
        sources: [],
      })),
    ],
  };
  dataset.entities.push({ id: 'collaboration:c', kind: 'Collaboration', name: 'C', sources: [] });

  // Loading 10,000 entities and their links takes seconds, more on a busy machine.
  beforeAll(async () => {
    store = kuzuTestStore();
    await store.applySchema();
    await replaceGraph(store, dataset);
  }, 180_000);
  afterAll(() => store.close());

  it('answers exactly what the batch query answers', async () => {
    // 3 ids on 10,000 entities: below the threshold, so these run as per-id lookups.
    expect(
      perIdPlan('entities-by-ids', { ids: ['topic:t7', 'topic:t4000', 'topic:missing'] }, N),
    ).not.toBeNull();
    const nodes = await store.read('entities-by-ids', { ids: ['topic:t7', 'topic:t4000', 'topic:missing'] });
    expect(nodes.map((r) => (r.node as StoreNode).properties.id).sort()).toEqual(['topic:t4000', 'topic:t7']);

    const out = await store.read('linked-out', {
      ids: ['topic:t7'],
      types: ['ADDRESSES'],
      kinds: ['Topic', 'Sector'],
    });
    expect(out).toHaveLength(1);
    expect(out[0]!.key).toBe('topic:t7');
    expect((out[0]!.node as StoreNode).properties.id).toBe('topic:t8');

    const into = await store.read('linked-in', {
      ids: ['topic:t7'],
      types: ['ADDRESSES'],
      kinds: ['Sector'],
    });
    expect(into.map((r) => (r.node as StoreNode).properties.id)).toEqual(['topic:t6']);

    // A page of an entity's links is cut in the store, in name order, then id.
    const page = { ids: ['topic:t500'], types: ['PART_OF'], kinds: ['Topic', 'Sector'] };
    const ids = async (params: Record<string, unknown>) =>
      (await store.read('linked-in', params)).map((r) => (r.node as StoreNode).properties.id);
    expect(await ids(page)).toHaveLength(3);
    expect(await ids({ ...page, limit: 2 })).toEqual(['topic:t100', 'topic:t200']);

    const via = {
      ids: ['topic:t0', 'topic:t3'],
      roles: ['ON_SECTOR'],
      targetRoles: ['ON_TOPIC'],
      kinds: ['Topic'],
    };
    expect(perIdPlan('linked-via-collaboration', via, N)).not.toBeNull();
    const partners = await store.read('linked-via-collaboration', via);
    expect(partners.map((r) => [r.key, r.via, r.role, (r.node as StoreNode).properties.id])).toEqual([
      ['topic:t0', 'collaboration:c', 'ON_TOPIC', 'topic:t3'],
    ]);
  });
});
