import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Citation, Dataset } from '../../src/domain/dataset.js';
import type { MatchRequest } from '../../src/matching/match-request.js';
import { MatchService } from '../../src/matching/match.service.js';
import type { GraphStore } from '../../src/store/port/graph-store.port.js';
import { createTestStore, seedTestStore } from '../helpers/test-store.js';

const cite: Citation = { passage: 'M#1', quote: 'two bodies', confidence: 'confirmed' };

/** Two bodies sharing an acronym, as happens in real lists, and one with its own. */
const DATASET: Dataset = {
  passages: [{ id: 'M#1', documentId: 'document:M', label: '1', ordinal: 1, text: 'There are two bodies.' }],
  entities: [
    { id: 'document:M', kind: 'Document', name: 'Matching test document', sources: [cite] },
    {
      id: 'ngo:ica-alliance',
      kind: 'Ngo',
      name: 'International Co-operative Alliance',
      acronym: 'ICA',
      sources: [cite],
    },
    {
      id: 'ngo:ica-archives',
      kind: 'Ngo',
      name: 'International Council on Archives',
      acronym: 'ICA',
      sources: [cite],
    },
    { id: 'ngo:icw', kind: 'Ngo', name: 'International Council of Women', acronym: 'ICW', sources: [cite] },
  ],
  links: [],
  statements: [],
};

const request = (name: string, limit = 3): MatchRequest => ({
  name,
  expectedKinds: [],
  kinds: [],
  hints: [],
  limit,
});

describe('the match decision', () => {
  let store: GraphStore;
  let service: MatchService;
  beforeAll(async () => {
    store = createTestStore();
    await seedTestStore(store, DATASET);
    service = new MatchService(store);
  });
  afterAll(() => store.close());

  it('never matches an acronym two entities share, even when only one candidate is asked for', async () => {
    for (const limit of [3, 1]) {
      const [ica] = await service.match([request('I.C.A.', limit)]);
      expect(ica!.candidates.map((c) => [c.entity.id, c.score, c.match])).toEqual(
        [
          ['ngo:ica-alliance', 0.93, false],
          ['ngo:ica-archives', 0.93, false],
        ].slice(0, limit),
      );
    }
  });

  it('matches an acronym one entity has, and a name that tells the two apart', async () => {
    const [icw, archives] = await service.match([request('ICW'), request('Intl. Council on Archives')]);
    expect(icw!.candidates[0]).toMatchObject({ entity: { id: 'ngo:icw' }, match: true });
    expect(archives!.candidates[0]).toMatchObject({ entity: { id: 'ngo:ica-archives' }, match: true });
    expect(archives!.candidates[0]!.score - archives!.candidates[1]!.score).toBeGreaterThanOrEqual(0.1);
  });

  it('answers each name of a batch as it would alone', async () => {
    const alone = await Promise.all(['ICA', 'ICW', 'Council'].map((n) => service.match([request(n)])));
    const together = await service.match(['ICA', 'ICW', 'Council'].map((n) => request(n)));
    expect(together).toEqual(alone.map(([r]) => r));
  });
});
