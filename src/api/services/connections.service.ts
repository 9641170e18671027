import { citationsFromJson, entityFromNode, type EntityModel } from '../../domain/entity-from-node.js';
import type { Citation } from '../../domain/dataset.js';
import type { GraphStore, StoreNode, StoreRelationship } from '../../store/port/graph-store.port.js';
import { MAX_PATH_HOPS, shortestPathsWithin } from '../../store/query-names.js';

/** The most hops `connections` searches: the query files bound the search at this length. */
export const MAX_HOPS = MAX_PATH_HOPS;

export interface PathStepModel {
  from: EntityModel;
  relation: string;
  reversed: boolean;
  to: EntityModel;
  sources: Citation[];
}

export interface GraphPathModel {
  length: number;
  steps: PathStepModel[];
}

/**
 * How many shortest paths are fetched at most before sorting. Why a fixed cap and not `first`:
 * the store returns shortest paths in no particular order, so a LIMIT of `first` would keep an
 * arbitrary subset, and `first: 1` would not be the first path of `first: 5`. Below the cap the
 * order is total and stable; two entities with more shortest paths than this are ordered within
 * the first `PATH_CAP` the store finds.
 */
export const PATH_CAP = 1000;

/**
 * Every shortest path between two entities (all of the minimal length, up to `first`), each
 * step oriented along the path and carrying the relationship's sources. The store searches at
 * most `maxHops` hops (a query text per bound), so `maxHops: 1` costs a one-hop search. Ordered by length, then by the ids and relations along the path,
 * so a smaller `first` is a prefix of a larger one.
 */
export async function shortestPaths(
  store: GraphStore,
  from: string,
  to: string,
  maxHops: number,
  first: number,
): Promise<GraphPathModel[]> {
  const rows = await store.read(shortestPathsWithin(maxHops), { from, to, limit: PATH_CAP });
  const paths = rows.map((row) => toPath(row.nodes as StoreNode[], row.links as StoreRelationship[]));
  return paths.sort((a, b) => a.length - b.length || pathKey(a).localeCompare(pathKey(b))).slice(0, first);
}

function toPath(nodes: StoreNode[], links: StoreRelationship[]): GraphPathModel {
  const steps = links.map((link, i) => {
    const a = nodes[i]!;
    const b = nodes[i + 1]!;
    return {
      from: entityFromNode(a),
      to: entityFromNode(b),
      relation: String(link.properties.type),
      // The stored relationship may point against the walk: say so rather than misstate it.
      reversed: link.start !== a.elementId,
      sources: citationsFromJson(link.properties.sources),
    };
  });
  return { length: steps.length, steps };
}

const pathKey = (p: GraphPathModel) => p.steps.map((s) => `${s.from.id}>${s.relation}>${s.to.id}`).join('|');
