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

  @Field(() => String, {
    description:
      'The relationship type, e.g. TARGETS, PROMOTES; for a neighbour reached through a collaboration, the role linking the collaboration to it (HAS_PARTNER, HAS_ILO_PARTY, ON_SECTOR, ON_TOPIC, IN_COUNTRY).',
  })
  relation!: string;

  @Field(() => LinkDirectionEnum, {
    description:
      'Whether the relationship points from or to the entity asked about, or links both through a collaboration (see `collaboration`).',
  })
  direction!: LinkDirectionEnum;

  @Field(() => [Citation], {
    description:
      "Where the link is stated (for a neighbour reached through a collaboration, the collaboration's sources). Empty means unsourced.",
  })
  sources!: Citation[];

  /** The collaboration's id for VIA_COLLABORATION neighbours (resolved to `collaboration`), else null. */
  via!: string | null;
}
