import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';

import type { ApiContext } from '../shared/context.js';
import { badUserInput } from '../shared/errors.js';
import { Entity } from '../types/entity.interface.js';
import { Node } from '../types/node.interface.js';

/** Refetching by global id (Relay): `node`, `nodes`, and `entity` for entity-typed clients. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'The node with this id, or null if there is none.' })
  async node(
    @Arg('id', () => ID, { description: 'A global id, e.g. `agency:WHO`.' }) id: string,
    @Ctx() ctx: ApiContext,
  ) {
    return ctx.loaders.entity.load(id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'The nodes with these ids, in the same order; null for an unknown id.',
  })
  async nodes(
    @Arg('ids', () => [ID], { description: 'Global ids (at most the page-size limit).' }) ids: string[],
    @Ctx() ctx: ApiContext,
  ) {
    if (ids.length > ctx.limits.maxPageSize) {
      throw badUserInput(`nodes takes at most ${ctx.limits.maxPageSize} ids, got ${ids.length}.`, 'ids');
    }
    return ids.length === 0 ? [] : ctx.loaders.entity.loadMany(ids);
  }

  @Query(() => Entity, {
    nullable: true,
    description: 'The entity with this id (not a collaboration), or null.',
  })
  async entity(
    @Arg('id', () => ID, { description: 'An entity id, e.g. `sector:health-services`.' }) id: string,
    @Ctx() ctx: ApiContext,
  ) {
    const found = await ctx.loaders.entity.load(id);
    return found && found.kind !== 'Collaboration' ? found : null;
  }
}
