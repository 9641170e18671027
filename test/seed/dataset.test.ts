import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../seed/build-dataset.js';

describe('the whole seed dataset', () => {
  it('builds and passes validation', async () => {
    const dataset = await buildDataset();
    expect(dataset.entities.length).toBeGreaterThan(100);
  });

  it('gives every entity and every link at least one citation', async () => {
    const dataset = await buildDataset();
    const uncited = [
      ...dataset.entities.map((e) => ({ id: e.id, n: e.sources.length })),
      ...dataset.links.map((l) => ({ id: `${l.from} ${l.type} ${l.to}`, n: l.sources.length })),
    ].filter((x) => x.n === 0);
    expect(uncited).toEqual([]);
  });

  it('is sorted by id and free of duplicate links', async () => {
    const { entities, links } = await buildDataset();
    const ids = entities.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    const keys = links.map((l) => `${l.from} ${l.type} ${l.to}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('identifies each of the 22 sectors the Sectoral Activities Programme targets by its own reference row', async () => {
    // 002 says "rotation of activities among 22 sectors" without listing them: the link must
    // also cite the sector's row of reference/sectors.tsv, which names it.
    const { links } = await buildDataset();
    const targets = links.filter(
      (l) => l.from === 'programme:sectoral-activities-programme' && l.type === 'TARGETS',
    );
    const unidentified = targets
      .filter((l) => l.sources.some((s) => s.quote.includes('22 sectors')))
      .filter((l) => !l.sources.some((s) => s.passage === `ref-sectors#${l.to.slice('sector:'.length)}`))
      .map((l) => l.to);
    expect(targets.length).toBeGreaterThanOrEqual(22);
    expect(unidentified).toEqual([]);
  });
});
