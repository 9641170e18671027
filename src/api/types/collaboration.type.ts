import { Field, Int, ObjectType } from 'type-graphql';

import { Citation } from './citation.type.js';
import { Node } from './node.interface.js';

/**
 * Cooperation is n-ary (partners × ILO units × sectors × topics, over a period), so it is a node
 * of its own; its participants are fields (resolvers/relationship-fields.ts).
 */
@ObjectType({
  implements: [Node],
  description: 'A cooperation between the ILO and partners, on sectors and topics, with its evidence.',
})
export class Collaboration extends Node {
  @Field(() => String, { description: 'A short title.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the cooperation is, as the sources describe it.',
  })
  description!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year it started, where a source says.' })
  since!: number | null;

  @Field(() => Int, { nullable: true, description: 'Year it ended, where a source says.' })
  until!: number | null;

  @Field(() => [Citation], { description: 'Where the cooperation is stated.' })
  sources!: Citation[];
}
