import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';

import type { Citation } from '../../domain/dataset.js';
import type { StatementModel } from '../../domain/entity-from-node.js';
import type { ApiContext } from '../shared/context.js';
import { connectionType, pageIds, withNodes } from '../shared/pagination.js';
import { statementIds } from '../services/statements.service.js';
import { Citation as CitationType } from '../types/citation.type.js';
import { Entity } from '../types/entity.interface.js';
import { Statement } from '../types/statement.type.js';
import { StatementWhere } from '../types/statement-where.input.js';

const StatementConnection = connectionType('Statement', Statement, 'statement');

/** Entity.statements and Entity.sourcesOf: what is stated about an entity, and the evidence per value. */
@Resolver(() => Entity)
export class EntityStatementsResolver {
  @FieldResolver(() => [Statement], {
    description:
      'What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period.',
  })
  async statements(
    @Root() entity: { id: string },
    @Ctx() ctx: ApiContext,
    @Arg('property', () => String, { nullable: true, description: 'Only this property, e.g. `staff`.' })
    property: string | undefined,
  ): Promise<StatementModel[]> {
    const all = await ctx.loaders.statementsOf.load(entity.id);
    return property === undefined ? all : all.filter((s) => s.property === property);
  }

  @FieldResolver(() => [CitationType], {
    description:
      'The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field.',
  })
  sourcesOf(
    @Root() entity: { sources: Citation[] },
    @Arg('field', () => String, {
      description: 'A field of the entity, as named in the schema: `year`, `status`, `role`...',
    })
    field: string,
  ): Citation[] {
    return entity.sources.filter((s) => s.field === field);
  }
}

@Resolver(() => Statement)
export class StatementResolver {
  @FieldResolver(() => Entity, { description: 'The entity or collaboration the statement is about.' })
  async subject(@Root() statement: StatementModel, @Ctx() ctx: ApiContext) {
    const subject = await ctx.loaders.entity.load(statement.subjectId);
    if (!subject)
      throw new Error(`Statement ${statement.id} is about ${statement.subjectId}, which is not in the store`);
    return subject;
  }

  @Query(() => StatementConnection, {
    description:
      'Every statement the knowledge base holds (counts, amounts, dates, conditions), filtered and paged (Relay); ordered by subject id, property, then period. A document id in `where.documents` that names nothing is NOT_FOUND, one of another kind BAD_USER_INPUT.',
  })
  async statements(
    @Ctx() ctx: ApiContext,
    @Arg('where', () => StatementWhere, { nullable: true, description: 'Filters; all given ones must hold.' })
    where: StatementWhere | undefined,
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
    const ids = await statementIds(ctx.store, ctx.loaders, w);
    const page = pageIds(ids, { name: 'statements', args: w }, first, after, ctx.limits.maxPageSize);
    return withNodes(page, (ids) => ctx.loaders.statement.loadMany(ids));
  }
}
