import type { Params } from '../port/graph-store.port.js';

/** Batch queries keyed by `$ids` and their one-id twins (cypher/kuzu/*-by-id.cypher). */
const PER_ID_VARIANT: Readonly<Record<string, string>> = {
  'entities-by-ids': 'entity-by-id',
  'linked-out': 'linked-out-by-id',
  'linked-in': 'linked-in-by-id',
};

/**
 * Entities per id below which one scan of the graph is cheaper than that many primary-key
 * lookups. Measured here on Kuzu 0.11.3 at 100k entities: the batch query scans (12 ms for
 * entities-by-ids, 313 ms for linked-out), a lookup costs 0.5 ms (2.6 ms with its links); the
 * break-even lies between ~1,000 and ~4,000 entities per id, and 2,000 sits between them.
 */
const ENTITIES_PER_LOOKUP = 2_000;

/** A batch query rewritten as one statement per id, or null to run the batch as it is. */
export interface PerIdPlan {
  query: string;
  params: Params[];
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
  if (ids.length * ENTITIES_PER_LOOKUP >= entityCount) return null;
  const { ids: _ids, ...rest } = params;
  return { query: variant, params: [...new Set(ids)].map((id) => ({ ...rest, id })) };
}
