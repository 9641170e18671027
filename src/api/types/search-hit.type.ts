import { Field, Float, ObjectType } from 'type-graphql';

import { Entity } from './entity.interface.js';

@ObjectType({ description: 'One search result.' })
export class SearchHit {
  @Field(() => Entity, { description: 'The entity found.' })
  entity!: Entity;

  @Field(() => Float, {
    description:
      'Relevance, 0 to 40, higher is better and the same on every store: 30 and above for an exact name, acronym or alias; 20 and above when the name starts with the query; 10 and above when every query word is in the name; plus up to 9 for how well the words match (exact word over prefix over one typo, name or acronym over alias over description).',
  })
  score!: number;

  @Field(() => [String], { description: 'Which fields matched: name, acronym, aliases, description.' })
  matchedOn!: string[];
}
