import { Arg, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';

import type { EntityKind } from '../../domain/entity-kind.js';
import type { ApiContext } from '../shared/context.js';
import { ConnectionRankingEnum, EntityKindEnum } from '../shared/enums.js';
import { badUserInput, notFound } from '../shared/errors.js';
import { checkFirst } from '../shared/pagination.js';
import { connectionsArgsCheck } from '../services/connections-args.js';
import { findGaps, type GapModel } from '../services/gaps.service.js';
import { MAX_HOPS, shortestPaths } from '../services/connections.service.js';
import { pageRanks } from '../services/page-rank.service.js';
import { graphStats, mostConnected } from '../services/stats.service.js';
import { Entity } from '../types/entity.interface.js';
import { Gap, GapKind } from '../types/gap.type.js';
import { GraphPath } from '../types/graph-path.type.js';
import { GraphStats, MostConnected, RankedEntity } from '../types/stats.type.js';
import { Statement } from '../types/statement.type.js';

/** The questions partner agencies and analysts come for: how things connect, what is missing, what is central. */
@Resolver()
class ConnectionsResolver {
  @Query(() => [GraphPath], {
    description: `The shortest paths between two entities (every path of the minimal length, up to \`first\`), each step with its relationship and sources. Paths follow relationships in either direction, up to ${MAX_HOPS} hops.`,
  })
  async connections(
    @Arg('from', () => ID, { description: 'Start entity id.' }) from: string,
    @Arg('to', () => ID, { description: 'End entity id.' }) to: string,
    @Ctx() ctx: ApiContext,
    @Arg('maxHops', () => Int, {
      nullable: true,
      defaultValue: 4,
      description: `Longest path returned (1 to ${MAX_HOPS}).`,
    })
    maxHops: number,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 5,
      description: 'At most this many paths (1 to the page-size limit).',
    })
    first: number,
  ) {
    connectionsArgsCheck({ from, to, maxHops, first, maxPageSize: ctx.limits.maxPageSize });
    // `load`, not `loadMany`: a store failure must surface as itself, not as "not found".
    const [a, b] = await Promise.all([ctx.loaders.entity.load(from), ctx.loaders.entity.load(to)]);
    if (!a) throw notFound(`No entity has the id "${from}".`, from);
    if (!b) throw notFound(`No entity has the id "${to}".`, to);
    return shortestPaths(ctx.store, from, to, maxHops, first);
  }
}

@Resolver()
class GapsResolver {
  @Query(() => [Gap], {
    description:
      'What the knowledge base lacks (a sector with no instrument, a claim with no source...), each with a sentence saying what would close it.',
  })
  async gaps(
    @Ctx() ctx: ApiContext,
    @Arg('kinds', () => [GapKind], { nullable: true, description: 'Only these kinds of gap (default: all).' })
    kinds: GapKind[] | undefined,
  ) {
    const wanted = kinds && kinds.length > 0 ? [...new Set(kinds)] : Object.values(GapKind);
    return findGaps(ctx.store, ctx.loaders, wanted);
  }
}

@Resolver()
class CommonNeighboursResolver {
  @Query(() => [Entity], {
    description:
      'What two or more entities share: the entities linked to every one of them, directly or through a collaboration they take part in (e.g. common sectors, common partners).',
  })
  async commonNeighbours(
    @Arg('ids', () => [ID], { description: 'Two or more entity ids.' }) ids: string[],
    @Ctx() ctx: ApiContext,
    @Arg('kinds', () => [EntityKindEnum], {
      nullable: true,
      description: 'Only shared entities of these kinds.',
    })
    kinds: EntityKindEnum[] | undefined,
  ) {
    const distinct = [...new Set(ids)];
    if (distinct.length < 2) throw badUserInput('commonNeighbours needs at least two different ids.', 'ids');
    if (distinct.length > ctx.limits.maxPageSize)
      throw badUserInput(`At most ${ctx.limits.maxPageSize} ids.`, 'ids');
    const found = await Promise.all(distinct.map((id) => ctx.loaders.entity.load(id)));
    const unknown = distinct.filter((_, i) => !found[i]);
    if (unknown.length > 0) throw notFound(`No entity has the id "${unknown[0]}".`, unknown[0]!);
    const rows = await ctx.store.read('common-neighbours', {
      ids: distinct,
      kinds: kinds && kinds.length > 0 ? kinds : Object.values(EntityKindEnum),
    });
    return rows.length === 0 ? [] : ctx.loaders.entity.loadMany(rows.map((r) => String(r.id)));
  }
}

@Resolver(() => GraphStats)
class StatsResolver {
  @Query(() => GraphStats, {
    description: 'Counts by kind and relationship type, and the most connected entities.',
  })
  async stats(@Ctx() ctx: ApiContext) {
    return graphStats(ctx.store);
  }

  @FieldResolver(() => MostConnected, {
    description:
      'The most connected entities, by degree (the default) or by PageRank on the undirected graph (see `by`, `rankedBy`).',
  })
  async mostConnected(
    @Ctx() ctx: ApiContext,
    @Arg('kind', () => EntityKindEnum, { nullable: true, description: 'Only entities of this kind.' })
    kind: EntityKindEnum | undefined,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 10,
      description: 'How many (1 to the page-size limit).',
    })
    first: number,
    @Arg('by', () => ConnectionRankingEnum, {
      nullable: true,
      defaultValue: ConnectionRankingEnum.DEGREE,
      description: 'How to rank: by number of relationships, or by PageRank on the undirected graph.',
    })
    by: ConnectionRankingEnum,
  ) {
    checkFirst(first, ctx.limits.maxPageSize);
    return mostConnected(ctx.store, ctx.loaders, kind ? [kind as EntityKind] : undefined, first, by);
  }
}

/** RankedEntity.pageRank: given by the PAGE_RANK ranking, computed on demand otherwise. */
@Resolver(() => RankedEntity)
class RankedEntityResolver {
  @FieldResolver(() => Float, { nullable: true })
  async pageRank(
    @Root() ranked: { entity: { id: string }; pageRank: number | null },
    @Ctx() ctx: ApiContext,
  ) {
    return ranked.pageRank ?? (await pageRanks(ctx.store)).get(ranked.entity.id) ?? 0;
  }
}

/** Gap.statement: the statement a gap is about, resolved by id. */
@Resolver(() => Gap)
class GapStatementResolver {
  @FieldResolver(() => Statement, {
    nullable: true,
    description: 'For a gap about a statement: the statement (its value and sources); null otherwise.',
  })
  async statement(@Root() gap: GapModel, @Ctx() ctx: ApiContext) {
    return gap.statementId ? ctx.loaders.statement.load(gap.statementId) : null;
  }
}

export const CrossCuttingResolvers = [
  ConnectionsResolver,
  GapsResolver,
  GapStatementResolver,
  CommonNeighboursResolver,
  StatsResolver,
  RankedEntityResolver,
] as const;
