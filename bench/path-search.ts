/**
 * What a `connections` path search costs by its hop bound, against the price the query-limits
 * plugin charges for it: the store's shortest-paths query bounded at 1..6 hops, over the same
 * entity pairs of the knowledge base, one search at a time.
 *
 *   npm run bench -- --paths                 on the embedded store
 *   npm run bench -- --paths --store neo4j   on the Neo4j NEO4J_URI names (its graph is replaced)
 */
import { buildDataset } from '../seed/build-dataset.js';
import { pathSearchPrice } from '../src/server/plugins/query-limits.plugin.js';
import { replaceGraph } from '../src/store/write-dataset.js';
import { MAX_PATH_HOPS, shortestPathsWithin } from '../src/store/query-names.js';
import { PATH_CAP } from '../src/api/services/connections.service.js';
import { benchConfig, openStore, type BenchStoreKind } from './lib/ilo-target.js';
import { mulberry32 } from './synthetic-graph.js';
import { round, table } from './lib/machine.js';
import { Neo4jProfiler } from './lib/neo4j-profile.js';

/** Entity pairs searched per bound (the same pairs for every bound); BENCH_PATH_PAIRS to change. */
const PAIRS = Number(process.env.BENCH_PATH_PAIRS) || 150;

export interface PathSearchRow {
  maxHops: number;
  /** The complexity price of the search alone (without the store query and the list of paths). */
  price: number;
  /** Mean wall time of one store search over the pairs, in ms. */
  meanMs: number;
  /** Mean time relative to maxHops 1; the price's ratio beside it. */
  timeRatio: number;
  priceRatio: number;
  /** Pairs with at least one path within the bound. */
  connectedPairs: number;
  /** Neo4j only: mean database hits of one search (PROFILE), the work itself. */
  meanDbHits?: number;
}

export async function runPathSearch(kind: BenchStoreKind): Promise<PathSearchRow[]> {
  const config = benchConfig(kind);
  const store = openStore(config);
  const profiler = config.store.kind === 'neo4j' ? new Neo4jProfiler(config.store) : undefined;
  try {
    await store.applySchema();
    const dataset = await buildDataset();
    await replaceGraph(store, dataset);
    const random = mulberry32(16);
    const ids = dataset.entities.map((e) => e.id);
    const pairs = Array.from({ length: PAIRS }, () => {
      const from = ids[Math.floor(random() * ids.length)]!;
      let to = from;
      while (to === from) to = ids[Math.floor(random() * ids.length)]!;
      return { from, to };
    });
    // Warm-up: every bound's text prepared (Kuzu) or planned (Neo4j) once.
    for (let hops = 1; hops <= MAX_PATH_HOPS; hops++)
      await store.read(shortestPathsWithin(hops), { ...pairs[0]!, limit: PATH_CAP });
    const rows: PathSearchRow[] = [];
    for (let hops = 1; hops <= MAX_PATH_HOPS; hops++) {
      let connected = 0;
      const started = performance.now();
      for (const pair of pairs) {
        const found = await store.read(shortestPathsWithin(hops), { ...pair, limit: PATH_CAP });
        if (found.length > 0) connected++;
      }
      const meanMs = (performance.now() - started) / pairs.length;
      const dbHits = profiler
        ? await profiler.dbHits(
            pairs.map((pair) => profiler.named(shortestPathsWithin(hops), { ...pair, limit: PATH_CAP })),
          )
        : undefined;
      rows.push({
        ...(dbHits === undefined ? {} : { meanDbHits: Math.round(dbHits / pairs.length) }),
        maxHops: hops,
        price: pathSearchPrice(hops),
        meanMs: round(meanMs, 2),
        timeRatio: round(meanMs / (rows[0]?.meanMs ?? meanMs), 1),
        priceRatio: round(pathSearchPrice(hops) / pathSearchPrice(1), 1),
        connectedPairs: connected,
      });
    }
    console.log(
      `path search by hop bound on ${kind} (knowledge base, ${PAIRS} random entity pairs, one search at a time)`,
    );
    console.log(
      table(
        ['maxHops', 'price', 'x price', 'mean ms', 'x time', 'db hits', 'x db hits', 'pairs connected'],
        rows.map((r) => [
          String(r.maxHops),
          String(r.price),
          `${r.priceRatio}x`,
          r.meanMs.toFixed(2),
          `${r.timeRatio}x`,
          r.meanDbHits === undefined ? '-' : String(r.meanDbHits),
          r.meanDbHits === undefined ? '-' : `${round(r.meanDbHits / rows[0]!.meanDbHits!, 1)}x`,
          `${r.connectedPairs}/${PAIRS}`,
        ]),
      ),
    );
    return rows;
  } finally {
    await profiler?.close();
    await store.close();
  }
}
