import type { Params } from '../port/graph-store.port.js';

/**
 * Batch queries keyed by `$ids`, their one-id twins (cypher/kuzu/*-by-id.cypher), and the graph
 * size per id at which a scan costs as much as the lookups. Measured here on Kuzu 0.11.3 at 100k
 * entities and 474k links: entities-by-ids scans in 12 ms, a lookup costs 0.46 ms (break-even at
 * 26 ids: ~3,800 entities per id); linked-out scans the links in 313 ms, a lookup with its links
 * costs 2.6 ms (break-even at 120 ids: ~830 entities per id). The thresholds sit a little under
 * the break-even, where a lookup is sure to win.
 */
const PER_ID_VARIANT: Readonly<Record<string, { query: string; entitiesPerId: number; limited?: true }>> = {
  'entities-by-ids': { query: 'entity-by-id', entitiesPerId: 3_000 },
  'linked-out': { query: 'linked-out-by-id', entitiesPerId: 800, limited: true },
  'linked-in': { query: 'linked-in-by-id', entitiesPerId: 800, limited: true },
  // Two hops through a collaboration: its scan expands every link twice, so lookups win at least
  // as early as for linked-out (at 10k entities the scan made a neighbours request take seconds).
  'linked-via-collaboration': { query: 'linked-via-collaboration-by-id', entitiesPerId: 800, limited: true },
};

/** The `limit` of a per-id link lookup whose caller wants every row. */
const NO_LIMIT = 2 ** 31 - 1;

/** A batch query rewritten as one statement per id, or null to run the batch as it is. */
export interface PerIdPlan {
  query: string;
  params: Params[];
  /**
   * A page of every neighbour through collaborations (`viaRanked`): each id read in two steps,
   * its first collaborations by rank then their rows (kuzu-collaboration-pages.ts).
   */
  twoSteps: boolean;
}

/**
 * Whether to run a batch query as one primary-key lookup per id. Kuzu plans
 * `UNWIND $ids AS id MATCH (n {id: id})` as a scan of every entity, so the batch costs time in
 * proportion to the graph while per-id lookups cost time in proportion to the batch: on the seed
 * graph (a few hundred entities) the batch always wins; on a million it loses to anything under
 * ~500 ids.
 */
export function perIdPlan(query: string, params: Params, entityCount: number): PerIdPlan | null {
  const variant = PER_ID_VARIANT[query];
  const ids = params.ids;
  if (!variant || !Array.isArray(ids)) return null;
  if (ids.length * variant.entitiesPerId >= entityCount) return null;
  const { ids: _ids, ...rest } = params;
  // The link variants order their rows and keep the first `limit` (all when the caller sets none).
  return {
    query: variant.query,
    params: [...new Set(ids)].map((id) => ({ ...(variant.limited ? { limit: NO_LIMIT } : {}), ...rest, id })),
    twoSteps: query === 'linked-via-collaboration' && params.viaRanked === true,
  };
}
