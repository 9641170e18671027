import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';

import type { Citation as CitationModel } from '../../domain/dataset.js';
import type { EntityKind } from '../../domain/entity-kind.js';
import { ENTITY_KINDS } from '../../domain/entity-kind.js';
import {
  COLLABORATION_ROLES,
  DIRECT_RELATION_TYPES,
  isRelationType,
  RELATION_TYPES,
  type RelationType,
} from '../../domain/relation-type.js';
import type { LinkedEntity } from '../../loaders/create-loaders.js';
import type { ApiContext } from '../shared/context.js';
import { DirectionEnum, EntityKindEnum } from '../shared/enums.js';
import { badUserInput } from '../shared/errors.js';
import { checkFirst } from '../shared/pagination.js';
import { Citation } from '../types/citation.type.js';
import { Collaboration } from '../types/collaboration.type.js';
import { Entity } from '../types/entity.interface.js';
import { Document } from '../types/kinds.types.js';
import { Neighbour } from '../types/neighbour.type.js';
import { Passage } from '../types/passage.type.js';
import { byCodeUnits } from '../../util/code-unit-order.js';

/** Where a citation's passage lives: the document it belongs to and its text. */
@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Document, {
    description: 'The document (or reference table) the passage belongs to.',
  })
  async document(@Root() citation: CitationModel, @Ctx() ctx: ApiContext) {
    // Never null: the seed build refuses a citation whose passage or document does not exist, so
    // a miss here is a broken store, reported as an error rather than as a citation without origin.
    const passage = await ctx.loaders.passage.load(citation.passage);
    const document = passage ? await ctx.loaders.entity.load(passage.documentId) : null;
    if (!document) throw new Error(`Citation of passage ${citation.passage} has no document in the store`);
    return document;
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

/** Which relationship types `neighbours` can match when following relationships `direction`. */
function relationsFor(direction: DirectionEnum): readonly RelationType[] {
  switch (direction) {
    case DirectionEnum.OUT:
    case DirectionEnum.IN:
      return DIRECT_RELATION_TYPES;
    case DirectionEnum.VIA_COLLABORATION:
      return COLLABORATION_ROLES;
    case DirectionEnum.BOTH:
      return RELATION_TYPES;
  }
}

/** Refuses a `relation` that can never match with this `direction`, naming what is accepted. */
function checkRelation(relation: string | undefined, direction: DirectionEnum): RelationType | undefined {
  if (relation === undefined) return undefined;
  const accepted = relationsFor(direction);
  if ((accepted as readonly string[]).includes(relation)) return relation as RelationType;
  if (!isRelationType(relation)) {
    throw badUserInput(
      `Unknown relation "${relation}". Accepted relations: ${RELATION_TYPES.join(', ')}.`,
      'relation',
    );
  }
  const why = (COLLABORATION_ROLES as readonly string[]).includes(relation)
    ? `${relation} links a collaboration to its participants, so it is only reached through a collaboration (direction VIA_COLLABORATION or BOTH)`
    : `${relation} links two entities directly, never through a collaboration (direction OUT, IN or BOTH)`;
  throw badUserInput(
    `relation "${relation}" never matches with direction ${direction}: ${why}. Accepted with direction ${direction}: ${accepted.join(', ')}.`,
    'relation',
  );
}

/** Entity.neighbours: every linked entity, with the relationship and its evidence. */
@Resolver(() => Entity)
export class NeighboursResolver {
  @FieldResolver(() => [Neighbour], {
    description:
      "Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap.",
  })
  async neighbours(
    @Root() entity: { id: string },
    @Ctx() ctx: ApiContext,
    @Arg('kinds', () => [EntityKindEnum], { nullable: true, description: 'Only neighbours of these kinds.' })
    kinds: EntityKindEnum[] | undefined,
    @Arg('relation', () => String, {
      nullable: true,
      description: `Only this relationship type: with direction OUT or IN one of ${DIRECT_RELATION_TYPES.join(', ')}; with VIA_COLLABORATION one of ${COLLABORATION_ROLES.join(', ')} (the role linking the collaboration to the neighbour); with BOTH any of them. A relation that cannot match is refused.`,
    })
    relation: string | undefined,
    @Arg('direction', () => DirectionEnum, {
      nullable: true,
      defaultValue: DirectionEnum.BOTH,
      description: 'Which way to follow relationships (BOTH: every way, collaborations included).',
    })
    direction: DirectionEnum,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 50,
      description: 'At most this many neighbours (1 to the page-size limit).',
    })
    first: number,
  ): Promise<LinkedEntity[]> {
    const only = checkRelation(relation, direction);
    checkFirst(first, ctx.limits.maxPageSize);
    // Collaborations are not entities: they are passed through (VIA_COLLABORATION), never returned.
    const targetKinds: EntityKind[] = kinds && kinds.length > 0 ? (kinds as EntityKind[]) : [...ENTITY_KINDS];
    const direct = DIRECT_RELATION_TYPES.filter((t) => !only || t === only);
    const roles = COLLABORATION_ROLES.filter((t) => !only || t === only);
    const both = direction === DirectionEnum.BOTH;
    const loads: Promise<readonly LinkedEntity[]>[] = [];
    if (direct.length > 0 && (both || direction === DirectionEnum.OUT))
      loads.push(
        ctx.loaders
          .linked({ direction: 'out', types: direct, kinds: targetKinds, limit: first })
          .load(entity.id),
      );
    if (direct.length > 0 && (both || direction === DirectionEnum.IN))
      loads.push(
        ctx.loaders
          .linked({ direction: 'in', types: direct, kinds: targetKinds, limit: first })
          .load(entity.id),
      );
    if (roles.length > 0 && (both || direction === DirectionEnum.VIA_COLLABORATION))
      loads.push(
        ctx.loaders
          .linked({
            direction: 'via-collaboration',
            roles: COLLABORATION_ROLES,
            targetRoles: roles,
            kinds: targetKinds,
            limit: first,
          })
          .load(entity.id),
      );
    const linked = (await Promise.all(loads)).flat();
    // In the stores' own order: each loader may stop at an entity's first `first` links
    // (LinkSpec.limit), so the page is cut the same way whether or not the store stopped early.
    return linked
      .sort(
        (a, b) =>
          byCodeUnits(a.entity.name, b.entity.name) ||
          byCodeUnits(a.entity.id, b.entity.id) ||
          byCodeUnits(a.relation, b.relation) ||
          byCodeUnits(a.direction, b.direction) ||
          byCodeUnits(a.via ?? '', b.via ?? ''),
      )
      .slice(0, first);
  }
}

/** Neighbour.collaboration: the collaboration a VIA_COLLABORATION neighbour is reached through. */
@Resolver(() => Neighbour)
export class NeighbourCollaborationResolver {
  @FieldResolver(() => Collaboration, {
    nullable: true,
    description:
      'For a VIA_COLLABORATION neighbour, the collaboration both take part in (its id, period and sources); null for a direct relationship.',
  })
  async collaboration(@Root() neighbour: LinkedEntity, @Ctx() ctx: ApiContext) {
    return neighbour.via ? ctx.loaders.entity.load(neighbour.via) : null;
  }
}
