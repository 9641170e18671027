import type { EntityModel } from '../../domain/entity-from-node.js';
import { ENTITY_KINDS, type EntityKind } from '../../domain/entity-kind.js';
import type { Loaders } from '../../loaders/create-loaders.js';
import type { GraphStore } from '../../store/port/graph-store.port.js';
import { pageRanks } from './page-rank.service.js';

export interface CountModel {
  name: string;
  count: number;
}

export async function graphStats(store: GraphStore) {
  const [kinds, types, statements] = await Promise.all([
    store.read('count-entities-by-kind'),
    store.read('count-links-by-type'),
    store.read('count-statements-by-type'),
  ]);
  const entitiesByKind: CountModel[] = kinds.map((r) => ({ name: String(r.kind), count: Number(r.count) }));
  const relationshipsByType: CountModel[] = types.map((r) => ({
    name: String(r.type),
    count: Number(r.count),
  }));
  return {
    entitiesByKind,
    relationshipsByType,
    statementsByValueType: statements.map((r) => ({ name: String(r.type), count: Number(r.count) })),
    totalEntities: entitiesByKind.reduce((n, c) => n + c.count, 0),
    totalRelationships: relationshipsByType.reduce((n, c) => n + c.count, 0),
  };
}

/** Every candidate is ranked when PageRank orders them: more than any realistic kind holds. */
const ALL = 10_000_000;

export type Ranking = 'DEGREE' | 'PAGE_RANK';

/**
 * The most connected entities of the given kinds (all entity kinds by default), by degree or by
 * PageRank on the undirected graph (page-rank.service.ts): the same on every store.
 */
export async function mostConnected(
  store: GraphStore,
  loaders: Loaders,
  kinds: readonly EntityKind[] | undefined,
  first: number,
  by: Ranking,
) {
  const targetKinds = kinds && kinds.length > 0 ? kinds : ENTITY_KINDS;
  const byPageRank = by === 'PAGE_RANK';
  const [ranks, rows] = await Promise.all([
    byPageRank ? pageRanks(store) : undefined,
    store.read('entity-degrees', { kinds: targetKinds, limit: byPageRank ? ALL : first }),
  ]);
  const ranked = rows.map((r) => ({
    id: String(r.id),
    degree: Number(r.degree),
    // Null: resolved on demand (RankedEntity.pageRank) when ranked by degree.
    pageRank: ranks ? (ranks.get(String(r.id)) ?? 0) : null,
  }));
  if (ranks)
    ranked.sort(
      (a, b) => (b.pageRank ?? 0) - (a.pageRank ?? 0) || b.degree - a.degree || a.id.localeCompare(b.id),
    );
  const top = ranked.slice(0, first);
  const entities = top.length > 0 ? await loaders.entity.loadMany(top.map((r) => r.id)) : [];
  return {
    rankedBy: by,
    entities: top
      .map((r, i) => ({ ...r, entity: entities[i] as EntityModel | null }))
      .filter((r) => r.entity && !(r.entity instanceof Error)),
  };
}
