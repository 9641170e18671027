import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { entityToRow } from '../../src/domain/records-to-rows.js';
import { CachedStore } from '../../src/store/cached-store.js';
import { InstrumentedStore } from '../../src/store/instrumented-store.js';
import type { GraphStore } from '../../src/store/port/graph-store.port.js';
import { Metrics } from '../../src/server/metrics.js';
import { createTestStore, seedTestStore } from '../helpers/test-store.js';
import { TINY_DATASET } from '../helpers/tiny-dataset.js';

describe('CachedStore (read cache emptied by writes)', () => {
  let raw: GraphStore;
  let metrics: Metrics;
  let cached: CachedStore;

  beforeAll(async () => {
    raw = createTestStore();
    await seedTestStore(raw, TINY_DATASET);
    metrics = new Metrics();
    cached = new CachedStore(new InstrumentedStore(raw, metrics), { maxEntries: 3 });
  });
  afterAll(() => raw.close());

  it('answers a repeated read without going to the store', async () => {
    const before = await metrics.storeQueryCount();
    const first = await cached.read('entities-by-ids', { ids: ['sector:ports'] });
    const second = await cached.read('entities-by-ids', { ids: ['sector:ports'] });
    expect(second).toEqual(first);
    expect((await metrics.storeQueryCount()) - before).toBe(1);
  });

  it('never serves a result from before a committed write', async () => {
    const count = async () =>
      (await cached.read('count-entities-by-kind')).find((r) => r.kind === 'Topic')?.count;
    const before = await count();
    await raw.write([{ query: 'delete-all-links', params: {} }]); // a write that bypasses the cache still empties it
    await cached.write([
      {
        query: 'upsert-entities',
        params: {
          rows: [entityToRow({ id: 'topic:new', kind: 'Topic', name: 'New', sources: [] })],
        },
      },
    ]);
    expect(await count()).toBe(Number(before) + 1);
  });

  it('keeps at most maxEntries results, dropping the least recently used', async () => {
    cached.clear();
    for (const id of ['a', 'b', 'c', 'd']) await cached.read('entities-by-ids', { ids: [id] });
    expect(cached.size).toBe(3);
  });

  it('keeps at most maxBytes (keys and rows estimated), dropping the least recently used', async () => {
    const small = new CachedStore(raw, { maxBytes: 64 * 1024, maxEntries: 10_000 });
    for (let i = 0; i < 200; i++)
      await small.read('entities-by-ids', { ids: [`sector:${'x'.repeat(200)}${i}`] });
    expect(small.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(small.size).toBeGreaterThan(10);
    expect(small.size).toBeLessThan(200);
  });

  it('answers a read whose parameters are over maxKeyBytes without keeping it', async () => {
    const before = await metrics.storeQueryCount();
    const long = { ids: ['sector:ports'], nameContains: 'p'.repeat(40_000) };
    const first = await cached.read('entities-by-ids', long);
    const second = await cached.read('entities-by-ids', long);
    expect(second).toEqual(first);
    expect((await metrics.storeQueryCount()) - before).toBe(2);
  });

  it('answers a read whose rows alone are over its per-entry cap without keeping them', async () => {
    const tiny = new CachedStore(new InstrumentedStore(raw, metrics), { maxBytes: 8 * 1024 });
    const before = await metrics.storeQueryCount();
    const rows = await tiny.read('search-documents');
    expect(rows.length).toBeGreaterThan(0);
    await tiny.read('search-documents');
    expect((await metrics.storeQueryCount()) - before).toBe(2);
    expect(tiny.size).toBe(0);
    expect(tiny.bytes).toBe(0);
  });

  it('hands out frozen rows, so one caller cannot change what another reads', async () => {
    const rows = await cached.read('entities-by-ids', { ids: ['sector:ports'] });
    expect(Object.isFrozen(rows[0])).toBe(true);
  });
});
