import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';

import type { Citation as CitationModel } from '../../domain/dataset.js';
import type { EntityKind } from '../../domain/entity-kind.js';
import { ENTITY_KINDS } from '../../domain/entity-kind.js';
import { isRelationType, RELATION_TYPES } from '../../domain/relation-type.js';
import type { LinkedEntity } from '../../loaders/create-loaders.js';
import type { ApiContext } from '../shared/context.js';
import { DirectionEnum, EntityKindEnum } from '../shared/enums.js';
import { badUserInput } from '../shared/errors.js';
import { Citation } from '../types/citation.type.js';
import { Entity } from '../types/entity.interface.js';
import { Document } from '../types/kinds.types.js';
import { Neighbour } from '../types/neighbour.type.js';
import { Passage } from '../types/passage.type.js';

/** Where a citation's passage lives: the document it belongs to and its text. */
@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Document, {
    nullable: true,
    description: 'The document (or reference table) the passage belongs to.',
  })
  async document(@Root() citation: CitationModel, @Ctx() ctx: ApiContext) {
    const passage = await ctx.loaders.passage.load(citation.passage);
    return passage ? ctx.loaders.entity.load(passage.documentId) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The full text of the cited passage, in which the quote is found.',
  })
  async passageText(@Root() citation: CitationModel, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.passage.load(citation.passage))?.text ?? null;
  }
}

@Resolver(() => Document)
export class DocumentPassagesResolver {
  @FieldResolver(() => [Passage], {
    description: 'The passages the document was cut into, in reading order.',
  })
  async passages(@Root() document: { id: string }, @Ctx() ctx: ApiContext) {
    return ctx.loaders.passagesOf.load(document.id);
  }
}

/** Entity.neighbours: every linked entity, with the relationship and its evidence. */
@Resolver(() => Entity)
export class NeighboursResolver {
  @FieldResolver(() => [Neighbour], {
    description:
      'Entities linked to this one, each with the relationship type, its direction and its sources. Ordered by name.',
  })
  async neighbours(
    @Root() entity: { id: string },
    @Ctx() ctx: ApiContext,
    @Arg('kinds', () => [EntityKindEnum], { nullable: true, description: 'Only neighbours of these kinds.' })
    kinds: EntityKindEnum[] | undefined,
    @Arg('relation', () => String, {
      nullable: true,
      description: `Only this relationship type (${RELATION_TYPES.join(', ')}).`,
    })
    relation: string | undefined,
    @Arg('direction', () => DirectionEnum, {
      nullable: true,
      defaultValue: DirectionEnum.BOTH,
      description: 'Which way to follow relationships.',
    })
    direction: DirectionEnum,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 50,
      description: 'At most this many neighbours (1 to the page-size limit).',
    })
    first: number,
  ): Promise<LinkedEntity[]> {
    if (relation !== undefined && !isRelationType(relation)) {
      throw badUserInput(
        `Unknown relation "${relation}". Known relations: ${RELATION_TYPES.join(', ')}.`,
        'relation',
      );
    }
    if (first < 1 || first > ctx.limits.maxPageSize) {
      throw badUserInput(`first must be between 1 and ${ctx.limits.maxPageSize}, got ${first}.`, 'first');
    }
    const types = relation ? [relation] : [...RELATION_TYPES];
    // Collaborations are not entities: they are reached through `collaborations` fields.
    const targetKinds: EntityKind[] = kinds && kinds.length > 0 ? (kinds as EntityKind[]) : [...ENTITY_KINDS];
    const loads: Promise<LinkedEntity[]>[] = [];
    if (direction !== DirectionEnum.IN)
      loads.push(ctx.loaders.linked({ direction: 'out', types, kinds: targetKinds }).load(entity.id));
    if (direction !== DirectionEnum.OUT)
      loads.push(ctx.loaders.linked({ direction: 'in', types, kinds: targetKinds }).load(entity.id));
    const linked = (await Promise.all(loads)).flat();
    return linked
      .sort((a, b) => a.entity.name.localeCompare(b.entity.name) || a.relation.localeCompare(b.relation))
      .slice(0, first);
  }
}
