import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildDataset } from '../../../seed/build-dataset.js';
import type { Dataset, EntityRecord } from '../../../src/domain/dataset.js';
import type { GraphStore } from '../../../src/store/port/graph-store.port.js';
import { replaceGraph } from '../../../src/store/write-dataset.js';

/** Lower case, accents removed: how a person expects "Turkiye" to find "Türkiye". */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * What `search` owes users on every store, asked of the real knowledge base: the embedded
 * store answers from its in-process index, Neo4j from its full-text index, and both must rank
 * and forgive alike. The API tests (test/api/search.test.ts) add the GraphQL side.
 */
export function defineSearchContract(name: string, makeStore: () => Promise<GraphStore> | GraphStore): void {
  describe(`search contract: ${name}`, () => {
    let store: GraphStore;
    let dataset: Dataset;

    beforeAll(async () => {
      store = await makeStore();
      await store.applySchema();
      dataset = await buildDataset();
      await replaceGraph(store, dataset);
    });
    afterAll(async () => {
      await store?.close();
    });

    const ids = async (text: string, limit = 10, kinds?: EntityRecord['kind'][]) =>
      (await store.search(text, { limit, ...(kinds ? { kinds } : {}) })).map((h) => h.id);
    const only = (predicate: (e: EntityRecord) => boolean): EntityRecord => {
      const found = dataset.entities.filter((e) => e.kind !== 'Collaboration' && predicate(e));
      expect(found).toHaveLength(1);
      return found[0]!;
    };

    it.each(['WHO', 'ILO', 'FAO', 'IPEC', 'UNESCO', 'IMO', 'UPU'])(
      'ranks the entity whose acronym is %s first, in any case',
      async (acronym) => {
        const expected = only((e) => e.acronym === acronym).id;
        expect((await ids(acronym))[0]).toBe(expected);
        expect((await ids(acronym.toLowerCase()))[0]).toBe(expected);
      },
    );

    it('finds words that are English stop words: "IT" finds IT services', async () => {
      const it = only((e) => e.kind === 'Sector' && e.name === 'IT services').id;
      expect(await ids('IT', 10, ['Sector'])).toContain(it);
    });

    it('ranks an exact name first: "World Health Organization"', async () => {
      expect((await ids('World Health Organization'))[0]).toBe(only((e) => e.acronym === 'WHO').id);
    });

    it('is accent-insensitive both ways', async () => {
      const accented = dataset.entities.filter(
        (e) => e.kind !== 'Collaboration' && plain(e.name) !== e.name.toLowerCase(),
      );
      expect(accented.length).toBeGreaterThan(0);
      for (const entity of accented)
        expect(await ids(plain(entity.name), 20), entity.id).toContain(entity.id);
      const education = only((e) => e.kind === 'Sector' && e.name === 'Education').id;
      expect((await ids('Éducation'))[0]).toBe(education);
    });

    it('forgives one typo ("UNESKO") and finds by a prefix ("Agricul")', async () => {
      expect((await ids('UNESKO'))[0]).toBe(only((e) => e.acronym === 'UNESCO').id);
      const agriculture = only((e) => e.kind === 'Sector' && /^Agriculture/.test(e.name)).id;
      expect((await ids('Agricul', 10, ['Sector']))[0]).toBe(agriculture);
    });

    it('expands abbreviations: "Intl Labour Org" finds the International Labour Organization first', async () => {
      const ilo = only((e) => e.kind === 'PartnerAgency' && e.name === 'International Labour Organization');
      expect((await ids('Intl Labour Org'))[0]).toBe(ilo.id);
    });

    it('restricts to kinds, limits the hits and finds nothing for nonsense', async () => {
      const hits = await store.search('labour', { kinds: ['Instrument', 'Topic'], limit: 5 });
      expect(hits).toHaveLength(5);
      expect(hits.every((h) => h.kind === 'Instrument' || h.kind === 'Topic')).toBe(true);
      expect(await ids('xyzzyq')).toEqual([]);
      expect(await ids('*?')).toEqual([]);
    });
  });
}
