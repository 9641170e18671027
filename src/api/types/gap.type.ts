import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { Node } from './node.interface.js';

export enum GapKind {
  SECTOR_WITHOUT_INSTRUMENT = 'SECTOR_WITHOUT_INSTRUMENT',
  SECTOR_WITHOUT_PROGRAMME = 'SECTOR_WITHOUT_PROGRAMME',
  SECTOR_WITHOUT_PARTNER = 'SECTOR_WITHOUT_PARTNER',
  INSTRUMENT_NOT_PROMOTED = 'INSTRUMENT_NOT_PROMOTED',
  PARTNER_WITHOUT_COLLABORATION = 'PARTNER_WITHOUT_COLLABORATION',
  UNSOURCED_FACT = 'UNSOURCED_FACT',
  UNCONFIRMED_FACT = 'UNCONFIRMED_FACT',
}
registerEnumType(GapKind, {
  name: 'GapKind',
  description: 'What the knowledge base lacks.',
  valuesConfig: {
    SECTOR_WITHOUT_INSTRUMENT: {
      description: 'A sector no instrument (Convention, Recommendation...) applies to.',
    },
    SECTOR_WITHOUT_PROGRAMME: { description: 'A sector no programme works on.' },
    SECTOR_WITHOUT_PARTNER: { description: 'A sector no collaboration with a partner agency covers.' },
    INSTRUMENT_NOT_PROMOTED: {
      description:
        'An international labour standard (a Convention, Protocol or Recommendation) no programme or department promotes. Declarations, resolutions, treaties and other texts are not listed: they are not ratified or applied as standards.',
    },
    PARTNER_WITHOUT_COLLABORATION: { description: 'A partner agency with no recorded collaboration.' },
    UNSOURCED_FACT: {
      description:
        'An entity, relationship or statement with no source at all, or a year, period or date of an entity that no citation supports (`field` names it).',
    },
    UNCONFIRMED_FACT: {
      description:
        'A fact (entity, relationship or statement) whose source is unconfirmed, editorial or dated.',
    },
  },
});

@ObjectType({
  description: 'Something the knowledge base lacks, with a sentence saying why and what would close it.',
})
export class Gap {
  @Field(() => GapKind, { description: 'What kind of gap.' })
  kind!: GapKind;

  @Field(() => Node, { nullable: true, description: 'The entity concerned (for a relationship: its start).' })
  entity!: Node | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a gap about a relationship: its id `<from>|<TYPE>|<to>`.',
  })
  relationship!: string | null;

  /** Not a GraphQL field: the id `statement` resolves (resolvers/cross-cutting.ts). */
  statementId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For a gap about one value of the entity (an UNSOURCED_FACT: a year or date no citation supports): its field, e.g. `date`.',
  })
  field?: string | null;

  @Field(() => String, { description: 'A sentence a person can act on.' })
  explanation!: string;
}
