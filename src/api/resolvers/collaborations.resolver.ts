import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';

import type { ApiContext } from '../shared/context.js';
import { connectionType, pageIds, withNodes } from '../shared/pagination.js';
import { collaborationIds } from '../services/collaborations.service.js';
import { Collaboration } from '../types/collaboration.type.js';
import { CollaborationWhere } from '../types/collaboration-where.input.js';

const CollaborationConnection = connectionType('Collaboration', Collaboration, 'collaboration');

@Resolver()
export class CollaborationsResolver {
  @Query(() => CollaborationConnection, {
    description:
      'Who cooperates with whom, on which sectors and topics, since when, with sources. Ordered by start year, then id. An id in `where` that names no entity is NOT_FOUND, one of the wrong kind BAD_USER_INPUT (each naming the argument).',
  })
  async collaborations(
    @Ctx() ctx: ApiContext,
    @Arg('where', () => CollaborationWhere, {
      nullable: true,
      description: 'Participants that must take part.',
    })
    where: CollaborationWhere | undefined,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 20,
      description: 'Page size (0 to the configured maximum).',
    })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
    after: string | undefined,
  ) {
    const w = where ?? {};
    const ids = await collaborationIds(ctx.store, ctx.loaders, w);
    const page = pageIds(ids, { name: 'collaborations', args: w }, first, after, ctx.limits.maxPageSize);
    return withNodes(page, (ids) => ctx.loaders.entity.loadMany(ids));
  }
}
