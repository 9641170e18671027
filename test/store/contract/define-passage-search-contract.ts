import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildDataset } from '../../../seed/build-dataset.js';
import type { Dataset, PassageRecord } from '../../../src/domain/dataset.js';
import type { GraphStore } from '../../../src/store/port/graph-store.port.js';
import { searchText } from '../../../src/search/passage-text.js';
import { rankPassages } from '../../../src/search/rank-passages.js';
import { replaceGraph } from '../../../src/store/write-dataset.js';
import { TINY_DATASET } from '../../helpers/tiny-dataset.js';

/**
 * The words of a text as a reader sees them, for the expectations below: lower case, accents
 * removed, anything but letters and digits a space. Written here on its own (a regular expression
 * over the whole text), not with the search code's tokenizer, so the two can disagree.
 */
const plainWords = (text: string) =>
  ` ${text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim()} `;

/**
 * What `searchPassages` owes users on every store, asked of the real knowledge base: the
 * embedded store answers from its in-process index, Neo4j from its full-text index; both must
 * find exactly the same passages, scored and ordered by one ranking (src/search/rank-passages.ts). test/api/passage-search.test.ts
 * adds the GraphQL side (highlights, citing facts, errors).
 */
export function definePassageSearchContract(
  name: string,
  makeStore: () => Promise<GraphStore> | GraphStore,
): void {
  describe(`passage search contract: ${name}`, () => {
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

    const ids = async (text: string, documents?: string[]) =>
      (await store.searchPassages(text, { limit: 1000, ...(documents ? { documents } : {}) })).matches.map(
        (m) => m.id,
      );
    /** Passages whose words hold `phrase` (already plain words), in no particular order. */
    const holding = (phrase: string, where: (p: PassageRecord) => boolean = () => true) =>
      dataset.passages
        .filter((p) => where(p) && plainWords(p.text).includes(` ${phrase} `))
        .map((p) => p.id)
        .sort();

    it('finds a quoted phrase exactly where it occurs, stop words included', async () => {
      const expected = holding('worst forms of child labour');
      expect(expected.length).toBeGreaterThan(1);
      expect((await ids('"worst forms of child labour"')).sort()).toEqual(expected);
    });

    it('keeps the order of a phrase: "forms worst" is not "worst forms"', async () => {
      expect(holding('forms worst')).toEqual([]);
      expect(await ids('"forms worst"')).toEqual([]);
      expect((await ids('"worst forms"')).length).toBeGreaterThan(3);
    });

    it('is case- and accent-insensitive: "somavia" and "SOMAVÍA" find "Juan Somavía"', async () => {
      const expected = dataset.passages.filter((p) => p.text.includes('Somavía')).map((p) => p.id);
      expect(expected.length).toBeGreaterThan(0);
      expect((await ids('somavia')).sort()).toEqual(expected.sort());
      expect((await ids('SOMAVÍA')).sort()).toEqual(expected.sort());
    });

    it('reads a word hyphenated across a line break as the word: "sub-Saharan" finds "sub- Saharan"', async () => {
      const broken = dataset.passages.filter((p) => p.text.includes('sub- Saharan')).map((p) => p.id);
      const whole = dataset.passages.filter((p) => p.text.includes('sub-Saharan')).map((p) => p.id);
      expect(broken.length).toBeGreaterThan(0);
      expect(whole.length).toBeGreaterThan(0);
      expect((await ids('sub-Saharan')).sort()).toEqual([...broken, ...whole].sort());
      expect((await ids('"Director-General feels"')).length).toBe(1);
    });

    it('finds a hyphenated word that a dump wrote joined: "sector-specific" finds "sectorspecific"', async () => {
      const joined = dataset.passages.filter((p) => /\bsectorspecific\b/u.test(p.text)).map((p) => p.id);
      expect(joined.length).toBeGreaterThan(0);
      const found = await ids('sector-specific');
      for (const id of [...joined, ...holding('sector specific')]) expect(found).toContain(id);
    });

    it('matches a word as a prefix ("migra" finds migration and migrants), every word required', async () => {
      const found = await ids('migra');
      expect(found).toEqual(expect.arrayContaining(holding('migration')));
      expect(found).toEqual(expect.arrayContaining(holding('migrants')));
      const both = await ids('Sialkot students');
      expect(both.length).toBeGreaterThan(0);
      for (const id of both) {
        const text = plainWords(dataset.passages.find((p) => p.id === id)!.text);
        expect(text).toContain(' sialkot ');
        expect(text).toMatch(/ students? /u);
      }
    });

    it('takes a short acronym as itself: "WHO" does not find "whole" or "whom"', async () => {
      const found = new Set(await ids('WHO'));
      const onlyWhole = dataset.passages.filter(
        (p) => / whole | whom /u.test(plainWords(p.text)) && !plainWords(p.text).includes(' who '),
      );
      expect(onlyWhole.length).toBeGreaterThan(0);
      for (const p of onlyWhole) expect(found.has(p.id), p.id).toBe(false);
      expect(found.has('002#fn4')).toBe(true);
    });

    it('finds numbers as written: "10,572" finds the Sialkot project', async () => {
      expect(await ids('10,572')).toEqual(holding('10 572'));
    });

    it('requires every bare word in any order, and ranks the words typed together first', async () => {
      // Bare words match as prefixes too: "children", "labourers".
      const both = dataset.passages
        .filter(
          (p) =>
            / child[a-z0-9]* /u.test(plainWords(p.text)) && / labour[a-z0-9]* /u.test(plainWords(p.text)),
        )
        .map((p) => p.id)
        .sort();
      const apart = both.filter((id) => !holding('child labour').includes(id));
      expect(apart.length).toBeGreaterThan(0);
      expect((await ids('labour child')).sort()).toEqual(both);
      const { matches } = await store.searchPassages('child labour', { limit: 1000 });
      expect(matches.map((m) => m.id).sort()).toEqual(both);
      expect(holding('child labour')).toContain(matches[0]!.id);
      expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
    });

    it('scores every hit by the shared ranking of its own words, so both stores answer the same order', async () => {
      const text = 'workers "social dialogue"';
      const { query, matches } = await store.searchPassages(text, { limit: 1000 });
      expect(matches.length).toBeGreaterThan(1);
      const byId = new Map(dataset.passages.map((p) => [p.id, p]));
      const expected = rankPassages(
        query,
        matches.map((m) => ({ id: m.id, words: searchText(byId.get(m.id)!.text).split(' ') })),
        1000,
      );
      expect(matches).toEqual(expected);
    });

    it('restricts to documents and to the limit', async () => {
      const in004 = await ids('child labour', ['document:004']);
      expect(in004.length).toBeGreaterThan(0);
      expect(in004.every((id) => id.startsWith('004#'))).toBe(true);
      const all = await ids('child labour');
      expect(all.length).toBeGreaterThan(in004.length);
      const { matches } = await store.searchPassages('child labour', { limit: 3 });
      expect(matches).toHaveLength(3);
      expect(matches.map((m) => m.id)).toEqual(all.slice(0, 3));
    });

    it('searches reference rows too, and finds nothing for nonsense or punctuation', async () => {
      expect(await ids('Türkiye')).toContain('ref-countries#TR');
      expect(await ids('xyzzyq')).toEqual([]);
      expect(await ids('*?!')).toEqual([]);
    });

    it('says how it read the query, so highlights match what was found', async () => {
      const { query } = await store.searchPassages('"child labour" migra sector-specific', { limit: 1 });
      expect(query.clauses).toEqual([
        { kind: 'phrase', words: ['child', 'labour'], joined: null },
        { kind: 'word', word: 'migra', prefix: true },
        { kind: 'phrase', words: ['sector', 'specific'], joined: 'sectorspecific' },
      ]);
    });

    it('sees the passages of the last committed write', async () => {
      await replaceGraph(store, TINY_DATASET);
      expect(await ids('Harbour Programme')).toEqual(['T#1']);
      expect(await ids('child labour')).toEqual([]);
      await replaceGraph(store, dataset);
      expect(await ids('Harbour Programme')).toEqual([]);
    });
  });
}
