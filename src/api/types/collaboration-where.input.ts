import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Which collaborations to list: all given participants must take part (AND).' })
export class CollaborationWhere {
  @Field(() => ID, { nullable: true, description: 'A partner organisation id, e.g. `agency:FAO`.' })
  partner?: string;

  @Field(() => ID, { nullable: true, description: 'A sector id.' })
  sector?: string;

  @Field(() => ID, { nullable: true, description: 'A topic id.' })
  topic?: string;

  @Field(() => ID, { nullable: true, description: 'An ILO programme id.' })
  programme?: string;

  @Field(() => ID, { nullable: true, description: 'An ILO department id.' })
  department?: string;

  @Field(() => ID, { nullable: true, description: 'A country id.' })
  country?: string;
}
