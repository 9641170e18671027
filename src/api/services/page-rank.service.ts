import type { GraphStore } from '../../store/port/graph-store.port.js';
import { undirectedPageRank } from '../../util/page-rank.js';

/** Each store's ranks, computed on first use and dropped at its next committed write. */
const ranksByStore = new WeakMap<GraphStore, Promise<ReadonlyMap<string, number>>>();
const watched = new WeakSet<GraphStore>();

/**
 * PageRank of every node (entities and collaborations; the ranks sum to 1), on the undirected
 * graph, read through the `graph-links` query: the same on every store, whether or not the
 * engine has a PageRank of its own (Kuzu's ranks the stored directions only; Neo4j's needs GDS).
 * Kept until the next committed write (`store.onCommit`).
 */
export function pageRanks(store: GraphStore): Promise<ReadonlyMap<string, number>> {
  if (!watched.has(store)) {
    watched.add(store);
    store.onCommit(() => {
      ranksByStore.delete(store);
    });
  }
  let ranks = ranksByStore.get(store);
  if (!ranks) {
    ranks = compute(store);
    ranksByStore.set(store, ranks);
    // A failure is not kept: the next call tries again.
    ranks.catch(() => {
      if (ranksByStore.get(store) === ranks) ranksByStore.delete(store);
    });
  }
  return ranks;
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
