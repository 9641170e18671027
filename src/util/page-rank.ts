export interface PageRankOptions {
  /** Probability of following a link rather than jumping to a random node. */
  damping: number;
  /** Stop when the ranks change by less than this in total (L1) from one iteration to the next. */
  tolerance: number;
  maxIterations: number;
}

const DEFAULTS: PageRankOptions = { damping: 0.85, tolerance: 1e-12, maxIterations: 200 };

/**
 * PageRank on an undirected graph: each edge is followed both ways, a node with no edge spreads
 * its rank over every node, so the ranks sum to 1. Parallel edges count once each (as degree
 * does); self-loops are ignored.
 *
 * Why undirected: the stored direction of a relationship is a modelling choice (a programme
 * TARGETS a sector, a collaboration HAS_PARTNER an agency), not a flow of importance, and PageRank
 * on the stored directions ranks sinks first (an agency with one incoming link above WHO).
 *
 * @param count number of nodes, numbered 0..count-1
 * @param edges pairs of node numbers
 */
export function undirectedPageRank(
  count: number,
  edges: Iterable<readonly [number, number]>,
  options: Partial<PageRankOptions> = {},
): Float64Array {
  const { damping, tolerance, maxIterations } = { ...DEFAULTS, ...options };
  if (count === 0) return new Float64Array(0);
  const pairs: number[] = [];
  const degree = new Int32Array(count);
  for (const [a, b] of edges) {
    if (a === b) continue;
    pairs.push(a, b);
    degree[a]!++;
    degree[b]!++;
  }
  // Compressed adjacency: the neighbours of node i are at[offset[i]..offset[i+1]).
  const offset = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) offset[i + 1] = offset[i]! + degree[i]!;
  const at = new Int32Array(pairs.length);
  const fill = offset.slice(0, count);
  for (let k = 0; k < pairs.length; k += 2) {
    const a = pairs[k]!;
    const b = pairs[k + 1]!;
    at[fill[a]!++] = b;
    at[fill[b]!++] = a;
  }

  let rank = new Float64Array(count).fill(1 / count);
  let next = new Float64Array(count);
  const share = new Float64Array(count);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let dangling = 0;
    for (let i = 0; i < count; i++) {
      if (degree[i] === 0) dangling += rank[i]!;
      else share[i] = rank[i]! / degree[i]!;
    }
    const base = (1 - damping) / count + (damping * dangling) / count;
    let change = 0;
    for (let i = 0; i < count; i++) {
      let sum = 0;
      for (let k = offset[i]!; k < offset[i + 1]!; k++) sum += share[at[k]!]!;
      next[i] = base + damping * sum;
      change += Math.abs(next[i]! - rank[i]!);
    }
    [rank, next] = [next, rank];
    if (change < tolerance) break;
  }
  return rank;
}
