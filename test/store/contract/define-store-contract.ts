import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { EntityRecord } from '../../../src/domain/dataset.js';
import { entityToRow } from '../../../src/domain/records-to-rows.js';
import type { GraphStore, StoreNode } from '../../../src/store/port/graph-store.port.js';
import { StoreError } from '../../../src/store/port/store-error.js';
import { shortestPathsWithin } from '../../../src/store/query-names.js';
import {
  datasetCounts,
  datasetFingerprint,
  loadIntoEmptyGraph,
  replaceGraph,
} from '../../../src/store/write-dataset.js';
import { TINY_DATASET } from '../../helpers/tiny-dataset.js';

const ALL_KINDS = [...new Set(TINY_DATASET.entities.map((e) => e.kind))];

/**
 * The behaviour every GraphStore adapter owes the application, run against a real engine:
 * Kuzu always, Neo4j when NEO4J_URI is set (apollo-server's defineIntegrationTestSuite habit).
 */
export function defineStoreContract(name: string, makeStore: () => Promise<GraphStore> | GraphStore): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;

    beforeAll(async () => {
      store = await makeStore();
      await store.applySchema();
      await store.applySchema(); // idempotent
      await replaceGraph(store, TINY_DATASET);
    });
    afterAll(async () => {
      await store?.close();
    });

    it('answers its health check', async () => {
      await expect(store.health()).resolves.toBeUndefined();
    });

    it('returns nodes as plain objects with their label and only their set properties', async () => {
      const rows = await store.read('entities-by-ids', { ids: ['programme:harbour', 'no:such-id'] });
      expect(rows).toHaveLength(1);
      const node = rows[0]!.node as StoreNode;
      expect(node.$type).toBe('node');
      expect(node.label).toBe('Entity');
      expect(node.properties).toMatchObject({
        id: 'programme:harbour',
        kind: 'Programme',
        year: 2001,
        endYear: 2005,
      });
      expect(node.properties).not.toHaveProperty('acronym');
      expect(typeof node.properties.year).toBe('number');
    });

    it('follows links in both directions, filtered by type and kind', async () => {
      const out = await store.read('linked-out', {
        ids: ['programme:harbour'],
        types: ['TARGETS', 'PROMOTES'],
        kinds: ALL_KINDS,
        limit: 100,
      });
      expect(out.map((r) => (r.node as StoreNode).properties.id).sort()).toEqual([
        'instrument:C999',
        'sector:ports',
      ]);
      const into = await store.read('linked-in', {
        ids: ['sector:ports'],
        types: ['APPLIES_TO'],
        kinds: ['Instrument'],
        limit: 100,
      });
      expect(into).toHaveLength(1);
      expect(into[0]!.key).toBe('sector:ports');
      expect((into[0]!.node as StoreNode).properties.id).toBe('instrument:C999');
    });

    it('counts with exact integers', async () => {
      const rows = await store.read('count-entities-by-kind');
      const sectors = rows.find((r) => r.kind === 'Sector');
      expect(sectors?.count).toBe(2);
    });

    it('finds entities whose link of a kind is missing (a gap)', async () => {
      const rows = await store.read('entities-lacking-link', {
        kind: 'Sector',
        types: ['APPLIES_TO'],
        otherKinds: ['Instrument'],
      });
      expect(rows.map((r) => r.id)).toEqual(['sector:empty']);
    });

    it('finds the shortest paths between two entities with their relationships in order', async () => {
      const rows = await store.read('shortest-paths', {
        from: 'agency:WHO',
        to: 'programme:harbour',
        limit: 5,
      });
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const nodes = row.nodes as StoreNode[];
        expect(nodes[0]!.properties.id).toBe('agency:WHO');
        expect(nodes.at(-1)!.properties.id).toBe('programme:harbour');
        expect((row.links as unknown[]).length).toBe(nodes.length - 1);
      }
      expect(Math.min(...rows.map((r) => (r.links as unknown[]).length))).toBe(3);
    });

    it('searches only as many hops as the bounded path query allows', async () => {
      const within = (hops: number) =>
        store.read(shortestPathsWithin(hops), { from: 'agency:WHO', to: 'programme:harbour', limit: 5 });
      // The two are three hops apart: a search bounded at two finds nothing, not the 3-hop paths.
      expect(await within(1)).toEqual([]);
      expect(await within(2)).toEqual([]);
      const three = await within(3);
      expect(three.length).toBeGreaterThan(0);
      for (const row of three) expect((row.links as unknown[]).length).toBe(3);
      expect((await within(6)).map((r) => (r.links as unknown[]).length)).toEqual(three.map(() => 3));
    });

    it('searches case- and accent-insensitively, an exact acronym first', async () => {
      const who = await store.search('who', { limit: 5 });
      expect(who[0]?.id).toBe('agency:WHO');
      const securite = await store.search('securite', { limit: 5 });
      expect(securite.map((h) => h.id)).toContain('department:secu');
      const onlyTopics = await store.search('health', { kinds: ['Topic'], limit: 5 });
      expect(onlyTopics.every((h) => h.kind === 'Topic')).toBe(true);
    });

    it('sees a committed write in search without a restart', async () => {
      await store.write([
        {
          query: 'upsert-entities',
          params: { rows: [{ ...entityRow('topic:fishing', 'Topic', 'Fishing') }] },
        },
      ]);
      const hits = await store.search('fishing', { limit: 3 });
      expect(hits[0]?.id).toBe('topic:fishing');
    });

    it('keeps a failed write from changing anything (all or nothing)', async () => {
      const before = await store.read('count-entities-by-kind');
      await expect(
        store.write([
          { query: 'delete-all-links', params: {} },
          { query: 'delete-all-entities', params: {} },
          // A statement that fails half-way through the transaction:
          { query: 'upsert-links', params: { rows: 'not a list' } },
        ]),
      ).rejects.toBeInstanceOf(StoreError);
      expect(await store.read('count-entities-by-kind')).toEqual(before);
      const links = await store.read('count-links-by-type');
      expect(links.reduce((n, r) => n + Number(r.count), 0)).toBe(TINY_DATASET.links.length);
    });

    it('runs a guarded write only when its guard answers no row, and says whether it ran', async () => {
      const topic = (id: string) => ({
        query: 'upsert-entities' as const,
        params: { rows: [entityRow(id, 'Topic', id)] },
      });
      // The graph holds entities: claim-graph answers a row, nothing else runs.
      expect(
        await store.write([topic('topic:guarded')], { unless: { query: 'claim-graph', params: {} } }),
      ).toBe(false);
      expect(await store.read('entities-by-ids', { ids: ['topic:guarded'] })).toEqual([]);
      expect(await store.write([topic('topic:unguarded')])).toBe(true);
      expect(await store.read('entities-by-ids', { ids: ['topic:unguarded'] })).toHaveLength(1);
    });

    it('loads an empty graph once when several loads race, and records what it loaded', async () => {
      await store.write([
        { query: 'delete-all-links', params: {} },
        { query: 'delete-all-entities', params: {} },
        { query: 'delete-all-passages', params: {} },
      ]);
      const loads = await Promise.all([1, 2, 3, 4].map(() => loadIntoEmptyGraph(store, TINY_DATASET)));
      expect(loads.filter(Boolean)).toHaveLength(1);
      const kinds = await store.read('count-entities-by-kind');
      expect(kinds.reduce((n, r) => n + Number(r.count), 0)).toBe(TINY_DATASET.entities.length);
      const [meta] = await store.read('graph-meta');
      expect(meta?.fingerprint).toBe(datasetFingerprint(TINY_DATASET));
      expect(JSON.parse(String(meta?.counts))).toEqual(datasetCounts(TINY_DATASET));
      expect(Date.parse(String(meta?.loadedAt))).toBeGreaterThan(Date.now() - 60_000);
    });
  });
}

/** A complete upsert-entities row (every column) for an entity with only these fields set. */
function entityRow(id: string, kind: EntityRecord['kind'], name: string): Record<string, unknown> {
  return entityToRow({ id, kind, name, sources: [] });
}
