import type { EntityModel } from '../../domain/entity-from-node.js';
import type { Loaders } from '../../loaders/create-loaders.js';
import type { GraphStore } from '../../store/port/graph-store.port.js';

/** Longest search text accepted, in characters. */
export const MAX_SEARCH_TEXT = 200;

/** One hit: the entity, its score and the fields the text matched. */
export interface EntityHit {
  entity: EntityModel;
  score: number;
  matchedOn: string[];
}

/**
 * Entities whose names, acronyms, aliases or descriptions hold the text, best first: what
 * GraphQL `search` and the reconciliation service's entity suggest both answer. The store finds
 * and ranks them; the request's entity loader reads them (one store query for all).
 */
export async function searchEntities(
  store: GraphStore,
  loaders: Loaders,
  text: string,
  options: { kinds?: readonly string[]; limit: number },
): Promise<EntityHit[]> {
  const matches = await store.search(text, { kinds: options.kinds, limit: options.limit });
  const entities = await loaders.entity.loadMany(matches.map((m) => m.id));
  const hits: EntityHit[] = [];
  matches.forEach((m, i) => {
    const entity = entities[i];
    if (entity && !(entity instanceof Error)) hits.push({ entity, score: m.score, matchedOn: m.matchedOn });
  });
  return hits;
}
