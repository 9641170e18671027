import { Field, InterfaceType } from 'type-graphql';

import { ConfidenceEnum, EntityKindEnum } from '../shared/enums.js';
import { Citation } from './citation.type.js';
import { EntityName } from './entity-name.type.js';
import { Node } from './node.interface.js';

/** What every entity of the knowledge graph has: identity, names, description and evidence. */
@InterfaceType('Entity', {
  implements: [Node],
  description: 'An entity of the knowledge graph. Every entity carries the sources its facts come from.',
  resolveType: (value: { kind: string }) => value.kind,
})
export abstract class Entity extends Node {
  @Field(() => EntityKindEnum, { description: 'What kind of entity this is.' })
  kind!: EntityKindEnum;

  @Field(() => String, { description: 'Name as the sources write it.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`.' })
  acronym!: string | null;

  @Field(() => [String], {
    description: 'Other names it goes by: those the sources use, and every one of `names`.',
  })
  aliases!: string[];

  @Field(() => [EntityName], {
    description:
      'Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources.',
  })
  names!: EntityName[];

  @Field(() => String, {
    nullable: true,
    description: 'What the sources say it is, in one or two sentences.',
  })
  description!: string | null;

  @Field(() => [Citation], {
    description: 'Where the facts about this entity come from. Empty means unsourced (see `gaps`).',
  })
  sources!: Citation[];

  @Field(() => ConfidenceEnum, {
    description:
      'The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed.',
  })
  confidence!: ConfidenceEnum;
}
