import type { Params, Row, StoreNode } from '../port/graph-store.port.js';
import { byCodeUnits } from '../../util/code-unit-order.js';

/** Runs one named query with its parameters (on one of the store's read connections). */
type Run = (query: string, params: Params) => Promise<Row[]>;

/**
 * Above this many collaborations (a page of everything, or a graph loaded without ranks) the one
 * statement costs less than a lookup per collaboration, and holds less of the buffer pool at once.
 */
const MAX_COLLABORATIONS = 64;
/** Collaborations read at once: each lookup pins pages of the buffer pool while it runs. */
const AT_ONCE = 4;

/**
 * One entity's first `limit` neighbours through collaborations, every role and kind asked, in two
 * steps: the collaborations ranked under `limit` among the entity's (their `viaRank`, written at
 * load: src/domain/link-order.ts), then each one's rows, sorted and cut here as
 * linked-via-collaboration-by-id sorts and cuts them. Why: Kuzu 0.11 applies a two-hop pattern's
 * filters after expanding both hops, whatever the query's form or join hint, so in one statement a
 * hub in thousands of collaborations expands all of them to give twenty rows. Measured on the
 * 100k-node synthetic graph's 30 largest hubs, a page of 20: 270-360 ms at the median and up to
 * 1.4 s in one statement, 200-290 ms and at most 0.3 s in two; what remains is Kuzu reading each
 * entity returned whole (~45 columns, ~2 ms an entity here), one statement per collaboration.
 */
export async function firstRowsThroughCollaborations(run: Run, params: Params): Promise<Row[]> {
  const { id, roles, targetRoles, kinds, limit } = params;
  const [found] = await run('first-collaborations-by-id', { id, roles, limit });
  const first = ((found?.first ?? []) as unknown[]).filter((v): v is string => typeof v === 'string');
  const total = Number(found?.total ?? 0);
  // Nothing cut (an entity in a few collaborations): the one statement reads just those. Too many
  // left (a page of everything, or a graph loaded without ranks): so does it, at less cost.
  if (first.length >= total || first.length > MAX_COLLABORATIONS) {
    return run('linked-via-collaboration-by-id', params);
  }
  const parts: Row[][] = [];
  for (let i = 0; i < first.length; i += AT_ONCE) {
    parts.push(
      ...(await Promise.all(
        first
          .slice(i, i + AT_ONCE)
          .map((via) => run('collaboration-rows-by-id', { via, id, targetRoles, kinds, limit })),
      )),
    );
  }
  const name = (r: Row) => String((r.node as StoreNode).properties.name ?? '');
  const nodeId = (r: Row) => String((r.node as StoreNode).properties.id ?? '');
  return parts
    .flat()
    .sort(
      (a, b) =>
        byCodeUnits(name(a), name(b)) ||
        byCodeUnits(nodeId(a), nodeId(b)) ||
        byCodeUnits(String(a.role), String(b.role)) ||
        byCodeUnits(String(a.via), String(b.via)),
    )
    .slice(0, Number(limit));
}
