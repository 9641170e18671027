import { describe, expect, it } from 'vitest';

import { BoundedCache } from '../../src/cache/bounded-cache.js';
import { cacheCounts, cacheSizes } from '../../src/cache/cache-registry.js';
import { estimateBytes } from '../../src/cache/estimate-bytes.js';

const cache = (maxEntries: number, maxBytes: number, name = 'test') =>
  new BoundedCache<string, string>({ name, maxEntries, maxBytes, keyBytes: () => 0 });

describe('BoundedCache', () => {
  it('evicts the least recently used entry past maxEntries', () => {
    const c = cache(2, 1_000);
    c.set('a', 'A', 1);
    c.set('b', 'B', 1);
    c.get('a'); // a is now the most recently used
    c.set('c', 'C', 1);
    expect([c.has('a'), c.has('b'), c.has('c')]).toEqual([true, false, true]);
  });

  it('evicts least recently used entries until the bytes fit', () => {
    const c = cache(100, 1_000);
    for (const k of ['a', 'b', 'c', 'd']) c.set(k, k, 100);
    for (const k of ['e', 'f', 'g', 'h', 'i', 'j', 'k']) c.set(k, k, 120);
    expect(c.size().bytes).toBeLessThanOrEqual(1_000);
    expect(c.has('a')).toBe(false);
    expect(c.has('k')).toBe(true);
  });

  it('refuses an entry over its per-entry cap, keeping nothing, and counts it', () => {
    const c = cache(100, 8_000, 'test-oversized');
    expect(c.set('a', 'A', 1_001)).toBe(false);
    expect(c.has('a')).toBe(false);
    expect(c.size()).toEqual({ name: 'test-oversized', entries: 0, bytes: 0 });
    expect(cacheCounts().find(([name]) => name === 'test-oversized')?.[1].oversized).toBe(1);
  });

  it('counts a string key at two bytes a character by default', () => {
    const c = new BoundedCache<string, number>({ name: 'test-keys', maxEntries: 10, maxBytes: 1_000_000 });
    c.set('k'.repeat(1_000), 1, 0);
    expect(c.size().bytes).toBeGreaterThanOrEqual(2_000);
  });

  it('re-counts an entry resized once its value is known, or drops it when too large', () => {
    const c = cache(10, 8_000);
    c.set('a', 'A', 0);
    expect(c.resize('a', 'A', 500)).toBe(true);
    expect(c.size().bytes).toBe(500);
    expect(c.resize('a', 'A', 5_000)).toBe(false);
    expect(c.has('a')).toBe(false);
    expect(c.size().bytes).toBe(0);
  });

  it('reports its size to /metrics by name', () => {
    const c = cache(10, 1_000, 'test-metrics');
    c.set('a', 'A', 10);
    expect(cacheSizes().find((s) => s.name === 'test-metrics')).toEqual({
      name: 'test-metrics',
      entries: 1,
      bytes: 10,
    });
  });
});

describe('estimateBytes', () => {
  it('grows with the strings and rows it is given, and stops early past its limit', () => {
    const row = { id: 'sector:agriculture', name: 'Agriculture', year: 2001 };
    const one = estimateBytes([row]);
    expect(estimateBytes([row, { ...row }])).toBeGreaterThan(one);
    expect(estimateBytes('x'.repeat(10_000))).toBeGreaterThanOrEqual(20_000);
    const many = Array.from({ length: 100_000 }, () => ({ ...row }));
    expect(estimateBytes(many, 1_000)).toBeLessThan(estimateBytes(many));
  });
});
