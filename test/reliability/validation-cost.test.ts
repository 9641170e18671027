import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  gql,
  graphSnapshot,
  HEALTH_MEDIAN_MS,
  healthDuring,
  percentile,
  repeat,
  startTarget,
  type GraphSnapshot,
  type Target,
} from './target.js';

/** The 90 kB request whose validation took ~20 s: one field repeated 30,000 times. */
const IDS = `{ sectors(first: 1) { edges { node { ${repeat(30_000, 'id')} } } } }`;
/** 50 wide fragments spread into one selection (~1 s of validation each). */
const FRAGMENTS = `{ sectors(first: 1) { edges { node { ${repeat(50, '...F#')} } } } } ${repeat(50, `fragment F# on Sector { instruments { ${repeat(20, 'id')} } }`)}`;

describe('documents that are costly to validate', () => {
  let target: Target;
  let before: GraphSnapshot;
  beforeAll(async () => {
    target = await startTarget();
    before = await graphSnapshot(target.url);
  }, 120_000);
  afterAll(() => target?.stop());

  it('are refused before validation while /health keeps answering, and leave the server as it was', async () => {
    const attack = async () => {
      const answers = [];
      for (let i = 0; i < 5; i++) {
        answers.push(await gql(target.url, IDS));
        answers.push(await gql(target.url, FRAGMENTS));
      }
      return answers;
    };
    const { result, latenciesMs, failures } = await healthDuring(target.url, attack());
    for (const r of result) {
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    }
    // Before: /health waited as long as validation, ~20 s per request.
    expect(failures).toBe(0);
    expect(percentile(latenciesMs, 50)).toBeLessThan(HEALTH_MEDIAN_MS);
    expect(await graphSnapshot(target.url)).toEqual(before);
  }, 120_000);
});
