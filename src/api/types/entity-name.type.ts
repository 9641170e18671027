import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { Citation } from './citation.type.js';

/** GraphQL's Language: the ILO's three official languages, values as stored (`en`, `fr`, `es`). */
export enum LanguageEnum {
  EN = 'en',
  FR = 'fr',
  ES = 'es',
}
registerEnumType(LanguageEnum, {
  name: 'Language',
  description: "The ILO's official languages, in which names are recorded.",
  valuesConfig: {
    EN: { description: 'English.' },
    FR: { description: 'French.' },
    ES: { description: 'Spanish.' },
  },
});

/** GraphQL's NameType: what kind of name an EntityName is (src/domain/dataset.ts NAME_TYPES). */
export enum NameTypeEnum {
  OFFICIAL = 'official',
  SHORT = 'short',
  ACRONYM = 'acronym',
  REFERENCE = 'reference',
  VARIANT = 'variant',
}
registerEnumType(NameTypeEnum, {
  name: 'NameType',
  description: 'What kind of name it is.',
  valuesConfig: {
    OFFICIAL: { description: 'The official name in its language.' },
    SHORT: { description: 'A short title or short name, e.g. `Minimum Age Convention`.' },
    ACRONYM: { description: 'An acronym, e.g. `OMS` (French and Spanish for WHO).' },
    REFERENCE: { description: 'How an instrument is cited, e.g. `C138`, `Convention No. 138`.' },
    VARIANT: { description: 'Another way people write it, e.g. `Turin Centre`.' },
  },
});

@ObjectType({
  description:
    'A name an entity goes by beyond its `name` and `acronym`: in French or Spanish, a reference, a short title, a variant. Every one is also among `aliases`, so search and `match` find the entity by it.',
})
export class EntityName {
  @Field(() => String, { description: 'The name as written.' })
  name!: string;

  @Field(() => LanguageEnum, { description: 'Its language.' })
  language!: LanguageEnum;

  @Field(() => NameTypeEnum, { description: 'What kind of name it is.' })
  type!: NameTypeEnum;

  @Field(() => [Citation], {
    description:
      'Where the name comes from. A French or Spanish name known only as general knowledge is UNCONFIRMED.',
  })
  sources!: Citation[];
}
