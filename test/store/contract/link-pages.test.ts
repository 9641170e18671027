import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { syntheticGraph } from '../../../bench/synthetic-graph.js';
import { ENTITY_KINDS } from '../../../src/domain/entity-kind.js';
import { entityToRow, linkToRow } from '../../../src/domain/records-to-rows.js';
import { COLLABORATION_ROLES, DIRECT_RELATION_TYPES } from '../../../src/domain/relation-type.js';
import type {
  GraphStore,
  Params,
  Row,
  StoreNode,
  StoreRelationship,
} from '../../../src/store/port/graph-store.port.js';
import { replaceGraph } from '../../../src/store/write-dataset.js';
import { createTestStore, STORE_UNDER_TEST } from '../../helpers/test-store.js';

const ALL = 2 ** 31 - 1;

/**
 * A page of an entity's links is cut in the store, on each link's rank written at load
 * (src/domain/link-order.ts), before the entities at the other end are read: on a graph with
 * steep hubs, every page must still be the first links of all of them, in name order, whatever
 * the types, kinds and roles asked. One id per read: the embedded store's per-id lookups are the
 * queries that cut (its batch text returns every link and the loaders cut).
 */
describe(`link pages cut on the links' ranks (${STORE_UNDER_TEST})`, () => {
  // 4,000 nodes: large enough for the embedded store to look one id up at a time, with hubs of
  // hundreds of links and collaborations.
  const graph = syntheticGraph({ nodes: 4_000, seed: 11 });
  let store: GraphStore;

  beforeAll(async () => {
    store = createTestStore();
    await store.applySchema();
    await replaceGraph(store, graph);
  }, 180_000);
  afterAll(() => store.close());

  /** The hubs (most links) and a few ordinary entities, collaborations aside. */
  function someIds(): string[] {
    const degree = new Map<string, number>();
    for (const l of graph.links) {
      degree.set(l.from, (degree.get(l.from) ?? 0) + 1);
      degree.set(l.to, (degree.get(l.to) ?? 0) + 1);
    }
    const entities = graph.entities.filter((e) => e.kind !== 'Collaboration');
    const hubs = [...entities].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0)).slice(0, 4);
    expect(degree.get(hubs[0]!.id)).toBeGreaterThan(200);
    return [...hubs, ...entities.filter((_, i) => i % 397 === 0).slice(0, 6)].map((e) => e.id);
  }

  /** A row as a reader tells rows apart: the entity reached, the relation, the collaboration. */
  const summary = (r: Row) =>
    [
      (r.node as StoreNode).properties.id,
      r.link ? (r.link as StoreRelationship).properties.type : r.role,
      r.via ?? null,
    ].join(' ');

  async function pageAgreesWithAll(
    query: 'linked-out' | 'linked-in' | 'linked-via-collaboration',
    params: Params,
  ) {
    for (const id of someIds()) {
      const every = (await store.read(query, { ...params, ids: [id], limit: ALL })).map(summary);
      for (const limit of [1, 3, 10]) {
        const page = (await store.read(query, { ...params, ids: [id], limit })).map(summary);
        expect(page, `${query} of ${id}, first ${limit}`).toEqual(every.slice(0, limit));
      }
    }
  }

  it('linked-out and linked-in: every type and kind, and a few of them', async () => {
    const every = { types: DIRECT_RELATION_TYPES, kinds: ENTITY_KINDS };
    await pageAgreesWithAll('linked-out', every);
    await pageAgreesWithAll('linked-in', every);
    await pageAgreesWithAll('linked-in', {
      types: ['TARGETS', 'APPLIES_TO'],
      kinds: ['Programme', 'Country'],
    });
    await pageAgreesWithAll('linked-out', { types: ['TARGETS', 'ACTIVE_IN'], kinds: ['Sector'] });
  });

  it('linked-via-collaboration: every role and kind (cut at a hub’s first collaborations), and partners only', async () => {
    await pageAgreesWithAll('linked-via-collaboration', {
      roles: COLLABORATION_ROLES,
      targetRoles: COLLABORATION_ROLES,
      kinds: ENTITY_KINDS,
      viaRanked: true,
    });
    await pageAgreesWithAll('linked-via-collaboration', {
      roles: COLLABORATION_ROLES,
      targetRoles: ['HAS_PARTNER'],
      kinds: ['PartnerAgency'],
      viaRanked: false,
    });
  });

  it('a link written on its own, without ranks, is in the pages it belongs to', async () => {
    const hub = someIds()[0]!;
    const newcomer = {
      id: 'programme:aaa-first',
      kind: 'Programme' as const,
      name: 'AAA first',
      sources: [],
    };
    await store.write([
      { query: 'upsert-entities', params: { rows: [entityToRow(newcomer)] } },
      {
        query: 'upsert-links',
        params: { rows: [linkToRow({ from: newcomer.id, to: hub, type: 'TARGETS', sources: [] })] },
      },
    ]);
    const page = await store.read('linked-in', {
      ids: [hub],
      types: DIRECT_RELATION_TYPES,
      kinds: ENTITY_KINDS,
      limit: 1,
    });
    expect(page.map(summary)).toEqual(['programme:aaa-first TARGETS ']);
  });
});
