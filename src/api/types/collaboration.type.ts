import { Field, Int, ObjectType } from 'type-graphql';

import { Citation } from './citation.type.js';
import { Entity } from './entity.interface.js';
import { Node } from './node.interface.js';

/**
 * Cooperation is n-ary (partners × ILO units × sectors × topics × objectives, over a period), so
 * it is a node of its own; its participants are fields (resolvers/relationship-fields.ts). It is
 * an Entity too (kind COLLABORATION), so `search(kinds: [COLLABORATION])` finds it.
 */
@ObjectType({
  implements: [Node, Entity],
  description: 'A cooperation between the ILO and partners, on sectors and topics, with its evidence.',
})
export class Collaboration extends Entity {
  @Field(() => String, { description: 'A short title.' })
  declare name: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the cooperation is, as the sources describe it.',
  })
  declare description: string | null;

  @Field(() => Int, { nullable: true, description: 'Year it started, where a source says.' })
  since!: number | null;

  @Field(() => Int, { nullable: true, description: 'Year it ended, where a source says.' })
  until!: number | null;

  @Field(() => [Citation], { description: 'Where the cooperation is stated.' })
  declare sources: Citation[];
}
