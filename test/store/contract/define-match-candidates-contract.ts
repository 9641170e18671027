import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildDataset } from '../../../seed/build-dataset.js';
import { ENTITY_KINDS } from '../../../src/domain/entity-kind.js';
import type { CandidateQuery, GraphStore } from '../../../src/store/port/graph-store.port.js';
import { replaceGraph } from '../../../src/store/write-dataset.js';

/**
 * What `matchCandidates` owes the matching service on every store, asked of the real knowledge
 * base: the embedded store finds candidates in its in-process index, Neo4j in its full-text
 * index, by one rule (words in names, acronyms and aliases; one typo in words of five letters or
 * more; never a prefix), so that matching answers the same on both.
 */
export function defineMatchCandidatesContract(
  name: string,
  makeStore: () => Promise<GraphStore> | GraphStore,
): void {
  describe(`match candidates contract: ${name}`, () => {
    let store: GraphStore;

    beforeAll(async () => {
      store = await makeStore();
      await store.applySchema();
      await replaceGraph(store, await buildDataset());
    });
    afterAll(async () => {
      await store?.close();
    });

    const query = (words: string[], extra: Partial<CandidateQuery> = {}): CandidateQuery => ({
      words,
      ids: [],
      kinds: ENTITY_KINDS,
      ...extra,
    });
    const ids = async (q: CandidateQuery, limit = 25) =>
      (await store.matchCandidates([q], { limit }))[0]!.map((c) => String(c.node.properties.id)).sort();

    it('finds the entities holding a word in a name, an acronym or an alias, not in a description', async () => {
      expect(await ids(query(['unesco']))).toEqual(['agency:UNESCO']);
      expect(await ids(query(['oms']))).toEqual(['agency:WHO']);
      // "wholesale" is in Commerce's description only.
      expect(await ids(query(['wholesale']))).toEqual([]);
    });

    it('forgives one typo in a word of five letters or more, a swap of two letters included', async () => {
      expect(await ids(query(['helth']))).toContain('agency:WHO');
      expect(await ids(query(['healht']))).toContain('agency:WHO');
      // Three letters: IMF must not find IMO.
      expect(await ids(query(['imf']))).toEqual(['agency:IMF']);
    });

    it('never takes a word as a prefix', async () => {
      expect(await ids(query(['un']))).not.toContain('agency:UNESCO');
      expect(await ids(query(['agricul']))).toEqual([]);
    });

    it('finds a French word after an apostrophe in a name', async () => {
      // "Organisation des Nations Unies pour l'éducation, la science et la culture"
      expect(await ids(query(['education']))).toContain('agency:UNESCO');
    });

    it('adds the entities asked for by id, and keeps to the kinds asked for', async () => {
      expect(await ids(query([], { ids: ['instrument:C138'] }))).toEqual(['instrument:C138']);
      expect(await ids(query(['nothing-like-this'], { ids: ['agency:WHO', 'agency:none'] }))).toEqual([
        'agency:WHO',
      ]);
      expect(await ids(query(['health'], { kinds: ['PartnerAgency'], ids: ['instrument:C138'] }))).toEqual([
        'agency:WHO',
      ]);
    });

    it('returns each candidate once, with the countries it is located, active or meant for', async () => {
      const [candidates] = await store.matchCandidates(
        [query(['sialkot', 'soccer', 'labour'], { ids: ['programme:ipec-sialkot', 'country:MA'] })],
        { limit: 25 },
      );
      const byId = new Map(candidates!.map((c) => [String(c.node.properties.id), c]));
      expect(candidates!.length).toBe(byId.size);
      const places = (id: string) => byId.get(id)!.places.map((p) => String(p.properties.id));
      expect(places('programme:ipec-sialkot')).toEqual(['country:PK']);
      expect(places('country:MA')).toEqual([]);
      const [found] = await store.matchCandidates([query(['ilo'], { kinds: ['PartnerAgency'] })], {
        limit: 5,
      });
      const ilo = found!.find((c) => c.node.properties.id === 'agency:ILO');
      expect(ilo?.places.map((p) => p.properties.name)).toEqual(['Switzerland']);
    });

    it('answers each query of a batch on its own, in order, at most `limit` found by words', async () => {
      const batch = await store.matchCandidates(
        [query(['organization']), query([]), query(['fao']), query(['international'])],
        { limit: 3 },
      );
      expect(batch).toHaveLength(4);
      expect(batch[0]!.length).toBe(3);
      expect(batch[1]).toEqual([]);
      expect(batch[2]!.map((c) => c.node.properties.id)).toEqual(['agency:FAO']);
      expect(batch[3]!.length).toBe(3);
      expect(await store.matchCandidates([], { limit: 3 })).toEqual([]);
    });
  });
}
