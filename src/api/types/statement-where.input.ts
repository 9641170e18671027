import { Field, ID, InputType } from 'type-graphql';

import { StatementValueTypeEnum } from '../shared/enums.js';

/** Filters of the `statements` list; all given ones must hold (AND), each list is any-of (OR). */
@InputType({
  description: 'Filters for statements; all given filters must hold, each list matches any of its items.',
})
export class StatementWhere {
  @Field(() => [ID], {
    nullable: true,
    description: 'Only statements about these entities or collaborations.',
  })
  subjects?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Only these properties (e.g. `staff`, `admission`): compare one property across entities.',
  })
  properties?: string[];

  @Field(() => [StatementValueTypeEnum], { nullable: true, description: 'Only values of these types.' })
  valueTypes?: StatementValueTypeEnum[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Only statements citing a passage of one of these documents (e.g. `document:004`).',
  })
  documents?: string[];
}
