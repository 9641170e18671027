import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import type { PassageRecord } from '../../domain/dataset.js';
import type { CitingFactModel } from '../../loaders/create-loaders.js';
import type { ApiContext } from '../shared/context.js';
import { CitingFact } from '../types/citing-fact.type.js';
import { Document } from '../types/kinds.types.js';
import { Node } from '../types/node.interface.js';
import { Passage } from '../types/passage.type.js';
import { Statement } from '../types/statement.type.js';

/** A passage read from its side: its document and the facts that cite it (a document reader). */
@Resolver(() => Passage)
export class PassageResolver {
  @Query(() => Passage, {
    nullable: true,
    description: 'The passage with this id (e.g. `002#fn4`), or null if there is none.',
  })
  async passage(
    @Arg('id', () => ID, { description: 'A passage id, as `Citation.passage` gives it.' }) id: string,
    @Ctx() ctx: ApiContext,
  ) {
    return ctx.loaders.passage.load(id);
  }

  @FieldResolver(() => Document, { description: 'The document (or reference table) the passage belongs to.' })
  async document(@Root() passage: PassageRecord, @Ctx() ctx: ApiContext) {
    const document = await ctx.loaders.entity.load(passage.documentId);
    if (!document) throw new Error(`Passage ${passage.id} has no document in the store`);
    return document;
  }

  @FieldResolver(() => [CitingFact], {
    description:
      'Every fact citing this passage, one per quote, ordered by subject id, then relationship type, object and statement: facts about an entity or collaboration itself, its relationships, and its statements. Empty for a passage nothing cites yet.',
  })
  async citedBy(@Root() passage: PassageRecord, @Ctx() ctx: ApiContext) {
    return ctx.loaders.citingFacts.load(passage.id);
  }
}

@Resolver(() => CitingFact)
export class CitingFactResolver {
  @FieldResolver(() => Node, {
    description: 'The entity or collaboration the fact is about; for a relationship, where it starts.',
  })
  async subject(@Root() fact: CitingFactModel, @Ctx() ctx: ApiContext) {
    const subject = await ctx.loaders.entity.load(fact.subjectId);
    if (!subject) throw new Error(`A fact cites ${fact.subjectId}, which is not in the store`);
    return subject;
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description: 'Where the relationship ends; null for a fact about the subject itself or a statement.',
  })
  async object(@Root() fact: CitingFactModel, @Ctx() ctx: ApiContext) {
    return fact.objectId === null ? null : ctx.loaders.entity.load(fact.objectId);
  }

  @FieldResolver(() => Statement, {
    nullable: true,
    description:
      'The statement about `subject` the quote supports (its value, period and sources); null otherwise.',
  })
  async statement(@Root() fact: CitingFactModel, @Ctx() ctx: ApiContext) {
    if (fact.statementId === null) return null;
    const statement = await ctx.loaders.statement.load(fact.statementId);
    if (!statement) throw new Error(`A fact cites statement ${fact.statementId}, which is not in the store`);
    return statement;
  }
}
