import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  CATEGORIES,
  evaluate,
  readLabelledSet,
  TARGETS,
  topOnePrecision,
  type Evaluation,
  type LabelledItem,
} from '../../bench/matching/labelled-set.js';
import { MatchService } from '../../src/matching/match.service.js';
import type { GraphStore } from '../../src/store/port/graph-store.port.js';
import { createTestStore, seedTestStore, STORE_UNDER_TEST, testDataset } from '../helpers/test-store.js';

/**
 * Matching quality on the labelled set (bench/matching/labelled-set.tsv, `npm run match:report`
 * prints the same figures): names written as partner lists and reports write them, each with
 * the entity it is or `none`. Held on both stores.
 */
describe(`matching quality on the labelled set (${STORE_UNDER_TEST})`, () => {
  let store: GraphStore;
  let items: LabelledItem[];
  let evaluation: Evaluation;
  beforeAll(async () => {
    store = createTestStore();
    await seedTestStore(store);
    items = await readLabelledSet();
    evaluation = await evaluate(new MatchService(store), items);
  });
  afterAll(() => store.close());

  it('holds at least 150 names of every kind of writing, each labelled with an entity of the graph or none', async () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    for (const category of CATEGORIES)
      expect(
        items.some((i) => i.category === category),
        category,
      ).toBe(true);
    expect(items.filter((i) => i.expected === null).length).toBeGreaterThanOrEqual(20);
    const ids = new Set((await testDataset()).entities.map((e) => e.id));
    for (const item of items)
      if (item.expected) expect(ids.has(item.expected), `line ${item.line}`).toBe(true);
  });

  it(`ranks the right entity first for at least ${100 * TARGETS.topOnePrecision}% of the names in the graph`, () => {
    const misses = evaluation.outcomes
      .filter((o) => o.topIsRight === false)
      .map((o) => `${o.item.line}: ${o.item.input} → ${o.item.expected}, got ${o.top ?? 'nothing'}`);
    expect(topOnePrecision(evaluation.total), misses.join('\n')).toBeGreaterThanOrEqual(
      TARGETS.topOnePrecision,
    );
  });

  it('never says match: true of the wrong entity, nor of a name the graph lacks', () => {
    const wrong = evaluation.outcomes
      .filter((o) => o.wrongMatch)
      .map((o) => `${o.item.line}: ${o.item.input} → ${o.item.expected ?? 'none'}, matched ${o.matched}`);
    expect(wrong).toEqual([]);
  });

  it('matches most names outright: every acronym, reference and official name in another language', () => {
    // What a user sees as automatic: a floor under recall, so that safety does not become uselessness.
    const recall = (category: string) => {
      const t = evaluation.byCategory.get(category as never)!;
      return t.rightMatches / t.positives;
    };
    expect(recall('acronym')).toBe(1);
    expect(recall('reference')).toBe(1);
    expect(recall('translation')).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.total.rightMatches / evaluation.total.positives).toBeGreaterThanOrEqual(0.9);
  });
});
