import { BoundedCache } from '../../cache/bounded-cache.js';
import type { GraphStore } from '../../store/port/graph-store.port.js';
import { undirectedPageRank } from '../../util/page-rank.js';

type Ranks = Promise<ReadonlyMap<string, number>>;

/**
 * Most bytes one graph's ranks may hold to be kept (~100 bytes a node: ~2.5 million nodes);
 * ranks over it are computed for the request that asked and not kept.
 */
export const PAGE_RANK_MAX_BYTES = 256 * 1024 * 1024;
/** Per node: its id string's header, a map entry, a number. */
const BYTES_PER_NODE = 16 + 40 + 8;

/**
 * Each store's ranks, computed on first use and dropped at its next committed write: one entry
 * per store, bounded in bytes (see PAGE_RANK_MAX_BYTES), reported as `page-rank` in /metrics.
 */
const ranksByStore = new WeakMap<GraphStore, BoundedCache<'ranks', Ranks>>();

/**
 * PageRank of every node (entities and collaborations; the ranks sum to 1), on the undirected
 * graph, read through the `graph-links` query: the same on every store, whether or not the
 * engine has a PageRank of its own (Kuzu's ranks the stored directions only; Neo4j's needs GDS).
 * Kept until the next committed write (`store.onCommit`).
 */
export function pageRanks(store: GraphStore): Ranks {
  let cache = ranksByStore.get(store);
  if (!cache) {
    const created = new BoundedCache<'ranks', Ranks>({
      name: 'page-rank',
      maxEntries: 1,
      maxBytes: PAGE_RANK_MAX_BYTES,
      maxEntryBytes: PAGE_RANK_MAX_BYTES,
    });
    ranksByStore.set(store, (cache = created));
    store.onCommit(() => created.clear());
  }
  const kept = cache.get('ranks');
  if (kept) return kept;
  const ranks = compute(store);
  const held = cache;
  held.set('ranks', ranks, 0);
  ranks.then(
    (map) => held.resize('ranks', ranks, BYTES_PER_NODE * map.size + idBytes(map)),
    // A failure is not kept: the next call tries again.
    () => held.deleteIf('ranks', ranks),
  );
  return ranks;
}

function idBytes(ranks: ReadonlyMap<string, number>): number {
  let bytes = 0;
  for (const id of ranks.keys()) bytes += 2 * id.length;
  return bytes;
}

async function compute(store: GraphStore): Promise<ReadonlyMap<string, number>> {
  const rows = await store.read('graph-links');
  const index = new Map<string, number>();
  const number = (id: string) => {
    let n = index.get(id);
    if (n === undefined) index.set(id, (n = index.size));
    return n;
  };
  const edges: [number, number][] = [];
  for (const row of rows) {
    const from = number(String(row.id));
    if (row.to !== null && row.to !== undefined) edges.push([from, number(String(row.to))]);
  }
  const rank = undirectedPageRank(index.size, edges);
  return new Map([...index].map(([id, n]) => [id, rank[n]!]));
}
