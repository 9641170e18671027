import { mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildDataset, SEED_DIR, SeedValidationError } from '../../seed/build-dataset.js';
import type { Dataset } from '../../src/domain/dataset.js';
import type { GraphStore } from '../../src/store/port/graph-store.port.js';
import { ensureSeeded } from '../../src/store/ensure-seeded.js';
import { replaceGraph } from '../../src/store/write-dataset.js';
import { createTestStore } from '../helpers/test-store.js';

async function counts(store: GraphStore) {
  const kinds = await store.read('count-entities-by-kind');
  const types = await store.read('count-links-by-type');
  return { kinds, types };
}

describe('loading the knowledge base into a store', () => {
  let store: GraphStore;
  let dataset: Dataset;

  beforeAll(async () => {
    store = createTestStore();
    await store.applySchema();
    // Empty, as on a fresh machine (on Neo4j the suite's database holds the previous file's graph).
    await store.write([
      { query: 'delete-all-links', params: {} },
      { query: 'delete-all-entities', params: {} },
      { query: 'delete-all-passages', params: {} },
    ]);
    dataset = await buildDataset();
  });
  afterAll(() => store.close());

  it('seeds an empty store at start, and leaves a seeded one alone', async () => {
    const seeded = await ensureSeeded(store);
    expect(seeded?.entitiesByKind.Sector).toBe(dataset.entities.filter((e) => e.kind === 'Sector').length);
    expect(seeded?.relationships).toBe(dataset.links.length);
    expect(await ensureSeeded(store)).toBeNull();
    const { kinds } = await counts(store);
    expect(kinds.reduce((n, r) => n + Number(r.count), 0)).toBe(dataset.entities.length);
  });

  it('is idempotent: loading twice gives the same graph', async () => {
    await replaceGraph(store, dataset);
    const once = await counts(store);
    await replaceGraph(store, dataset);
    expect(await counts(store)).toEqual(once);
    expect(once.types.reduce((n, r) => n + Number(r.count), 0)).toBe(dataset.links.length);
  });

  it('is all-or-nothing: a load that fails part-way leaves the previous graph exactly as it was', async () => {
    const before = await counts(store);
    const first = dataset.entities[0]!;
    const last = dataset.entities.at(-1)!;
    // An entity without an id, last: every engine refuses a key that is null, after the old graph
    // was deleted and the passages and the other entities written, inside the same transaction.
    const broken: Dataset = {
      ...dataset,
      entities: [...dataset.entities.slice(0, -1), { ...last, id: null as never }],
    };
    await expect(replaceGraph(store, broken)).rejects.toThrow();
    expect(await counts(store)).toEqual(before);
    const rows = await store.read('entities-by-ids', { ids: [first!.id] });
    expect(rows).toHaveLength(1);
  });

  it('reports a YAML syntax error as a seed problem naming the file', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'ilo-graph-seed-'));
    try {
      cpSync(SEED_DIR, copy, { recursive: true });
      writeFileSync(join(copy, 'data', 'zz-broken.yaml'), 'entities: [\n  - id: : :\n');
      const error = await buildDataset(copy).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SeedValidationError);
      expect((error as Error).message).toMatch(/data\/zz-broken\.yaml/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('refuses a broken seed file before writing anything, naming the file and the entry', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'ilo-graph-seed-'));
    try {
      cpSync(SEED_DIR, copy, { recursive: true });
      writeFileSync(
        join(copy, 'data', 'zz-extra.yaml'),
        'entities:\n  - id: topic:broken\n    kind: Topic\n    name: Broken\n    sources:\n      - { passage: "002#34", quote: "words the passage does not contain" }\n',
      );
      const before = await counts(store);
      const error = await buildDataset(copy).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SeedValidationError);
      expect(String((error as Error).message)).toMatch(/zz-extra\.yaml/);
      expect(String((error as Error).message)).toMatch(/topic:broken/);
      expect(await counts(store)).toEqual(before);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
