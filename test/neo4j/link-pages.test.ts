import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildDataset } from '../../seed/build-dataset.js';
import type { Dataset } from '../../src/domain/dataset.js';
import type { GraphStore, Row, StoreNode } from '../../src/store/port/graph-store.port.js';
import { replaceGraph } from '../../src/store/write-dataset.js';
import { createTestStore } from '../helpers/test-store.js';

/**
 * A page of a hub's links reads a page: Neo4j cuts each id's link rows at `limit` in the query
 * (cypher/neo4j/linked-*.cypher), in the order the loaders sort by, so neighbours(first: 10) of an
 * entity with thousands of links does not ship them all to the API.
 */
describe('Neo4j link queries: each id cut at its first `limit` links in name order', () => {
  let store: GraphStore;
  let dataset: Dataset;

  beforeAll(async () => {
    store = createTestStore({ kind: 'neo4j' });
    await store.applySchema();
    dataset = await buildDataset();
    await replaceGraph(store, dataset);
  });
  afterAll(() => store.close());

  /** Each id's linked entities as the dataset holds them, ordered as the queries order them. */
  function expected(
    direction: 'out' | 'in',
    ids: string[],
    types: string[],
    limit: number,
  ): Map<string, string[]> {
    const kindOf = new Map(dataset.entities.map((e) => [e.id, e]));
    const result = new Map<string, string[]>();
    for (const id of ids) {
      const linked = dataset.links
        .filter((l) => types.includes(l.type) && (direction === 'out' ? l.from : l.to) === id)
        .map((l) => kindOf.get(direction === 'out' ? l.to : l.from)!)
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))
        .map((e) => e.id);
      result.set(id, linked.slice(0, limit));
    }
    return result;
  }

  const kinds = () => [...new Set(dataset.entities.map((e) => e.kind))];
  const byKey = (rows: Row[]) => {
    const result = new Map<string, string[]>();
    for (const r of rows) {
      const list = result.get(String(r.key)) ?? [];
      list.push(String((r.node as StoreNode).properties.id));
      result.set(String(r.key), list);
    }
    return result;
  };

  it('linked-in gives a hub only its first links, and every link when the limit allows', async () => {
    // The sector with the most incoming ADDRESSES/TARGETS/APPLIES_TO links, and one more.
    const types = ['ADDRESSES', 'TARGETS', 'APPLIES_TO'];
    const counts = new Map<string, number>();
    for (const l of dataset.links) if (types.includes(l.type)) counts.set(l.to, (counts.get(l.to) ?? 0) + 1);
    const hubs = [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([id]) => id);
    expect(counts.get(hubs[0]!)).toBeGreaterThan(3);
    const page = await store.read('linked-in', { ids: hubs, types, kinds: kinds(), limit: 3 });
    expect(byKey(page)).toEqual(expected('in', hubs, types, 3));
    const all = await store.read('linked-in', { ids: hubs, types, kinds: kinds(), limit: 2 ** 31 - 1 });
    expect(byKey(all)).toEqual(expected('in', hubs, types, Infinity));
  });

  it('linked-out and linked-via-collaboration cut the same way', async () => {
    const out = await store.read('linked-out', {
      ids: ['programme:ipec'],
      types: ['TARGETS', 'PROMOTES', 'ADDRESSES', 'ACTIVE_IN'],
      kinds: kinds(),
      limit: 2,
    });
    expect(byKey(out)).toEqual(
      expected('out', ['programme:ipec'], ['TARGETS', 'PROMOTES', 'ADDRESSES', 'ACTIVE_IN'], 2),
    );
    const via = await store.read('linked-via-collaboration', {
      ids: ['agency:WHO'],
      roles: ['HAS_PARTNER'],
      targetRoles: ['ON_SECTOR', 'ON_TOPIC', 'HAS_PARTNER', 'HAS_ILO_PARTY'],
      kinds: kinds(),
      limit: 2,
    });
    const names = via.map((r) => String((r.node as StoreNode).properties.name));
    expect(via.length).toBe(2);
    expect(names).toEqual([...names].sort());
    const every = await store.read('linked-via-collaboration', {
      ids: ['agency:WHO'],
      roles: ['HAS_PARTNER'],
      targetRoles: ['ON_SECTOR', 'ON_TOPIC', 'HAS_PARTNER', 'HAS_ILO_PARTY'],
      kinds: kinds(),
      limit: 2 ** 31 - 1,
    });
    expect(every.length).toBeGreaterThan(2);
    const first = every
      .map(
        (r) =>
          `${String((r.node as StoreNode).properties.name)}|${String((r.node as StoreNode).properties.id)}`,
      )
      .sort()
      .slice(0, 2);
    expect(
      via.map(
        (r) =>
          `${String((r.node as StoreNode).properties.name)}|${String((r.node as StoreNode).properties.id)}`,
      ),
    ).toEqual(first);
  });
});
