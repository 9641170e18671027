import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readLabelledSet, requestOf, type LabelledItem } from '../../bench/matching/labelled-set.js';
import type { MatchResult } from '../../src/matching/match-request.js';
import { MatchService } from '../../src/matching/match.service.js';
import type { GraphStore } from '../../src/store/port/graph-store.port.js';
import { createTestStore, seedTestStore } from '../helpers/test-store.js';

/** What a user sees of a result: each candidate's id, score, decision and features. */
const seen = (result: MatchResult) =>
  result.candidates.map((c) => ({ id: c.entity.id, score: c.score, match: c.match, features: c.features }));

/**
 * Matching answers the same on both stores: each finds candidates in its own index (the embedded
 * store in process, Neo4j in its full-text index) by one rule, and one piece of code scores them.
 * Every name of the labelled set, and the same names with hints, compared candidate by candidate.
 */
describe('matching answers the same on the embedded store and on Neo4j', () => {
  let kuzu: GraphStore;
  let neo4j: GraphStore;
  let items: LabelledItem[];
  beforeAll(async () => {
    kuzu = createTestStore({ kind: 'kuzu' });
    neo4j = createTestStore({ kind: 'neo4j' });
    await Promise.all([seedTestStore(kuzu), seedTestStore(neo4j)]);
    items = await readLabelledSet();
  });
  afterAll(async () => {
    await kuzu?.close();
    await neo4j?.close();
  });

  it('for every name of the labelled set, with up to ten candidates each', async () => {
    for (let start = 0; start < items.length; start += 100) {
      const requests = items.slice(start, start + 100).map((item) => requestOf(item, 10));
      const [onKuzu, onNeo4j] = await Promise.all([
        new MatchService(kuzu).match(requests),
        new MatchService(neo4j).match(requests),
      ]);
      onKuzu.forEach((result, i) => {
        const item = items[start + i]!;
        expect(seen(onNeo4j[i]!), `line ${item.line}: ${item.input}`).toEqual(seen(result));
      });
    }
  });
});
