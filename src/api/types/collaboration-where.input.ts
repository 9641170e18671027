import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description:
    'Which collaborations to list: all given participants must take part (AND). Each id must name an entity of the kind the filter takes.',
})
export class CollaborationWhere {
  @Field(() => ID, {
    nullable: true,
    description: 'A partner id (partner agency, NGO or social partner), e.g. `agency:FAO`.',
  })
  partner?: string;

  @Field(() => ID, { nullable: true, description: 'A sector id.' })
  sector?: string;

  @Field(() => ID, { nullable: true, description: 'A topic id.' })
  topic?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'An ILO programme id: the collaborations it takes part in (its sub-programmes not included).',
  })
  programme?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'An ILO department id: the collaborations of the department and of its units, the departments and programmes PART_OF it at any depth (e.g. `department:social-dialogue-sector` includes SECTOR and Better Work). Programmes it only RUNS are not included: filter by `programme` for those.',
  })
  department?: string;

  @Field(() => ID, { nullable: true, description: 'A country id.' })
  country?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An objective id (e.g. `objective:4b`): the collaborations that serve it.',
  })
  objective?: string;
}
