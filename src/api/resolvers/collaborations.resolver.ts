import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';

import type { ApiContext } from '../shared/context.js';
import { connectionType, pageIds } from '../shared/pagination.js';
import { Collaboration } from '../types/collaboration.type.js';
import { CollaborationWhere } from '../types/collaboration-where.input.js';

const CollaborationConnection = connectionType('Collaboration', Collaboration, 'collaboration');

@Resolver()
export class CollaborationsResolver {
  @Query(() => CollaborationConnection, {
    description:
      'Who cooperates with whom, on which sectors and topics, since when, with sources. Ordered by start year, then id.',
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
    const rows = await ctx.store.read('collaboration-ids', {
      partner: w.partner ?? null,
      sector: w.sector ?? null,
      topic: w.topic ?? null,
      programme: w.programme ?? null,
      department: w.department ?? null,
      country: w.country ?? null,
    });
    const ids = rows
      .map((r) => ({
        id: String(r.id),
        since: typeof r.since === 'number' ? r.since : Number.MAX_SAFE_INTEGER,
      }))
      .sort((a, b) => a.since - b.since || a.id.localeCompare(b.id))
      .map((r) => r.id);
    const page = pageIds(ids, { name: 'collaborations', args: w }, first, after, ctx.limits.maxPageSize);
    const nodes = await ctx.loaders.entity.loadMany(page.edges.map((e) => e.id));
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })) };
  }
}
