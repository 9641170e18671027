import { Field, Float, Int, ObjectType } from 'type-graphql';

import { ConnectionRankingEnum } from '../shared/enums.js';
import { Entity } from './entity.interface.js';

@ObjectType({ description: 'How many of one kind of thing the graph holds.' })
export class CountByName {
  @Field(() => String, { description: 'The entity kind, relationship type or statement value type.' })
  name!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({ description: 'An entity ranked by how connected it is.' })
export class RankedEntity {
  @Field(() => Entity, { description: 'The entity.' })
  entity!: Entity;

  @Field(() => Int, { description: 'Number of relationships it has (either direction).' })
  degree!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'PageRank on the undirected graph, over every node (collaborations included: the ranks of all nodes sum to 1). Given whatever the ranking; never null.',
  })
  pageRank!: number | null;
}

@ObjectType({ description: 'The most connected entities and how they were ranked.' })
export class MostConnected {
  @Field(() => ConnectionRankingEnum, {
    description: 'How `entities` are ordered: the `by` argument of `mostConnected`.',
  })
  rankedBy!: ConnectionRankingEnum;

  @Field(() => [RankedEntity], { description: 'Highest first.' })
  entities!: RankedEntity[];
}

@ObjectType({ description: 'What the knowledge graph holds.' })
export class GraphStats {
  @Field(() => [CountByName], { description: 'Nodes by kind (including Collaboration).' })
  entitiesByKind!: CountByName[];

  @Field(() => [CountByName], { description: 'Relationships by type.' })
  relationshipsByType!: CountByName[];

  @Field(() => [CountByName], {
    description: 'Statements by the type of their value: count, quantity, amount, date, condition.',
  })
  statementsByValueType!: CountByName[];

  @Field(() => Int, { description: 'All nodes.' })
  totalEntities!: number;

  @Field(() => Int, { description: 'All relationships.' })
  totalRelationships!: number;
}
