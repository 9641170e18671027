/** What one cache holds, as /metrics reports it. */
export interface CacheSize {
  name: string;
  entries: number;
  bytes: number;
}

/** What the caches of one name have done since the process started. */
export interface CacheCounts {
  evictions: number;
  /** Entries refused because they alone were over the cache's per-entry cap. */
  oversized: number;
}

interface Observable {
  size(): CacheSize;
}

/**
 * The caches alive in this process, for /metrics (Metrics reads them when scraped). Held weakly:
 * a cache dropped with its store or server leaves the registry by itself. Counts are kept by
 * name for the life of the process, so they never go down.
 */
const caches = new Set<WeakRef<Observable>>();
const counts = new Map<string, CacheCounts>();

export function registerCache(cache: Observable, name: string): CacheCounts {
  caches.add(new WeakRef(cache));
  let c = counts.get(name);
  if (!c) counts.set(name, (c = { evictions: 0, oversized: 0 }));
  return c;
}

/** Every live cache's size, summed by name (several servers in one process share a name). */
export function cacheSizes(): CacheSize[] {
  const byName = new Map<string, CacheSize>();
  for (const name of counts.keys()) byName.set(name, { name, entries: 0, bytes: 0 });
  for (const ref of caches) {
    const cache = ref.deref();
    if (!cache) {
      caches.delete(ref);
      continue;
    }
    const s = cache.size();
    const sum = byName.get(s.name)!;
    sum.entries += s.entries;
    sum.bytes += s.bytes;
  }
  return [...byName.values()];
}

/** Evictions and refusals by cache name, since the process started. */
export function cacheCounts(): [string, CacheCounts][] {
  return [...counts];
}
