import { Field, ObjectType } from 'type-graphql';

import { LinkDirectionEnum } from '../shared/enums.js';
import { Citation } from './citation.type.js';
import { Entity } from './entity.interface.js';

/** One entity linked to another, with the relationship and its evidence. */
@ObjectType({
  description: 'An entity linked to another, with the relationship type and the evidence for the link.',
})
export class Neighbour {
  @Field(() => Entity, { description: 'The linked entity.' })
  entity!: Entity;

  @Field(() => String, { description: 'The relationship type, e.g. TARGETS, PROMOTES, HAS_PARTNER.' })
  relation!: string;

  @Field(() => LinkDirectionEnum, {
    description: 'Whether the relationship points from or to the entity asked about.',
  })
  direction!: LinkDirectionEnum;

  @Field(() => [Citation], { description: 'Where the link is stated. Empty means unsourced.' })
  sources!: Citation[];
}
