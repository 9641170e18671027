import type { EntityModel } from '../../domain/entity-from-node.js';
import type { LinkedEntity } from '../../loaders/create-loaders.js';

/**
 * The entities a relationship field lists: each target once, in the loader's order (it gives one
 * entry per link, and per collaboration for via-collaboration specs). What a GraphQL
 * relationship field and a reconciliation data extension column both show.
 */
export function distinctTargets(linked: readonly LinkedEntity[]): EntityModel[] {
  return [...new Map(linked.map((l) => [l.entity.id, l.entity])).values()];
}
