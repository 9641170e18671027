import { Field, Float, ObjectType } from 'type-graphql';

import { Entity } from './entity.interface.js';

@ObjectType({ description: 'One search result.' })
export class SearchHit {
  @Field(() => Entity, { description: 'The entity found.' })
  entity!: Entity;

  @Field(() => Float, {
    description: 'Relevance: higher is better; an exact name, acronym or alias match ranks first.',
  })
  score!: number;

  @Field(() => [String], { description: 'Which fields matched: name, acronym, aliases, description.' })
  matchedOn!: string[];
}
