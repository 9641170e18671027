import { Field, Int, ObjectType } from 'type-graphql';

import { Citation } from './citation.type.js';
import { Node } from './node.interface.js';

@ObjectType({
  description: 'One relationship along a path, oriented as the path walks it, with its evidence.',
})
export class PathStep {
  @Field(() => Node, { description: 'Where the step starts (in path order).' })
  from!: Node;

  @Field(() => String, { description: 'The relationship type, e.g. TARGETS, HAS_PARTNER.' })
  relation!: string;

  @Field(() => Boolean, {
    description:
      'True when the stored relationship points the other way (the path walks it backwards: `to` RELATION `from`).',
  })
  reversed!: boolean;

  @Field(() => Node, { description: 'Where the step ends.' })
  to!: Node;

  @Field(() => [Citation], { description: 'Where the relationship is stated. Empty means unsourced.' })
  sources!: Citation[];
}

@ObjectType({ description: 'A shortest path between two entities.' })
export class GraphPath {
  @Field(() => Int, { description: 'Number of relationships.' })
  length!: number;

  @Field(() => [PathStep], { description: 'The steps, from `from` to `to`.' })
  steps!: PathStep[];
}
