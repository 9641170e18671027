import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { distinctTargets } from '../services/linked-targets.js';
import type { ApiContext } from '../shared/context.js';
import { RELATIONSHIP_FIELDS, type RelationshipField } from './relationship-fields.js';

/**
 * Builds one field-resolver class per relationship field. Each resolves through the request's
 * DataLoader for its link spec, so a nested query costs one store query per field per level,
 * whatever the number of parents.
 *
 * Why decorators are applied by hand: the field name is data (relationship-fields.ts), and a
 * decorator needs a method of that name; applying them as functions is what `@` would do.
 */
function relationshipResolver(rf: RelationshipField): new () => object {
  class RelationshipFieldResolver {}
  async function resolve(root: { id: string }, ctx: ApiContext) {
    const targets = distinctTargets(await ctx.loaders.linked(rf.spec).load(root.id));
    return rf.single ? (targets[0] ?? null) : targets;
  }
  const descriptor: PropertyDescriptor = { value: resolve, writable: true, configurable: true };
  Object.defineProperty(RelationshipFieldResolver.prototype, rf.field, descriptor);
  Root()(RelationshipFieldResolver.prototype, rf.field, 0);
  Ctx()(RelationshipFieldResolver.prototype, rf.field, 1);
  FieldResolver(() => (rf.single ? rf.target : [rf.target]), {
    nullable: rf.single ?? false,
    description: rf.description,
  })(RelationshipFieldResolver.prototype, rf.field, descriptor);
  Resolver(() => rf.owner)(RelationshipFieldResolver);
  Object.defineProperty(RelationshipFieldResolver, 'name', {
    value: `${rf.owner.name}_${rf.field}_Resolver`,
  });
  return RelationshipFieldResolver;
}

export const RELATIONSHIP_RESOLVERS = RELATIONSHIP_FIELDS.map(relationshipResolver);
